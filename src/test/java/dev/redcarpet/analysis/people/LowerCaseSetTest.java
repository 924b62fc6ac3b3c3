package dev.redcarpet.analysis.people;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LowerCaseSetTest {
    @Test
    void answersAsTheSetDoesForTheLowerCaseWord() {
        String alphabet = "abAB-'éÉİı\u212A";
        Random random = new Random(11);
        Set<String> words = new HashSet<>();
        for (int n = 0; n < 300; n++) words.add(word(random, alphabet).toLowerCase(Locale.ROOT));
        LowerCaseSet set = new LowerCaseSet(words);
        for (int n = 0; n < 50_000; n++) {
            String w = word(random, alphabet);
            assertThat(set.contains(w)).as(w).isEqualTo(words.contains(w.toLowerCase(Locale.ROOT)));
        }
        assertThat(new LowerCaseSet(Set.of()).contains("Anything")).isFalse();
    }

    private static String word(Random random, String alphabet) {
        StringBuilder w = new StringBuilder();
        int length = random.nextInt(5);
        for (int i = 0; i < length; i++) w.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return w.toString();
    }
}
