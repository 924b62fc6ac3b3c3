package dev.redcarpet.index;

import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.analysis.structure.Passages;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analysis runs on several threads, yet every build writes the articles in the order of the scan:
 * ties between equally scored articles are broken by document order, so two builds of the same
 * data must rank (and answer) alike, whichever analysis happened to finish first.
 */
class BuildOrderTest {
    @TempDir
    Path tmp;

    /** Analysis that takes a random while, so that articles finish out of order. */
    private static final Function<Article, ArticleFacts> JITTERY = a -> {
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(2_000_000));
        return new ArticleFacts(a.id(), Passages.of(a.text()), List.of(), List.of(), null, List.of());
    };

    private List<String> build(Path data, String name) {
        try (CorpusIndex index = CorpusIndex.open(tmp.resolve(name))) {
            CorpusReader reader = new CorpusReader(1_000_000);
            new IndexUpdater(index, JITTERY).update(known -> reader.load(data, known), IndexUpdater.Progress.NONE, true);
            return index.articles().stream().map(IndexedArticle::id).toList();
        }
    }

    @Test
    void twoBuildsOfTheSameDataHoldTheArticlesInScanOrder() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (int i = 0; i < 60; i++) {
            Files.writeString(data.resolve(String.format("%03d.txt", i)), "Guest number " + i + " wore a gown to the gala.\n");
        }
        List<String> first = build(data, "one");
        List<String> second = build(data, "two");
        assertThat(first).hasSize(60).isSorted().isEqualTo(second);
    }
}
