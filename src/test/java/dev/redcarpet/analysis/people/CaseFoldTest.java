package dev.redcarpet.analysis.people;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CaseFoldTest {
    @Test
    void foldedWordsAreEqualExactlyWhenEqualsIgnoreCaseSaysSo() {
        String alphabet = "aAzZkKsS\u212A\u017Fİıiéɛ\u0130\u0131ßẞσςΣ\uD801\uDC00\uD801\uDC28";
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            String a = word(random, alphabet);
            String b = word(random, alphabet);
            assertThat(CaseFold.fold(a).equals(CaseFold.fold(b))).as("%s / %s", a, b).isEqualTo(a.equalsIgnoreCase(b));
        }
    }

    private static String word(Random random, String alphabet) {
        StringBuilder w = new StringBuilder();
        int length = 1 + random.nextInt(3);
        for (int i = 0; i < length; i++) {
            int at = random.nextInt(alphabet.length());
            if (Character.isLowSurrogate(alphabet.charAt(at))) at--;
            w.appendCodePoint(alphabet.codePointAt(at));
        }
        return w.toString();
    }
}
