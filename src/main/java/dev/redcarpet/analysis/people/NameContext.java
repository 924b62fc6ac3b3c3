package dev.redcarpet.analysis.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the words around a name say about it in a quote's attribution: a name used as an object ("a dress
 * by X"), as a label ("a Gaultier spokesperson") or as the owner of a role ("Tom Ford's creative director");
 * crew roles ("the designer", "her stylist") go to the person introduced with that role. Pronouns and
 * descriptions ("she", "the actress") are answered by the article's {@link Reading}, as everywhere else.
 */
public final class NameContext {
    private static final Pattern ROLE_QUALIFIER = Pattern.compile("creative|artistic|executive|chief|longtime|personal|celebrity|fashion|costume|art");
    /** Words before a name that make it an object, not the one talking ("a dress by X", "wore X"). */
    private static final Set<String> OBJECT_WORDS = Set.of("by", "in", "wore", "wearing", "from", "for", "with", "of",
            "to", "play", "playing", "played", "as", "alongside", "like", "about", "than", "donned", "chose", "designed",
            "styled", "dressed", "named", "called", "including", "featuring", "starring", "beside", "behind", "against",
            "between", "among", "at", "on", "into", "via", "channelling", "channeling", "honoring", "honouring",
            "joined", "met", "thanked", "praised", "and", "or", "nor");
    static final Set<String> DETERMINERS = Set.of("the", "this", "that", "our");
    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("her", "his", "their");

    private final QuoteText qt;
    private final String text;
    private final List<NameTokens.Token> tokens;
    private final List<PeopleMentions.Mention> mentions;
    private final Map<String, Set<String>> roles;
    private final Reading reading;
    private final NameLexicon lex = NameLexicon.get();

    public NameContext(QuoteText qt, Reading reading) {
        this.qt = qt;
        this.text = qt.text;
        this.tokens = qt.tokens;
        this.mentions = qt.mentions;
        this.roles = reading.roles().roles();
        this.reading = reading;
    }

    /** "the actress", "the 43-year-old" -> last named person; "the designer", "her stylist" -> who has that role. */
    String describedPerson(List<Integer> idx, int pos) {
        boolean crew = false;
        boolean role = false;
        NameLexicon.Gender gender = NameLexicon.Gender.UNKNOWN;
        for (int i : idx) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (lex.isCrewRole(w)) crew = true;
            if (lex.isRole(w) || w.endsWith("year-old")) role = true;
            if (lex.genderOfRole(w) != NameLexicon.Gender.UNKNOWN) gender = lex.genderOfRole(w);
        }
        if (!role) return null;
        String det = tokens.get(idx.get(0)).word().toLowerCase(Locale.ROOT);
        if (crew || POSSESSIVE_PRONOUNS.contains(det)) return roleOwner(idx, pos, null);
        if (!DETERMINERS.contains(det)) return null; // "a source", "one stylist"
        return antecedent(gender, pos);
    }

    /** The person last introduced before pos with one of the role words among idx ("stylist Law Roach"). */
    String roleOwner(List<Integer> idx, int pos, String notThem) {
        Set<String> wanted = new HashSet<>();
        for (int i : idx) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (lex.isRole(w)) wanted.add(w);
        }
        if (wanted.isEmpty()) return null;
        String best = null;
        for (PeopleMentions.Mention m : mentions) {
            if (m.start() >= pos) break;
            String n = qt.resolveMention(m);
            if (n == null || n.equals(notThem)) continue;
            Set<String> r = roles.getOrDefault(n, Set.of());
            if (r.stream().anyMatch(wanted::contains)) best = n;
        }
        return best;
    }

    /**
     * Whom a pronoun (or a description) of this gender at {@code pos} stands for: the nearest fitting person
     * named before it in its sentence, outside quotes and not as an object, else whom the article's reading
     * had in mind before that sentence.
     */
    String antecedent(NameLexicon.Gender gender, int pos) {
        int sentence = reading.sentenceAt(pos);
        int from = Math.max(0, reading.start(sentence));
        List<String> before = new ArrayList<>();
        for (PeopleMentions.Mention m : mentions) {
            if (m.end() > pos) break;
            if (m.start() < from || qt.insideQuote(m.start()) || objectContext(m) || labelsAThing(m)) continue;
            String n = qt.resolveMention(m);
            if (n != null) before.add(0, n);
        }
        return reading.speaker(sentence, before, gender);
    }

    boolean objectContext(PeopleMentions.Mention m) {
        int k = qt.tokenIndexAt(m.start());
        int next = m.start();
        int plainWords = 0;
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
            NameTokens.Token t = tokens.get(j);
            int tEnd = t.end() + (t.possessive() ? 2 : 0);
            if (!NameTokens.spaceOnly(text, tEnd, next)) return false;
            if (!t.capitalised() && OBJECT_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) return true;
            if (!t.capitalised() && !lex.isRole(t.word()) && ++plainWords > 1) return false;
            next = t.start();
        }
        return false;
    }

    /** A name used as a modifier of a role noun ("a Gaultier spokesperson", "Tom Ford's creative director"). */
    boolean labelsAThing(PeopleMentions.Mention m) {
        int k = qt.tokenIndexAt(m.start());
        int j = k;
        while (j + 1 < tokens.size() && tokens.get(j + 1).start() < m.end()) j++;
        if (j + 1 >= tokens.size() || m.possessive()) return false;
        NameTokens.Token t = tokens.get(j + 1);
        return NameTokens.spaceOnly(text, m.end(), t.start()) && lex.isLookNoun(t.word());
    }

    boolean modifiesRole(PeopleMentions.Mention m) {
        int k = qt.tokenIndexAt(m.start());
        int j = k;
        while (j + 1 < tokens.size() && tokens.get(j + 1).start() < m.end()) j++;
        if (j + 1 >= tokens.size()) return false;
        NameTokens.Token t = tokens.get(j + 1);
        if (!NameTokens.spaceOnly(text, m.end() + (m.possessive() ? 2 : 0), t.start())) return false;
        String w = t.word().toLowerCase(Locale.ROOT);
        if (lex.isRole(w)) return true;
        return ROLE_QUALIFIER.matcher(w).matches() && j + 2 < tokens.size()
                && lex.isRole(tokens.get(j + 2).word());
    }
}
