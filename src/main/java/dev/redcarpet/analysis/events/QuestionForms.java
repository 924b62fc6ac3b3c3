package dev.redcarpet.analysis.events;

import dev.redcarpet.analysis.LexiconTokens;
import dev.redcarpet.analysis.people.EnglishWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shorter ways fans name an event in a question, worked out from the catalogue's own names rather
 * than listed: an alias without its leading "the" ("fashion awards" for "The Fashion Awards"), and a
 * coined word that only one event's names use and that is no English word or known proper noun
 * ("cfda" for the CFDA Fashion Awards). A place ("Venice") or an ordinary word ("choice", "sag") is
 * never such a word on its own. These forms name the event in questions only, never in articles.
 */
final class QuestionForms {
    /** Shortest coined word that names an event by itself. */
    private static final int MIN_CHARS = 3;

    record Form(EventEntry event, String text) {
    }

    private QuestionForms() {
    }

    static List<Form> of(List<EventEntry> events) {
        List<Form> out = new ArrayList<>();
        Map<String, Set<String>> eventsByWord = new HashMap<>();
        for (EventEntry e : events) {
            for (String name : names(e)) {
                for (LexiconTokens.Token t : LexiconTokens.tokenize(name)) {
                    eventsByWord.computeIfAbsent(t.norm(), k -> new LinkedHashSet<>()).add(e.id());
                }
            }
        }
        for (EventEntry e : events) {
            Set<String> own = new LinkedHashSet<>();
            for (String name : names(e)) {
                List<LexiconTokens.Token> words = LexiconTokens.tokenize(name);
                if (words.size() > 2 && words.get(0).norm().equals("the")) {
                    own.add(name.substring(words.get(1).start()));
                }
                if (words.size() < 2) continue;
                for (LexiconTokens.Token t : words) {
                    if (coined(t.norm()) && eventsByWord.get(t.norm()).size() == 1) own.add(t.norm());
                }
            }
            for (String f : own) out.add(new Form(e, f));
        }
        return out;
    }

    private static List<String> names(EventEntry e) {
        List<String> names = new ArrayList<>(e.aliases());
        names.add(0, e.name());
        names.addAll(e.shortAliases());
        return names;
    }

    /** A word of letters that the dictionary knows neither as an ordinary word nor as a name ("cfda", "amfar"). */
    private static boolean coined(String word) {
        if (word.length() < MIN_CHARS || !word.chars().allMatch(Character::isLetter)) return false;
        EnglishWords english = EnglishWords.get();
        return !english.isOrdinary(word) && !english.isProperNoun(word);
    }
}
