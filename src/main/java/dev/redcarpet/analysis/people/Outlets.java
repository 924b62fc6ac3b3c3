package dev.redcarpet.analysis.people;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The outlets (Vogue, People, E! News...) that quote attributions name: "told Vogue", "in a video for Vogue". */
public final class Outlets {
    private static final Pattern TOLD_NAME = Pattern.compile(
            "\\btold\\s+((?:[A-Z][\\p{L}\\p{N}!&’'.-]*)(?:\\s+[A-Z][\\p{L}\\p{N}!&’'.-]*){0,3})");

    private static final String VENUE_WORDS = "video|livestream|live stream|interview|cover story|profile|podcast|"
            + "series|broadcast|segment|show|special|documentary|chat|conversation|sit-down|diary|vlog|feature|story";

    /** An outlet with its two patterns: as a whole word, and after told/to/for/in... or before "video". */
    private record OutletPattern(String name, Pattern word, Pattern attribution) {
    }

    private static final List<OutletPattern> OUTLETS = NameLexicon.get().outlets().stream().map(o -> {
        String q = Pattern.quote(o);
        String tail = "(?![\\p{L}\\p{N}])";
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + q + tail);
        Pattern attribution = Pattern.compile("\\b(?:[Tt]old|tells|telling|to|for|with|on|in|[Aa]ccording to|via)\\s+(?:the\\s+)?"
                + q + tail + "|(?<![\\p{L}\\p{N}])" + q + "(?:'s|’s)?\\s+(?:" + VENUE_WORDS + ")\\b");
        return new OutletPattern(o, word, attribution);
    }).toList();

    private final QuoteText qt;
    private final NameLexicon lex = NameLexicon.get();

    public Outlets(QuoteText qt) {
        this.qt = qt;
    }

    /** The outlet a phrase names as a whole word ("Vogue"), or null. */
    static String namedIn(String phrase) {
        for (OutletPattern o : OUTLETS) {
            if (phrase.contains(o.name()) && o.word().matcher(phrase).find()) return o.name(); // both patterns need the name as written
        }
        return null;
    }

    /** The outlet named in an attribution clause: told Vogue / to People / in a video for Vogue. */
    public String inClause(int from, int to) {
        if (from >= to) return null;
        String clause = qt.text.substring(from, to);
        for (OutletPattern o : OUTLETS) {
            if (clause.contains(o.name()) && o.attribution().matcher(clause).find()) return o.name();
        }
        Matcher m = TOLD_NAME.matcher(clause);
        if (m.find()) {
            String phrase = m.group(1).replaceAll("[.,’']+$", "").strip();
            int at = from + m.start(1);
            boolean person = qt.people.resolve(phrase) != null || lex.isStopword(phrase.split(" ")[0]);
            for (PeopleMentions.Mention mm : qt.mentions) if (mm.start() == at) person = true;
            if (!person && !phrase.isEmpty()) return phrase;
        }
        return null;
    }
}
