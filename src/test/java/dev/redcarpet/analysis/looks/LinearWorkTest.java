package dev.redcarpet.analysis.looks;

import dev.redcarpet.analysis.Lexicons;
import dev.redcarpet.analysis.events.EventCatalogue;
import dev.redcarpet.analysis.people.People;
import dev.redcarpet.corpus.Article;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A huge paragraph is read with work proportional to its size, not to its size times its sentence count. */
public class LinearWorkTest {
    private static final LookExtractor EXTRACTOR = new LookExtractor(Lexicons.load(null), EventCatalogue.load(null));
    private static final People PEOPLE = new People(List.of("Zara Quill"), Map.of("quill", "Zara Quill"));

    private static long scannedFor(int sentences) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) p.append("Quill wore a “silver” gown by Valentino number ").append(i).append(". ");
        String text = p.toString().strip();
        long before = LookExtractor.QUOTE_SCAN_CHARS.sum();
        EXTRACTOR.extract(new Article("big", null, null, null, LocalDate.of(2024, 5, 7), text, "big.txt", "txt", "h"), PEOPLE, null);
        return LookExtractor.QUOTE_SCAN_CHARS.sum() - before;
    }

    @Property(tries = 5)
    void quoteScanningGrowsLinearlyWithOneParagraph(@ForAll @IntRange(min = 50, max = 200) int sentences) {
        long small = scannedFor(sentences);
        long large = scannedFor(sentences * 8);
        // linear work gives a ratio near 8; rescanning the paragraph per sentence gives near 64
        assertThat(small).isPositive();
        assertThat((double) large / small).isLessThan(12.0);
    }
}
