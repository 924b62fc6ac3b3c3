package dev.redcarpet.cli;

import dev.redcarpet.bench.ProcessBench;
import dev.redcarpet.bench.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `bench reload`, which bench all runs in a fresh JVM: it opens an index built before, reloads +1% of new articles
 * the given number of times, prints the figures bench all reads back, and leaves the articles as it found them.
 */
class BenchReloadCliTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    @Test
    void reloadsRightAfterOpeningAndPrintsFiguresThatReadBack() throws IOException {
        Path work = tmp.resolve("work");
        assertThat(Main.run("bench", "build", "--sizes", "200", "--repeats", "1", "--work", work.toString())).as(streams.err()).isZero();
        Path articles = work.resolve("200/articles");
        List<Path> before = files(articles);
        streams.reset();

        int code = Main.run("bench", "reload", "--data", articles.toString(), "--index", work.resolve("200/index").toString(),
                "--size", "200", "--reloads", "2");

        String log = streams.err();
        assertThat(code).as(log).isZero();
        assertThat(log).contains("opened in this JVM").contains("reload +2 CPU");
        Sample figures = ProcessBench.reloadFigures(streams.out());
        assertThat(figures.count()).isEqualTo(2);
        assertThat(figures.p50()).isPositive();
        assertThat(figures.p99()).isGreaterThanOrEqualTo(figures.p50());
        assertThat(files(articles)).as("the articles it added are removed again").isEqualTo(before);
    }

    @Test
    void refusesZeroReloadsWithAClearMessage() {
        int code = Main.run("bench", "reload", "--data", tmp.toString(), "--index", tmp.resolve("i").toString(), "--size", "10", "--reloads", "0");
        assertThat(code).isNotZero();
        assertThat(streams.err()).contains("--reloads must be at least 1").doesNotContain("Exception");
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
