package dev.redcarpet.corpus;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTest {
    /** The rule collapse is written to: runs of these spaces become one space, then the line is stripped. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u205F\\u3000]+");

    @Test
    void collapseTurnsEveryKindOfSpaceRunIntoOneSpace() {
        assertThat(TextCleaner.collapse("  She wore\u00A0\u00A0a   gown\t\u2003by Dior  ")).isEqualTo("She wore a gown by Dior");
        assertThat(TextCleaner.collapse("plain line")).isEqualTo("plain line");
        assertThat(TextCleaner.collapse(" \u3000\u202F ")).isEmpty();
    }

    @Test
    void aDescribingCaptionBecomesAParagraphOfItsOwnAndACreditGoes() {
        String raw = "Rae Moss arrived early.\nPhoto: Rae Moss wears vintage Dior for the spring gala. (Photo by Jane Roe / AFP)\n"
                + "Photo: Jane Roe/Getty Images\nShe smiled for the cameras.";
        assertThat(TextCleaner.clean(raw, new NoiseFilter()))
                .isEqualTo("Rae Moss arrived early.\n\nPhoto: Rae Moss wears vintage Dior for the spring gala.\n\nShe smiled for the cameras.");
    }

    @Test
    void collapseGivesWhatTheRegularExpressionGivesOnRandomLines() {
        String alphabet = "ab Z.’é\t\u000B\f\r\u00A0\u2007\u202F\u2000\u2005\u200A\u200B\u205F\u3000\u1680\u2028_";
        Random random = new Random(16);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = line.toString();
            assertThat(TextCleaner.collapse(s)).as("collapse of %s", s.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(SPACES.matcher(s).replaceAll(" ").strip());
        }
    }
}
