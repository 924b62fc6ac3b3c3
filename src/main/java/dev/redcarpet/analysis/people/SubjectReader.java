package dev.redcarpet.analysis.people;

import java.util.regex.Pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the subject of an attribution: the name, pronoun, description ("the star") or outlet
 * before or after a speech verb, or opening a sentence that introduces a quote with a colon.
 */
public final class SubjectReader {
    private static final Pattern PLAIN_PRONOUN = Pattern.compile("they|i|we|you|it");
    private static final Pattern GROUP_DETERMINER = Pattern.compile("a|an|one|some|another|the|this|that|our|her|his|their|several|many|fans|critics|reporters|sources|viewers");
    /** Who (or which outlet) a subject phrase names; {@code decided} when the phrase was read at all. */
    public record Subject(String speaker, String outlet, boolean decided) {
        static final Subject UNDECIDED = new Subject(null, null, false);
    }

    public static final Set<String> ADVERBS = Set.of("also", "then", "later", "simply", "quickly", "once", "again",
            "previously", "recently", "earlier", "laughingly", "jokingly", "proudly", "candidly", "finally", "happily");

    private final QuoteText qt;
    private final NameContext refs;
    private final String text;
    private final People people;
    private final List<NameTokens.Token> tokens;
    private final List<PeopleMentions.Mention> mentions;
    private final int[] tokenStarts;
    private final NameLexicon lex = NameLexicon.get();

    public SubjectReader(QuoteText qt, NameContext refs) {
        this.qt = qt;
        this.refs = refs;
        this.text = qt.text;
        this.people = qt.people;
        this.tokens = qt.tokens;
        this.mentions = qt.mentions;
        this.tokenStarts = qt.tokenStarts;
    }

    /** Reads a subject phrase over tokens [a, b); {@code inverted} when it follows the verb. */
    public Subject subject(int a, int b, boolean inverted, int pos) {
        if (a >= b) return Subject.UNDECIDED;
        int from = tokens.get(a).start();
        int to = tokens.get(b - 1).end() + (tokens.get(b - 1).possessive() ? 2 : 0);
        if (inverted) {
            int comma = text.indexOf(',', from);
            if (comma >= 0 && comma < to) {
                // "said Ines Varga, a stylist" -> the name; "said her stylist, Ines Varga" -> keep going
                String head = text.substring(from, comma);
                if (head.chars().anyMatch(Character::isUpperCase)) to = comma;
            }
        }
        List<PeopleMentions.Mention> inside = new ArrayList<>();
        for (PeopleMentions.Mention m : mentions) if (m.start() >= from && m.end() <= to) inside.add(m);
        List<Integer> idx = qt.tokenIndexes(from, to);
        PeopleMentions.Mention pick = null;
        for (PeopleMentions.Mention m : inside) {
            if (m.possessive() || refs.modifiesRole(m)) continue;
            if (pick == null || !inverted) pick = m;
        }
        if (pick != null) return new Subject(qt.resolveMention(pick), null, true);
        for (PeopleMentions.Mention m : inside) {
            if (m.possessive() || refs.modifiesRole(m)) return new Subject(refs.roleOwner(idx, pos, qt.resolveMention(m)), null, true);
        }
        String unknown = unknownName(idx, inverted);
        if (unknown != null) return new Subject(unknown, null, true);
        String phrase = text.substring(from, to);
        String outletNamed = Outlets.namedIn(phrase);
        if (outletNamed != null) return new Subject(null, outletNamed, true);
        String first = tokens.get(idx.get(0)).word().toLowerCase(Locale.ROOT);
        if (first.equals("she")) return new Subject(refs.antecedent(NameLexicon.Gender.FEMALE, pos), null, true);
        if (first.equals("he")) return new Subject(refs.antecedent(NameLexicon.Gender.MALE, pos), null, true);
        if (PLAIN_PRONOUN.matcher(first).matches()) return new Subject(null, null, true);
        if (GROUP_DETERMINER.matcher(first).matches()) {
            return new Subject(refs.describedPerson(idx, pos), null, true);
        }
        return Subject.UNDECIDED;
    }

