package dev.redcarpet.analysis.people;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds people an article names with one word (Zendaya, Rihanna, Lizzo). A lone capitalised word
 * counts when it follows a role noun ("rapper Doechii"), or when it acts like a person: the subject
 * of a speech or wear verb ("Lizzo wore", "Rihanna said") or the owner of something ("Zendaya's
 * gown"), or it stands in a list next to a full name found ("Zendaya, Jennifer Lopez and Bad Bunny"),
 * or it is a given name used at least twice. Words of the lexicons and the event catalogue,
 * places, outlets and words used as things ("the film Clueless", "a Fenty bag", "the Skims founder")
 * never count. A word seen only at sentence starts must also look like a name, not a plural or an
 * ordinary word the text writes in lower case elsewhere.
 */
public final class SingleNames {
    private static final Pattern THING_DETERMINER = Pattern.compile("first|second|third|\\w+th|an?|the|her|his|their|its");
    /** Words before a name that make it a thing: a title, a brand, a place. */
    private static final Set<String> THING_BEFORE = Set.of("the", "a", "an", "in", "of", "at", "film", "movie", "song",
            "album", "single", "show", "series", "novel", "book", "track", "brand", "label", "house", "magazine",
            "hit", "musical", "play", "sitcom", "drama", "franchise", "sequel");
    private static final Pattern WORD_SHAPE = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-’'][\\p{L}\\p{M}]+)*");

    /** Given names that are also months or ordinary words: alone, they are not taken as a name. */
    private static final Set<String> COMMON_WORDS = Set.of("april", "may", "june", "august", "will", "mark", "bill",
            "rose", "grant", "hope", "joy", "faith", "art", "rich", "chase", "drew", "pat", "sue", "guy", "oscar",
            "tony", "emmy", "golden", "amber", "ruby", "jade", "crystal", "pearl", "ivory", "coral", "olive", "hunter",
            "chanel", "valentino", "dior", "paris", "georgia", "florence", "sydney", "victoria", "jordan");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private final NameLexicon lex;
    private final Predicate<String> isThing;

    SingleNames(NameLexicon lex, Predicate<String> isThing) {
        this.lex = lex;
        this.isThing = isThing;
    }

    /** What the text shows about one word. */
    private static final class Tally {
        final NameTokens.Token first;
        int count;
        int initial;
        int acts;
        int things;
        boolean afterRole;

        Tally(NameTokens.Token first) {
            this.first = first;
        }
    }

    /** Lone-word names of the text, each with its first lone occurrence. */
    List<NameTokens.Token> find(String text, List<NameTokens.Token> tokens, boolean[] credit, Set<String> knownNames) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        // what a word is does not change within the text: each word is looked up once
        Map<String, Boolean> candidates = new java.util.HashMap<>();
        List<String> listNames = null;
        for (int i = 0; i < tokens.size(); i++) {
            NameTokens.Token t = tokens.get(i);
            if (credit[i] || !t.capitalised() || !isLoneWordOrAfterOpener(text, tokens, i)
                    || !candidates.computeIfAbsent(t.word(), this::candidate)) continue;
            Tally tally = tallies.computeIfAbsent(t.word(), w -> new Tally(t));
            tally.count++;
            boolean initial = NameTokens.sentenceInitial(text, t.start());
            if (initial) tally.initial++;
            if (afterRole(text, tokens, i)) tally.afterRole = true;
            if (usedAsThing(text, tokens, i)) {
                tally.things++;
                continue;
            }
            if (actsAsPerson(text, tokens, i)) {
                tally.acts++;
                continue;
            }
            if (listNames == null) listNames = listNames(knownNames);
            if (listedWithAName(text, t, listNames)) tally.acts++;
        }
        List<NameTokens.Token> out = new ArrayList<>();
        for (Tally t : tallies.values()) {
            if (t.afterRole || accepted(text, t)) out.add(t.first);
        }
        return out;
    }

    private boolean accepted(String text, Tally t) {
        if (t.things > t.acts) return false;
        boolean initialOnly = t.initial == t.count;
        if (t.acts > 0) return !initialOnly || looksLikeAName(text, t.first.word());
        String w = t.first.word();
        return t.count >= 2 && t.things == 0 && lex.isGivenName(w) && !COMMON_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    private boolean candidate(String w) {
        return w.length() >= 3 && !MONTHS.contains(w.toLowerCase(Locale.ROOT)) && WORD_SHAPE.matcher(w).matches() && !lex.isStopword(w) && !lex.isNonPersonWord(w)
                && !lex.isOutlet(w) && !lex.isPlace(w) && !lex.isRole(w) && !isThing.test(w);
    }

    /** A word only ever seen opening a sentence: not a plural, an -ly/-ing/-ed word, or a word written lower-case elsewhere. */
    private static boolean looksLikeAName(String text, String w) {
        String l = w.toLowerCase(Locale.ROOT);
        if (l.endsWith("s") || l.endsWith("ly") || l.endsWith("ing") || l.endsWith("ed")) return false;
        return !Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(l) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    private boolean afterRole(String text, List<NameTokens.Token> tokens, int i) {
        if (i == 0) return false;
        NameTokens.Token before = tokens.get(i - 1);
        return !before.capitalised() && lex.isStarRole(before.word()) && NameTokens.spaceOnly(text, before.end(), tokens.get(i).start())
                && !(i > 1 && tokens.get(i - 2).word().equalsIgnoreCase("the"));
    }

    /** "the film Clueless", "a Fenty bag", "the Skims founder", "“Espresso”": a title or a brand, not a person. */
    private boolean usedAsThing(String text, List<NameTokens.Token> tokens, int i) {
        NameTokens.Token t = tokens.get(i);
        if (i > 0) {
            NameTokens.Token p = tokens.get(i - 1);
            if (!p.capitalised() && THING_BEFORE.contains(p.word()) && NameTokens.spaceOnly(text, p.end(), t.start())) return true;
            if (p.capitalised() && p.possessive() && NameTokens.spaceOnly(text, p.end() + 2, t.start())) return true; // "Nadia Okafor's Moonrise"
        }
        int end = t.end() + (t.possessive() ? 2 : 0);
        if (t.start() > 0 && end < text.length() && "“\"‘'".indexOf(text.charAt(t.start() - 1)) >= 0
                && "”\"’'".indexOf(text.charAt(end)) >= 0) {
            return true;
        }
        if (i + 1 < tokens.size() && !t.possessive()) {
            NameTokens.Token n = tokens.get(i + 1);
            boolean space = NameTokens.spaceOnly(text, t.end(), n.start());
            if (space && !n.capitalised() && (lex.isLookNoun(n.word()) || lex.isRole(n.word()))) return true;
            if (space && n.word().chars().allMatch(Character::isDigit)) return true; // a date or a number: "Sunday 12"
            if (space && (n.word().equals("of") || lex.isParticle(n.word())) && i + 2 < tokens.size()
                    && tokens.get(i + 2).capitalised()) {
                return true; // "Game of Thrones", "Oscar de la Renta"
            }
            if (space && n.word().equals("of") && i > 0 && !tokens.get(i - 1).capitalised()
                    && THING_DETERMINER.matcher(tokens.get(i - 1).word()).matches()) {
                return true; // "the third Emmy of his run"
            }
        }
        return false;
    }

    /** Subject of a speech or wear verb ("Lizzo wore", "Rihanna also said"), or owner of a thing ("Zendaya's gown"). */
    private boolean actsAsPerson(String text, List<NameTokens.Token> tokens, int i) {
        NameTokens.Token t = tokens.get(i);
        if (t.possessive()) {
            if (i + 1 >= tokens.size()) return false;
            NameTokens.Token n = tokens.get(i + 1);
            return NameTokens.spaceOnly(text, t.end() + 2, n.start()) && !n.capitalised() && !lex.isRole(n.word())
                    && !lex.isStopword(n.word());
        }
        return PersonVerbs.follows(text, tokens, i, lex);
    }

    private static final String[] LIST_SEPARATORS = {", and ", ", ", " and ", " & "};

    /** The full names a lone word may be listed with: "Khaite, The Row and Tom Ford" lists labels, not people. */
    private List<String> listNames(Set<String> knownNames) {
        List<String> out = new ArrayList<>();
        for (String n : knownNames) if (n.contains(" ") && !isThing.test(n)) out.add(n);
        return out;
    }

    /**
     * One of a list of names next to a person already found: "Zendaya, Jennifer Lopez and Bad Bunny". The list
     * is looked for within 80 characters either side of the word.
     */
    private static boolean listedWithAName(String text, NameTokens.Token t, List<String> names) {
        if (t.possessive()) return false;
        int room = Math.min(80, t.start());
        int roomAfter = Math.min(80, text.length() - t.end());
        for (String sep : LIST_SEPARATORS) {
            boolean sepBefore = sep.length() <= room && text.startsWith(sep, t.start() - sep.length());
            boolean sepAfter = sep.length() <= roomAfter && text.startsWith(sep, t.end());
            if (!sepBefore && !sepAfter) continue;
            for (String n : names) {
                int length = n.length() + sep.length();
                if (sepBefore && length <= room && text.startsWith(n, t.start() - length)) return true;
                if (sepAfter && length <= roomAfter && text.startsWith(n, t.end() + sep.length())) return true;
            }
        }
        return false;
    }

    /** A capitalised word with no capitalised neighbour (a sentence-opening "Later" or "Then" does not count). */
    private boolean isLoneWordOrAfterOpener(String text, List<NameTokens.Token> tokens, int i) {
        if (isLoneWord(text, tokens, i)) return true;
        if (i == 0) return false;
        NameTokens.Token p = tokens.get(i - 1);
        NameTokens.Token t = tokens.get(i);
        boolean nextJoins = i + 1 < tokens.size() && !t.possessive() && tokens.get(i + 1).capitalised()
                && NameTokens.spaceOnly(text, t.end(), tokens.get(i + 1).start());
        return !nextJoins && NameTokens.sentenceInitial(text, p.start()) && lex.isStopword(p.word());
    }

    static boolean isLoneWord(String text, List<NameTokens.Token> tokens, int i) {
        return isLoneWord(text, tokens, i, null);
    }

    /**
     * A capitalised word with no capitalised neighbour; with a dictionary, a sentence-opening ordinary word
     * before it ("After Okafor's speech") is no neighbour.
     */
    static boolean isLoneWord(String text, List<NameTokens.Token> tokens, int i, EnglishWords english) {
        NameTokens.Token t = tokens.get(i);
        if (i > 0) {
            NameTokens.Token p = tokens.get(i - 1);
            // the dictionary is asked only when the neighbour would count otherwise
            if (p.capitalised() && !p.possessive() && NameTokens.spaceOnly(text, p.end(), t.start()) && !opener(text, p, english)) return false;
        }
        if (i + 1 < tokens.size() && !t.possessive()) {
            NameTokens.Token n = tokens.get(i + 1);
            if (n.capitalised() && NameTokens.spaceOnly(text, t.end(), n.start())) return false;
        }
        return true;
    }

    private static boolean opener(String text, NameTokens.Token p, EnglishWords english) {
        return english != null && NameTokens.sentenceInitial(text, p.start()) && english.isOnlyOrdinary(p.word())
                && !NameLexicon.get().isGivenName(p.word());
    }
}
