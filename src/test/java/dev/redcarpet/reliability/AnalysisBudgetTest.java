package dev.redcarpet.reliability;

import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.analysis.structure.Passages;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.index.CorpusIndex;
import dev.redcarpet.index.IndexSchema;
import dev.redcarpet.index.IndexUpdater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, item 6 (the part outside analysis/): an article whose analysis never ends is indexed with its text and reported. */
class AnalysisBudgetTest {
    @TempDir
    Path tmp;

    @Test
    void anArticleOverItsBudgetIsIndexedWithItsTextAndTheReportSaysSo() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("quick.txt"), "Ada Pell wore a green Prada gown to the 2024 Met Gala.\n");
        Files.writeString(data.resolve("stuck.txt"), "Bo Rusk chose a black Dior suit for the 2023 Oscars.\n");
        CountDownLatch never = new CountDownLatch(1);
        Function<Article, ArticleFacts> analyze = a -> {
            if (a.id().equals("stuck")) {
                try {
                    never.await(); // stands in for analysis that would run for minutes
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new ArticleFacts(a.id(), Passages.of(a.text()), List.of(), List.of("Somebody"), null, List.of());
        };
        try (CorpusIndex index = CorpusIndex.open(tmp.resolve("index"))) {
            IndexUpdater updater = new IndexUpdater(index, analyze, new IndexUpdater.Options(Map.of(), 1.0, Duration.ofMillis(300)));
            CorpusReader reader = new CorpusReader(1_000_000);
            IndexUpdater.Result r = updater.update(known -> reader.load(data, known), IndexUpdater.Progress.NONE).result();
            assertThat(r.added()).isEqualTo(2);
            assertThat(r.failed()).singleElement().satisfies(f -> {
                assertThat(f.path()).isEqualTo("stuck.txt");
                assertThat(f.reason()).contains("analysis stopped after 300 ms").contains("indexed with its text only");
            });
            assertThat(index.entries()).containsKeys("quick", "stuck");
            assertThat(index.count(IndexSchema.KIND_PASSAGE)).isEqualTo(2);
        } finally {
            never.countDown();
        }
    }
}
