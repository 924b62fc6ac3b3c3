package dev.redcarpet.analysis.people;

import dev.redcarpet.analysis.quotes.QuoteMarks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who "she", "he", "the star" or "the couple" may stand for while reading an article's sentences in
 * order: the people named in the last few sentences that named anyone, most recent sentence first.
 * People the article introduces by a crew role ("her stylist, Law Roach", "designer Corbin Ashe") are
 * never the wearer a pronoun means, and a gendered pronoun skips people known to be of the other gender.
 */
public final class Referents {
    /** Sentences without any name after which nobody is referred back to. */
    static final int SENTENCES = 3;
    /** What {@link #pick} answers when people were named but none can be meant. */
    public static final String NOBODY = new String("");

    private final Set<String> crew = new HashSet<>();
    private final Map<String, NameLexicon.Gender> genders;
    private final Deque<List<String>> recent = new ArrayDeque<>();
    private int sinceNamed;

    public Referents(String articleText, People people) {
        String text = articleText == null ? "" : articleText;
        List<QuoteMarks.Span> spans = new ArrayList<>();
        for (QuoteMarks.Paragraph p : QuoteMarks.paragraphs(text)) spans.addAll(QuoteMarks.spans(text, p));
        PersonRoles roles = new PersonRoles(new QuoteText(text, people, spans));
        NameLexicon lex = NameLexicon.get();
        roles.roles().forEach((name, words) -> {
            if (words.stream().anyMatch(lex::isCrewRole)) crew.add(name);
        });
        this.genders = roles.genders();
    }

    /** People the article introduces by a crew role ("her stylist, Law Roach"): they work on a look, they do not wear it. */
    public Set<String> crew() {
        return Set.copyOf(crew);
    }

    /** The gender a pronoun implies. */
    public static NameLexicon.Gender genderOf(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "she", "her" -> NameLexicon.Gender.FEMALE;
            case "he", "his" -> NameLexicon.Gender.MALE;
            default -> NameLexicon.Gender.UNKNOWN;
        };
    }

    /**
     * Whom a pronoun of this gender means among one sentence's people in order of preference (closest
     * first): the first who is not crew and not known to be of the other gender. {@link #NOBODY} when
     * people were there but none fits (the pronoun then means someone the article does not name); null
     * when there was nobody but crew.
     */
    public String pick(List<String> people, NameLexicon.Gender gender) {
        boolean someone = false;
        for (String p : people) {
            if (crew.contains(p)) continue;
            NameLexicon.Gender g = genders.getOrDefault(p, NameLexicon.Gender.UNKNOWN);
            if (gender == NameLexicon.Gender.UNKNOWN || g == NameLexicon.Gender.UNKNOWN || g == gender) return p;
            someone = true;
        }
        return someone ? NOBODY : null;
    }

    /** The person a pronoun of this gender refers back to from earlier sentences, or null. */
    public String resolve(NameLexicon.Gender gender) {
        for (List<String> sentence : recent) {
            String p = pick(sentence, gender);
            if (p != null) return p == NOBODY ? null : p;
        }
        return null;
    }

    /** The two people "the couple" means: two named earlier in this sentence, else the two of the last naming sentence. */
    public List<String> pair(List<String> namedBeforeInSentence) {
        List<String> here = wearers(namedBeforeInSentence);
        if (here.size() == 2) return here;
        if (!here.isEmpty() || recent.isEmpty()) return List.of();
        List<String> last = wearers(recent.peekFirst());
        return last.size() == 2 ? last : List.of();
    }

    private List<String> wearers(List<String> names) {
        return names.stream().distinct().filter(n -> !crew.contains(n)).toList();
    }

    /** Records the people a finished sentence named (may be none). */
    public void endSentence(List<String> named) {
        if (!named.isEmpty()) {
            recent.addFirst(List.copyOf(named));
            while (recent.size() > SENTENCES) recent.removeLast();
            sinceNamed = 0;
        } else if (++sinceNamed > SENTENCES) {
            recent.clear();
        }
    }
}
