package dev.redcarpet.analysis.structure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class SentenceSplitterTest {
    @Test
    void splitsAtSentenceEndsButNotAfterInitialsOrInsideAttributedQuotes() {
        String p = "She met J.R. Tolliver at the door. “It’s heavy,” she said. Then she left!";

        List<Sentence> sentences = SentenceSplitter.split(3, p);

        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "She met J.R. Tolliver at the door.", "“It’s heavy,” she said.", "Then she left!");
        assertThat(sentences).allSatisfy(s -> {
            assertThat(s.passage()).isEqualTo(3);
            assertThat(p.substring(s.start(), s.end())).isEqualTo(s.text());
        });
    }

    @Test
    void aLineBreakInsideAParagraphEndsTheSentence() {
        String p = "Lena Marsh\nWe finally get to call her a winner now: she took the top prize.";

        List<Sentence> sentences = SentenceSplitter.split(0, p);

        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("Lena Marsh", "We finally get to call her a winner now: she took the top prize.");
        assertThat(sentences.get(1).start()).isEqualTo(p.indexOf("We"));
    }
}
