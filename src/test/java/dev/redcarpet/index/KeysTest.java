package dev.redcarpet.index;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeysTest {
    @Test
    void asciiScanFoldsAsTheRegexRouteDoes() {
        String[] fixed = {"", " ", "'s", "'S", "Lupita Nyong'o", "Zendaya's look", "Kim's", "it's_x", "it's9", "''s's",
                "  Met   Gala, 2024! ", "A's B", "x's's y", "Law Roach's 'stylist'", "_under_score_", "\t\nTab\r", "'s'", "s'", "O'S-"};
        for (String s : fixed) assertEquals(Keys.foldUnicode(s), Keys.fold(s), s);
        String[] typographic = {"Zendaya\u2019s look", "\u201CI loved it,\u201D she said \u2014 twice\u2026", "Nyong\u2019o\u2019s", "it\u2019s_x",
                "\u2018s\u2019", "A\u00A0B", "\u2022 Met Gala \u2013 2024", "\u2019S"};
        for (String s : typographic) assertEquals(Keys.foldUnicode(s), Keys.fold(s), s);
        Random r = new Random(7);
        String alphabet = "aAbsS's_ 09-.,'!?\t\"()zZ\u2019\u2019\u00A0\u2018\u201C\u201D\u2013\u2014\u2026\u2022";
        for (int k = 0; k < 200_000; k++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(12);
            for (int i = 0; i < len; i++) {
                b.append(r.nextInt(4) == 0 ? (char) r.nextInt(0x80) : alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(Keys.foldUnicode(s), Keys.fold(s), s);
        }
    }

    @Test
    void nonAsciiTakesTheUnicodeRoute() {
        assertEquals("zoe kravitz", Keys.fold("Zoë Kravitz"));
        assertEquals("beyonce", Keys.fold("Beyoncé’s"));
        assertEquals("lupita nyong o", Keys.fold("Lupita Nyong’o"));
    }
}
