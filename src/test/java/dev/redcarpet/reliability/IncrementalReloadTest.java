package dev.redcarpet.reliability;

import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.analysis.structure.Passages;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.index.CorpusIndex;
import dev.redcarpet.index.IndexUpdater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, items 7 and 11 (touch): an incremental reload gives what a fresh build gives, and does no needless work. */
class IncrementalReloadTest {
    @TempDir
    Path tmp;

    static final String T = "Nell Ash wore a silver Gucci gown to the 2024 Met Gala and called it armour.";

    static Function<Article, ArticleFacts> plain(AtomicInteger calls) {
        return a -> {
            calls.incrementAndGet();
            return new ArticleFacts(a.id(), Passages.of(a.text()), List.of(), List.of(), null, List.of());
        };
    }

    /** The (path, id, hash) of every article the index holds. */
    static Set<String> held(CorpusIndex index) {
        return index.entries().values().stream().map(e -> e.path() + " " + e.id() + " " + e.hash()).collect(Collectors.toSet());
    }

    /** What a fresh build of data/ holds. */
    static Set<String> fresh(Path data) {
        return new CorpusReader(1_000_000).load(data).articles().stream().map(a -> a.path() + " " + a.id() + " " + a.hash())
                .collect(Collectors.toSet());
    }

    static void sync(IndexUpdater updater, Path data) {
        CorpusReader reader = new CorpusReader(1_000_000);
        updater.update(known -> reader.load(data, known), IndexUpdater.Progress.NONE, true);
    }

    @Test
    void deletingAFileKeepsItsTextThroughADuplicateInAMultiArticleFile() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("a.txt"), T + "\n");
        Files.writeString(data.resolve("b.jsonl"), "{\"id\":\"b1\",\"text\":\"Ola Brin wore a red Valentino cape to the 2024 Met Gala.\"}\n"
                + "{\"id\":\"b2\",\"text\":\"" + T + "\"}\n");
        try (CorpusIndex index = CorpusIndex.open(tmp.resolve("index"))) {
            IndexUpdater updater = new IndexUpdater(index, plain(new AtomicInteger()));
            sync(updater, data);
            assertThat(held(index)).isEqualTo(fresh(data)).hasSize(2);

            Files.delete(data.resolve("a.txt"));
            sync(updater, data);
            assertThat(held(index)).as("T lives on as b2").isEqualTo(fresh(data)).hasSize(2)
                    .anySatisfy(s -> assertThat(s).startsWith("b.jsonl b2 "));
        }
    }

    @Test
    void aNewEarlierFileWithTheSameTextTakesOverAsAFreshBuildWould() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("m.txt"), T + "\n");
        try (CorpusIndex index = CorpusIndex.open(tmp.resolve("index"))) {
            IndexUpdater updater = new IndexUpdater(index, plain(new AtomicInteger()));
            sync(updater, data);
            Files.writeString(data.resolve("a.txt"), T + "\n");
            sync(updater, data);
            assertThat(held(index)).isEqualTo(fresh(data)).singleElement().satisfies(s -> assertThat(s).startsWith("a.txt "));
        }
    }

    @Test
    void aTouchedFileIsNotAnalysedAgainAndIsReportedUnchanged() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (int i = 0; i < 5; i++) Files.writeString(data.resolve("f" + i + ".txt"), T.replace("silver", "colour " + i) + "\n");
        AtomicInteger calls = new AtomicInteger();
        try (CorpusIndex index = CorpusIndex.open(tmp.resolve("index"))) {
            IndexUpdater updater = new IndexUpdater(index, plain(calls));
            CorpusReader reader = new CorpusReader(1_000_000);
            updater.update(known -> reader.load(data, known), IndexUpdater.Progress.NONE);
            assertThat(calls).hasValue(5);
            for (int i = 0; i < 5; i++) Files.setLastModifiedTime(data.resolve("f" + i + ".txt"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
            IndexUpdater.Result r = updater.update(known -> reader.load(data, known), IndexUpdater.Progress.NONE).result();
            assertThat(calls).as("nothing analysed again").hasValue(5);
            assertThat(r.unchanged()).isEqualTo(5);
            assertThat(r.updated()).isZero();
            IndexUpdater.Update third = updater.update(known -> reader.load(data, known), IndexUpdater.Progress.NONE);
            assertThat(third.load().unchanged()).as("the new stamps were recorded: nothing is even read").hasSize(5);
        }
    }
}
