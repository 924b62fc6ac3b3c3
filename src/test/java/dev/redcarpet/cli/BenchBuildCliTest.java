package dev.redcarpet.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `bench build`: both builds run on the same generated articles and the figures a developer reads are printed. */
class BenchBuildCliTest {
    @TempDir
    Path tmp;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    @Test
    void buildsPlainLuceneAndOursInTurnsAndPrintsTheMedianRatio() {
        Path work = tmp.resolve("work");
        int code = Main.run("bench", "build", "--sizes", "30", "--repeats", "2", "--work", work.toString());
        String printed = out.toString(StandardCharsets.UTF_8);
        String log = err.toString(StandardCharsets.UTF_8);
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
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--repeats must be at least 1").doesNotContain("Exception");
    }
}
