package dev.redcarpet.analysis.quotes;

import dev.redcarpet.analysis.people.People;
import dev.redcarpet.analysis.structure.SentenceSplitter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes in a huge paragraph are found with sentence work proportional to its size. */
public class QuoteWorkTest {
    private static final People PEOPLE = new People(List.of("Zara Quill"), Map.of("quill", "Zara Quill"));

    private static long splitFor(int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) p.append("“I loved number ").append(i).append(",” Quill said. ");
        long before = SentenceSplitter.SPLIT_CHARS.sum();
        List<Quote> quotes = new QuoteExtractor().extract("big", p.toString().strip(), PEOPLE);
        assertThat(quotes).hasSize(sentences);
        return SentenceSplitter.SPLIT_CHARS.sum() - before;
    }

    @Property(tries = 5)
    void sentenceWorkGrowsLinearlyWithOneParagraph(@ForAll @IntRange(min = 30, max = 120) int sentences) {
        long small = splitFor(sentences);
        long large = splitFor(sentences * 8);
        // linear work gives a ratio near 8; splitting the paragraph again per quote gives near 64
        assertThat((double) large / small).isLessThan(12.0);
    }
}
