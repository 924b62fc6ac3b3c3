package dev.redcarpet.analysis.people;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FoldedMapTest {
    private static final String ALPHABET = "abAB -'.éÉİı\u212A";

    @Test
    void answersAsTheMapDoesForTheFoldedWord() {
        Random random = new Random(7);
        Map<String, Integer> folded = new HashMap<>();
        for (int n = 0; n < 300; n++) folded.put(CaseFold.fold(word(random, "abAB-'")), n);
        for (int n = 0; n < 20; n++) folded.put(CaseFold.fold(word(random, ALPHABET)), n);
        FoldedMap<Integer> map = new FoldedMap<>(folded);
        for (int n = 0; n < 50_000; n++) {
            String w = word(random, ALPHABET);
            assertThat(map.get(w)).as(w).isEqualTo(folded.get(CaseFold.fold(w)));
        }
    }

    @Test
    void mayOpenAtIsTrueWheneverACapitalisedWordOfTheTextIsAKey() {
        Random random = new Random(9);
        for (boolean plain : new boolean[]{true, false}) {
            Map<String, Integer> folded = new HashMap<>();
            for (int n = 0; n < 5; n++) folded.put(CaseFold.fold(word(random, plain ? "abAB" : ALPHABET)), n);
            FoldedMap<Integer> map = new FoldedMap<>(folded);
            for (int n = 0; n < 20_000; n++) {
                String text = word(random, ALPHABET) + word(random, ALPHABET) + word(random, ALPHABET);
                boolean opens = false;
                for (NameTokens.Token t : NameTokens.tokenize(text)) {
                    if (t.capitalised() && map.get(t.word()) != null) opens = true;
                }
                if (opens) assertThat(map.mayOpenAt(text)).as(text).isTrue();
            }
        }
    }

    private static String word(Random random, String alphabet) {
        StringBuilder b = new StringBuilder();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return b.toString();
    }
}