    /** Looks back from a verb for its subject: a name, a pronoun, "who", or "the star". */
    public Subject backwardSubject(int verb, int sentenceStart) {
        boolean relative = false;
        int k = verb - 1;
        int stop = verb - 16;
        while (k >= 0 && k >= stop) {
            NameTokens.Token t = tokens.get(k);
            if (t.start() < sentenceStart) break;
            if (qt.insideQuote(t.start())) {
                k--;
                continue;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            int skipTo = appositiveStart(k + 1 < tokens.size() ? tokens.get(k + 1).start() : t.end(), t, sentenceStart);
            if (skipTo >= 0 && k == verb - 1 - 0 && !relative && text.substring(t.end(), tokens.get(verb).start()).strip().equals(",")) {
                // "Peter Hawkings, Tom Ford's creative director, told Vogue": read the name before the appositive
                k = skipTo;
                continue;
            }
            PeopleMentions.Mention m = qt.mentionEndingAt(t);
            if (m != null) {
                if (refs.modifiesRole(m) || m.possessive()) {
                    if (relative) return Subject.UNDECIDED;
                    return new Subject(refs.roleOwner(qt.tokenIndexes(t.end(), tokens.get(verb).start()), t.start(), qt.resolveMention(m)), null, true);
                }
                return new Subject(qt.resolveMention(m), null, true);
            }
            if (relative) {
                k--;
                continue;
            }
            if (w.equals("who")) {
                relative = true;
                k--;
                continue;
            }
            if (w.equals("she")) return new Subject(refs.antecedent(NameLexicon.Gender.FEMALE, t.start()), null, true);
            if (w.equals("he")) return new Subject(refs.antecedent(NameLexicon.Gender.MALE, t.start()), null, true);
            if (k == verb - 1 && w.equals("her")) return new Subject(refs.antecedent(NameLexicon.Gender.FEMALE, t.start()), null, true);
            if (k == verb - 1 && w.equals("his")) return new Subject(refs.antecedent(NameLexicon.Gender.MALE, t.start()), null, true);
            if (w.equals("they") || w.equals("i") || w.equals("we") || w.equals("you")) return new Subject(null, null, true);
            if (t.capitalised() && !lex.isStopword(t.word()) && !lex.isOutlet(t.word())) {
                String unknown = unknownName(qt.tokenIndexes(qt.groupStart(k), t.end()), false);
                if (unknown != null && lex.isGivenName(unknown.split(" ")[0]) && unknown.contains(" ")) {
                    return new Subject(unknown, null, true);
                }
            }
            if (lex.isRole(w) || w.endsWith("-old")) {
                int d = k - 1;
                while (d >= 0 && d >= k - 4 && !tokens.get(d).capitalised() && !NameContext.DETERMINERS.contains(tokens.get(d).word().toLowerCase(Locale.ROOT))
                        && !NameContext.POSSESSIVE_PRONOUNS.contains(tokens.get(d).word().toLowerCase(Locale.ROOT))) d--;
                if (d >= 0 && d >= k - 4 && tokens.get(d).capitalised()) {
                    PeopleMentions.Mention owner = qt.mentionEndingAt(tokens.get(d));
                    if (owner != null) return new Subject(refs.roleOwner(List.of(k), t.start(), qt.resolveMention(owner)), null, true);
                }
                int from = d >= 0 && d >= k - 4 ? d : k;
                List<Integer> idx = new ArrayList<>();
                for (int j = from; j <= k; j++) idx.add(j);
                return new Subject(refs.describedPerson(idx, t.start()), null, true);
            }
            k--;
        }
        return Subject.UNDECIDED;
    }

    /**
     * When the text before a verb is "Name, appositive, verb", the token index of the last word
     * before the first comma; -1 when there is no such comma pair within the sentence.
     */
    int appositiveStart(int afterEnd, NameTokens.Token last, int sentenceStart) {
        int comma = text.lastIndexOf(',', last.start());
        if (comma < sentenceStart || last.start() - comma > 90) return -1;
        int i = java.util.Arrays.binarySearch(tokenStarts, comma);
        int k = (i < 0 ? -i - 1 : i) - 1;
        if (k >= 0 && tokens.get(k).end() + (tokens.get(k).possessive() ? 2 : 0) == comma) return k;
        return -1;
    }

    /** For a colon introduction ("Chamberlain set out her reading this way:"): the sentence's subject. */
    public Subject forwardSubject(int sentenceStart, int end) {
        List<Integer> idx = qt.tokenIndexes(sentenceStart, end);
        for (int n = 0; n < idx.size() && n < 10; n++) {
            NameTokens.Token t = tokens.get(idx.get(n));
            if (qt.insideQuote(t.start())) continue;
            PeopleMentions.Mention m = qt.mentionStartingAt(t);
            if (m != null && !refs.objectContext(m)) {
                if (m.possessive() || refs.modifiesRole(m)) {
                    return new Subject(refs.roleOwner(qt.tokenIndexes(m.end(), end), t.start(), qt.resolveMention(m)), null, true);
                }
                return new Subject(qt.resolveMention(m), null, true);
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals("she") || (w.equals("her") && n == 0)) return new Subject(refs.antecedent(NameLexicon.Gender.FEMALE, t.start()), null, true);
            if (w.equals("he") || w.equals("his")) return new Subject(refs.antecedent(NameLexicon.Gender.MALE, t.start()), null, true);
            if (w.equals("they") || w.equals("i") || w.equals("we")) return new Subject(null, null, true);
            if (lex.isRole(w)) {
                List<Integer> desc = new ArrayList<>();
                for (int j = 0; j <= n; j++) desc.add(idx.get(j));
                return new Subject(refs.describedPerson(desc, t.start()), null, true);
            }
        }
        return Subject.UNDECIDED;
    }

    /** A capitalised name People did not list, used as written: 2-4 words, or one word standing alone. */
    String unknownName(List<Integer> idx, boolean firstGroup) {
        List<List<NameTokens.Token>> groups = new ArrayList<>();
        List<NameTokens.Token> cur = new ArrayList<>();
        int others = 0;
        for (int i : idx) {
            NameTokens.Token t = tokens.get(i);
            boolean nameWord = t.capitalised() && !lex.isStopword(t.word()) && !lex.isNonPersonWord(t.word())
                    && !lex.isOutlet(t.word()) && !t.word().chars().anyMatch(Character::isDigit);
            if (nameWord && (cur.isEmpty() || NameTokens.spaceOnly(text, cur.get(cur.size() - 1).end(), t.start()))) {
                cur.add(t);
            } else {
                if (!cur.isEmpty()) groups.add(cur);
                cur = new ArrayList<>();
                if (nameWord) cur.add(t);
                else if (!t.word().chars().allMatch(Character::isDigit) && !ADVERBS.contains(t.word().toLowerCase(Locale.ROOT))) others++;
            }
        }
        if (!cur.isEmpty()) groups.add(cur);
        if (groups.isEmpty()) return null;
        List<NameTokens.Token> g = firstGroup ? groups.get(0) : groups.get(groups.size() - 1);
        if (g.get(g.size() - 1).possessive()) return null;
        if (g.size() == 1 && (others > 0 || groups.size() > 1)) return null;
        if (g.size() > 4) return null;
        StringBuilder sb = new StringBuilder();
        for (NameTokens.Token t : g) sb.append(sb.isEmpty() ? "" : " ").append(t.word());
        String name = sb.toString();
        String known = people.resolve(name);
        return known != null ? known : name;
    }
}
