package dev.redcarpet.index;

import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.analysis.structure.Passages;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.ArticleSink;
import dev.redcarpet.corpus.CorpusLoad;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.corpus.KnownFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 16, item 1: articles are analysed and written while the scan reads on, and nothing is committed before it ends. */
class StreamingUpdateTest {
    @TempDir
    Path tmp;

    private static Function<Article, ArticleFacts> counting(AtomicInteger analysed) {
        return a -> {
            analysed.incrementAndGet();
            return new ArticleFacts(a.id(), Passages.of(a.text()), List.of(), List.of(), null, List.of());
        };
    }

    private static void write(Path data, String prefix, int n) throws IOException {
        for (int i = 0; i < n; i++) {
            Files.writeString(data.resolve(String.format("%s-%03d.txt", prefix, i)),
                    " date 2024-05-06 Guest " + prefix + " number " + i + " wore a green Prada gown to the 2024 Met Gala.\n");
        }
    }

    @Test
    void theScanNeverWaitsForTheWholeCorpusBeforeAnalysing() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        write(data, "a", 120);
        AtomicInteger analysed = new AtomicInteger();
        List<Integer> analysedWhenHanded = new ArrayList<>();
        CorpusReader reader = new CorpusReader(1_000_000);
        try (CorpusIndex index = CorpusIndex.open(tmp.resolve("index"))) {
            IndexUpdater.Scan scan = (known, sink) -> reader.load(data, known, reader.list(data), new ArticleSink() {
                @Override
                public void accept(Article article, String stamp) {
                    analysedWhenHanded.add(analysed.get());
                    sink.accept(article, stamp);
                }
            });
            IndexUpdater.Result r = new IndexUpdater(index, counting(analysed)).updateFrom(scan, IndexUpdater.Progress.NONE, false).result();
            assertThat(r.added()).isEqualTo(120);
            assertThat(index.entries()).hasSize(120);
        }
        // by the time the last article is handed over, all but a small window were analysed already
        int window = 4 * Runtime.getRuntime().availableProcessors();
        assertThat(analysedWhenHanded).hasSize(120);
        assertThat(analysedWhenHanded.get(119)).isGreaterThanOrEqualTo(119 - window);
    }

    @Test
    void aScanHandsOverArticlesInPathOrderAndKeepsNoText() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        write(data, "b", 5);
        Files.writeString(data.resolve("c-copy.txt"), Files.readString(data.resolve("b-002.txt")));
        CorpusReader reader = new CorpusReader(1_000_000);
        List<String> handed = new ArrayList<>();
        CorpusLoad load = reader.load(data, KnownFiles.NONE, reader.list(data), (article, stamp) -> handed.add(article.path()));
        assertThat(handed).containsExactly("b-000.txt", "b-001.txt", "b-002.txt", "b-003.txt", "b-004.txt");
        assertThat(load.articles()).isEmpty();
        assertThat(load.skipped()).singleElement().satisfies(s -> assertThat(s.toString()).contains("c-copy.txt").contains("same text as b-002.txt"));
        assertThat(load.files()).hasSize(6);
    }

    @Test
    void anUpdateRefusedAfterItsArticlesWereWrittenLeavesTheLastCommit() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        write(data, "old", 10);
        CorpusReader reader = new CorpusReader(1_000_000);
        IndexUpdater.Scan scan = (known, sink) -> reader.load(data, known, reader.list(data), sink);
        try (CorpusIndex index = CorpusIndex.open(tmp.resolve("index"))) {
            IndexUpdater updater = new IndexUpdater(index, counting(new AtomicInteger()),
                    new IndexUpdater.Options(java.util.Map.of(), 0.5, java.time.Duration.ZERO));
            updater.updateFrom(scan, IndexUpdater.Progress.NONE, false);
            // the folder now holds other articles only: writing them starts before the scan knows all ten old ones are gone
            for (int i = 0; i < 10; i++) Files.delete(data.resolve(String.format("old-%03d.txt", i)));
            write(data, "new", 12);
            assertThatThrownBy(() -> updater.updateFrom(scan, IndexUpdater.Progress.NONE, false))
                    .isInstanceOf(ReloadRefusedException.class).hasMessageContaining("remove 10 of the 10");
            assertThat(index.entries().keySet()).as("still the last commit").hasSize(10).allMatch(id -> id.startsWith("old-"));

            IndexUpdater.Result forced = updater.updateFrom(scan, IndexUpdater.Progress.NONE, true).result();
            assertThat(forced.added()).isEqualTo(12);
            assertThat(forced.removed()).isEqualTo(10);
            assertThat(index.entries().keySet()).hasSize(12).allMatch(id -> id.startsWith("new-"));
        }
    }

    @Test
    void progressCountsTheArticlesOfAJsonLinesFileOnceItIsRead() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            lines.append("{\"id\":\"j").append(i).append("\",\"text\":\"Guest number ").append(i)
                    .append(" wore a blue Dior gown to the 2024 Met Gala.\"}\n");
        }
        Files.writeString(data.resolve("all.jsonl"), lines);
        write(data, "single", 3);
        CorpusReader reader = new CorpusReader(10_000_000);
        List<int[]> seen = new ArrayList<>();
        try (CorpusIndex index = CorpusIndex.open(tmp.resolve("index"))) {
            new IndexUpdater(index, counting(new AtomicInteger())).updateFrom((known, sink) -> reader.load(data, known, reader.list(data), sink),
                    (done, total) -> seen.add(new int[]{done, total}), false);
        }
        assertThat(seen).hasSize(303).allSatisfy(p -> assertThat(p[1]).isGreaterThanOrEqualTo(p[0]));
        assertThat(seen.get(0)[1]).as("the .jsonl file's 300 articles are counted once it is read").isEqualTo(303);
        assertThat(seen.get(302)).containsExactly(303, 303);
    }

    @Test
    void anUpdateThatWritesMostOfTheCorpusLeavesOneSegmentAndASmallOneAddsItsOwn() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        CorpusReader reader = new CorpusReader(1_000_000);
        IndexUpdater.Scan scan = (known, sink) -> reader.load(data, known, reader.list(data), sink);
        try (CorpusIndex index = CorpusIndex.open(tmp.resolve("index"))) {
            IndexUpdater updater = new IndexUpdater(index, counting(new AtomicInteger()));
            write(data, "first", 10);
            updater.updateFrom(scan, IndexUpdater.Progress.NONE, false);
            write(data, "second", 30); // 30 of 40 written: most of the corpus
            updater.updateFrom(scan, IndexUpdater.Progress.NONE, false);
            assertThat(index.segments()).isEqualTo(1);
            assertThat(index.entries()).hasSize(40);
            write(data, "third", 1);
            updater.updateFrom(scan, IndexUpdater.Progress.NONE, false);
            assertThat(index.segments()).as("a reload of one article does not rewrite the index").isEqualTo(2);
            assertThat(index.entries()).hasSize(41);
        }
    }
}
