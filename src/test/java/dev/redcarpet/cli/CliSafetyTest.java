package dev.redcarpet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.engine.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, item 11: what the command line prints for hostile names, titles, paths and heaps. */
class CliSafetyTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    @Test
    void aNewlineInAFileNameCannotForgeALineOfTheSkipReport() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Files.writeString(data.resolve("evil\n  skipped everything.txt: fine.txt"), "");
        assertThat(Main.run("index", "--data", data.toString(), "--index", tmp.resolve("i").toString())).isZero();
        List<String> skipLines = streams.out().lines().filter(l -> l.startsWith("  skipped")).toList();
        assertThat(skipLines).singleElement().satisfies(l -> assertThat(l).contains("evil\\n  skipped everything.txt"));
    }

    @Test
    void terminalEscapesInATitleAreShownInertInTheConsole() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Files.writeString(data.resolve("2025-06-01-escape.txt"), "title: Pwned \u001b]0;owned\u0007 \u001b[2J headline\ndate: 2025-06-01\n\n"
                + "Ola Brin wore a red Valentino cape to the 2025 Met Gala.\n");
        ConsoleCommand console = new ConsoleCommand();
        console.options.data = data;
        console.options.index = tmp.resolve("i");
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        console.run(new ByteArrayInputStream("/sources\n/quit\n".getBytes(StandardCharsets.UTF_8)), new PrintStream(screen, true, StandardCharsets.UTF_8));
        String shown = screen.toString(StandardCharsets.UTF_8);
        assertThat(shown).contains("Pwned").contains("\\u001b]0;owned\\u0007").doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void askJsonRendersMentionsInert() {
        JsonNode o = AnswerJson.of(null, Answer.declined("q", new dev.redcarpet.answer.Decline(dev.redcarpet.answer.Decline.Reason.UNKNOWN_NAME,
                "Hi @everyone and @here, ping <@123456789> and <@&42> in <#7>", null, null, null, List.of(), 0, null)));
        String rendered = o.get("rendered").asText();
        assertThat(rendered).doesNotContain("@everyone").doesNotContain("@here").doesNotContain("<@1").doesNotContain("<@&")
                .doesNotContain("<#7").contains("everyone").contains("123456789");
    }

    @Test
    void inspectOnAPipeSaysSoInsteadOfHanging() throws Exception {
        Path fifo = tmp.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        assertThat(Main.run("inspect", fifo.toString())).isEqualTo(2);
        assertThat(streams.err()).contains("not a regular file").doesNotContain("\tat ");
    }

    @Test
    void askBatchFromADeviceSaysItIsNotAFile() {
        Path data = Fixtures.copyCorpus(tmp);
        assertThat(Main.run("ask", "--batch", "/dev/zero", "--data", data.toString(), "--index", tmp.resolve("i").toString())).isEqualTo(2);
        assertThat(streams.err()).contains("/dev/zero is not a regular file").doesNotContain("not found");
    }

    @Test
    void aFileGivenAsDataIsRefusedBeforeAnyIndexIsCreated() {
        Path index = tmp.resolve("i");
        assertThat(Main.run("index", "--data", "/etc/passwd", "--index", index.toString())).isEqualTo(2);
        assertThat(streams.err().strip()).isEqualTo("error: data folder /etc/passwd is not a folder; give --data the folder of articles");
        assertThat(index).doesNotExist();
    }

    @Test
    void indexLeavesAnIndexThatWouldLoseMostArticlesAndExitsNonZeroUnlessForced() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        String index = tmp.resolve("i").toString();
        assertThat(Main.run("index", "--data", data.toString(), "--index", index)).isZero();
        try (var files = Files.list(data)) {
            for (Path f : files.sorted().limit(5).toList()) Files.delete(f);
        }
        streams.reset();
        assertThat(Main.run("index", "--data", data.toString(), "--index", index)).isEqualTo(1);
        assertThat(streams.out()).startsWith("Index at " + index + " left as it was (6 articles):").contains("--force");
        streams.reset();
        assertThat(Main.run("index", "--force", "--data", data.toString(), "--index", index)).isZero();
        assertThat(streams.out()).contains("1 article loaded").contains("removed 5");
    }

    @Test
    void runningOutOfHeapPrintsOneLineAndNoStackTrace() throws Exception {
        Path data = Fixtures.copyCorpus(tmp);
        Path questions = tmp.resolve("questions.txt");
        try (var w = Files.newOutputStream(questions)) {
            byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 48; i++) w.write(block); // one 48 MB line: more than the whole heap
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "ask", "--batch", questions.toString(), "--data", data.toString(), "--index", tmp.resolve("i").toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String errText = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(errText).isEqualTo(3);
        assertThat(errText.strip()).startsWith("error: out of memory").doesNotContain("\n").doesNotContain("Exception in thread");
    }

    @Test
    void outOfMemoryAdvisesTwiceTheHeapItRanWith() {
        assertThat(Main.outOfMemory(1024)).contains("limited to 1024 MB").contains("-Xmx2g").contains("REDCARPET_HEAP=2g");
        assertThat(Main.outOfMemory(256)).contains("-Xmx1g").contains("REDCARPET_HEAP=1g");
        assertThat(Main.outOfMemory(3000)).contains("-Xmx6g");
    }
}
