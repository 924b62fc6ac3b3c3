package dev.redcarpet.search.stages;

import dev.redcarpet.index.Keys;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SubjectOfTest {
    /** The check as it was written first: the surname as a regex word. */
    private static boolean byRegex(String person, String text) {
        if (person == null || text == null) return false;
        String folded = " " + Keys.fold(text) + " ";
        String name = Keys.fold(person);
        if (folded.contains(" " + name + " ")) return true;
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return last.length() >= 3 && Pattern.compile("\\b" + Pattern.quote(last) + "\\b").matcher(folded).find();
    }

    @Test
    void mentionsAgreesWithTheRegexCheck() {
        String[] words = {"Ash", "ash", "Ashley", "Brin", "Brin's", "O'Brin", "Nell", "Zoë", "Søren", "sen", "Ørsen", "2024", "_ash",
                "Ash-Brin", "al", "Al", "Kim", "x", "Nyong’o", "nyong", "mc", "McAsh"};
        Random r = new Random(11);
        for (int k = 0; k < 50_000; k++) {
            String person = phrase(r, words, 1 + r.nextInt(3));
            String text = phrase(r, words, r.nextInt(8));
            assertEquals(byRegex(person, text), SubjectOf.mentions(person, text), person + " / " + text);
        }
    }

    private static String phrase(Random r, String[] words, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(i == 0 ? "" : r.nextBoolean() ? " " : ", ").append(words[r.nextInt(words.length)]);
        return b.toString();
    }
}
