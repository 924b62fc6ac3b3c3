package dev.redcarpet.analysis.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a name is followed by a verb that people do: a speech verb ("said", "told") or a
 * red-carpet verb ("arrived", "wore", "stepped out"), possibly after an adverb ("also said") or an
 * age ("Nova Reyes, 28, arrived").
 */
public final class PersonVerbs {
    private static final Set<String> ADVERBS = Set.of("also", "then", "later", "once", "quickly", "simply", "previously",
            "recently", "famously", "first", "again", "finally", "proudly", "still");

    private PersonVerbs() {
    }

    /** True when a speech verb follows token {@code i}, directly or after an adverb. */
    static boolean speechFollows(String text, List<NameTokens.Token> tokens, int i, NameLexicon lex) {
        int j = verbIndex(text, tokens, i);
        if (j < 0) return false;
        String w = tokens.get(j).word().toLowerCase(Locale.ROOT);
        return lex.isOneWordSpeechVerb(w) && !w.equals("according");
    }

    /** True when a speech verb or a red-carpet verb written in lower case follows token {@code i}. */
    static boolean follows(String text, List<NameTokens.Token> tokens, int i, NameLexicon lex) {
        if (speechFollows(text, tokens, i, lex)) return true;
        int j = verbIndex(text, tokens, i);
        if (j < 0 && i + 2 < tokens.size() && tokens.get(i + 1).word().chars().allMatch(Character::isDigit)
                && text.startsWith(", ", tokens.get(i).end()) && text.startsWith(", ", tokens.get(i + 1).end())) {
            j = i + 2; // "Nova Reyes, 28, arrived"
        }
        if (j < 0 || tokens.get(j).capitalised()) return false;
        for (List<String> verb : lex.personVerbsStartingWith(tokens.get(j).word())) {
            if (matches(text, tokens, j, verb)) return true;
        }
        return false;
    }

    private static int verbIndex(String text, List<NameTokens.Token> tokens, int i) {
        if (i < 0) return -1;
        NameTokens.Token t = tokens.get(i);
        int j = i + 1;
        if (j >= tokens.size()) return -1;
        int nameEnd = t.end() + (t.possessive() ? 2 : 0);
        if (!t.possessive() && j + 1 < tokens.size() && ASIDES.contains(tokens.get(j).word())
                && text.startsWith(", ", nameEnd) && text.startsWith(", ", tokens.get(j).end())) {
            j++; // "Lizzo, meanwhile, had arrived"
        } else if (!NameTokens.spaceOnly(text, nameEnd, tokens.get(j).start())) {
            return -1;
        }
        if (AUXILIARIES.contains(tokens.get(j).word()) && j + 1 < tokens.size()
                && NameTokens.spaceOnly(text, tokens.get(j).end(), tokens.get(j + 1).start())) {
            j++; // "had arrived", "was spotted"
        }
        for (int k = 0; k < 2 && (ADVERBS.contains(tokens.get(j).word()) || tokens.get(j).word().equals("just") || tokens.get(j).word().equals("only"))
                && j + 1 < tokens.size() && NameTokens.spaceOnly(text, tokens.get(j).end(), tokens.get(j + 1).start()); k++) {
            j++;
        }
        return j;
    }

    /** Words set off by commas between a name and its verb ("Lizzo, meanwhile, arrived"). */
    private static final Set<String> ASIDES = Set.of("meanwhile", "however", "though", "too", "also", "instead", "then", "later");
    private static final Set<String> AUXILIARIES = Set.of("had", "has", "have", "was", "is", "were");

    private static boolean matches(String text, List<NameTokens.Token> tokens, int j, List<String> verb) {
        if (j + verb.size() > tokens.size()) return false;
        for (int k = 0; k < verb.size(); k++) {
            NameTokens.Token t = tokens.get(j + k);
            if (!t.word().equals(verb.get(k))) return false;
            if (k > 0 && !NameTokens.spaceOnly(text, tokens.get(j + k - 1).end(), t.start())) return false;
        }
        return true;
    }
}
