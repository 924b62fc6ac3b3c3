package dev.redcarpet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `bench build`: both builds run on the same generated articles and the figures a developer reads are printed. */
class BenchBuildCliTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    @Test
    void buildsPlainLuceneAndOursInTurnsAndPrintsTheMedianRatio() {
        Path work = tmp.resolve("work");
        int code = Main.run("bench", "build", "--sizes", "30", "--repeats", "2", "--work", work.toString());
        String printed = streams.out();
        String log = streams.err();
        assertThat(code).as(log).isZero();
        assertThat(printed).contains("30 articles, median of 2: plain Lucene").contains("ours/plain").contains("by CPU time ours/plain").contains("our build CPU");
        assertThat(log).contains("turn 1:").contains("turn 2:").doesNotContain("note: the index holds");
        assertThat(work.resolve("30/articles")).isDirectory();
        assertThat(Files.isDirectory(work.resolve("30/index"))).isTrue();
    }

    @Test
    void refusesZeroRepeatsWithAClearMessage() {
        int code = Main.run("bench", "build", "--sizes", "30", "--repeats", "0", "--work", tmp.resolve("w").toString());
        assertThat(code).isNotZero();
        assertThat(streams.err()).contains("--repeats must be at least 1").doesNotContain("Exception");
    }
}
