package dev.redcarpet.discord;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {
    @Test
    void escapesMarkdownSoQuotesShowAsWritten() {
        assertThat(Text.escape("so *bold* and _soft_ ~gone~ `code` ||spoiler|| [link](x) <@123>"))
                .isEqualTo("so \\*bold\\* and \\_soft\\_ \\~gone\\~ \\`code\\` \\|\\|spoiler\\|\\| \\[link\\](x) \\<@123>");
        assertThat(Text.escape("> quoted\n# heading\n- item")).isEqualTo("\\> quoted\n\\# heading\n\\- item");
        assertThat(Text.escape("back\\slash")).isEqualTo("back\\\\slash");
    }

    @Test
    void leavesShortTextAlone() {
        assertThat(Text.clip("A gown by Valentino.", 20)).isEqualTo("A gown by Valentino.");
    }

    @Test
    void cutsAtAWordBoundaryWithAnEllipsis() {
        String clipped = Text.clip("A sculpted midnight blue tuxedo gown", 25);
        assertThat(clipped).isEqualTo("A sculpted midnight blue…").hasSizeLessThanOrEqualTo(25);
    }

    @Test
    void cutsAVeryLongWordButStillMarksIt() {
        String clipped = Text.clip("x".repeat(50), 10);
        assertThat(clipped).hasSize(10).endsWith("…");
    }

    @Test
    void neverLeavesADanglingEscapeOrHalfAnEmoji() {
        String escaped = Text.escape("aaaa *bbbbbbbb");
        String clipped = Text.clip(escaped, 8);
        assertThat(clipped).doesNotEndWith("\\…").endsWith("…");
        String emoji = "ab" + "👗".repeat(10);
        String cut = Text.clip(emoji, 6);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
    }
}
