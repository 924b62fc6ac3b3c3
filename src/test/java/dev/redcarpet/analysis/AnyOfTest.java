package dev.redcarpet.analysis;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnyOfTest {
    private static final String[] STRINGS = {"pair", "Both", "s both", "duo", "he’s"};

    @Test
    void findsAStringAnywhere() {
        AnyOf any = AnyOf.of(STRINGS);
        assertThat(any.in("the pair")).isTrue();
        assertThat(any.in("Both wore")).isTrue();
        assertThat(any.in("both wore")).isFalse();
        assertThat(any.in("she’s")).isTrue();
        assertThat(any.in("du")).isFalse();
        assertThat(AnyOf.ignoringCase("year").in("Last YEAR")).isTrue();
        assertThat(AnyOf.ignoringCase("year").in("yea")).isFalse();
    }

    @Test
    void needsTwoAsciiCharactersToStart() {
        assertThatThrownBy(() -> AnyOf.of("x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnyOf.of("éa")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreesWithContainsOnRandomText() {
        AnyOf exact = AnyOf.of(STRINGS);
        AnyOf loose = AnyOf.ignoringCase(STRINGS);
        String[] pieces = {"p", "a", "i", "r", "B", "o", "t", "h", "s", " ", "d", "u", "’", "é", "P", "A", "I", "R", "\u212A"};
        for (String text : RandomTexts.of(11, 20000, 10, pieces)) {
            boolean any = false;
            boolean anyLoose = false;
            for (String s : STRINGS) {
                any |= text.contains(s);
                anyLoose |= asciiLower(text).contains(s.toLowerCase(Locale.ROOT));
            }
            assertThat(exact.in(text)).as(text).isEqualTo(any);
            assertThat(loose.in(text)).as(text).isEqualTo(anyLoose);
        }
    }

    private static String asciiLower(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        return b.toString();
    }
}
