package dev.redcarpet.analysis.people;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AsciiLowerTableTest {
    /**
     * Every window of a text, in any case and at any place (its end included), is found exactly when it is a key:
     * keys of many lengths share the table's probe chains, so a longer key never answers for a shorter window.
     */
    @Test
    void aWindowIsFoundExactlyWhenItIsAKey() {
        Random random = new Random(5);
        Set<String> keys = new HashSet<>();
        for (int n = 0; n < 40; n++) keys.add(word(random, "ab", 1 + random.nextInt(6)));
        AsciiLowerTable table = new AsciiLowerTable(keys.size());
        for (String k : keys) table.add(k);
        for (int n = 0; n < 2_000; n++) {
            String text = word(random, "abAB", random.nextInt(12));
            for (int at = 0; at < text.length(); at++) {
                for (int length = 1; at + length <= text.length(); length++) {
                    String window = text.substring(at, at + length);
                    int slot = table.find(text, at, length);
                    assertThat(slot >= 0).as(window).isEqualTo(keys.contains(window.toLowerCase(Locale.ROOT)));
                }
            }
        }
    }

    @Test
    void aWordOutsideAsciiIsLeftToTheCaller() {
        AsciiLowerTable table = new AsciiLowerTable(1);
        table.add("café");
        assertThat(table.find("Café")).isEqualTo(AsciiLowerTable.NOT_ASCII);
        assertThat(table.find("Cafe")).isEqualTo(AsciiLowerTable.NONE);
    }

    private static String word(Random random, String alphabet, int length) {
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < length; i++) w.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return w.toString();
    }
}
