package dev.redcarpet.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bin/redcarpet as an operator runs it, with the shaded jar built by `package`: the first start writes the
 * class-data archive under XDG_CACHE_HOME and later starts use it, with nothing about it in the output;
 * REDCARPET_CDS_ARCHIVE=off leaves it out.
 */
class LauncherIT {
    @TempDir
    Path home;

    @Test
    void theLauncherWritesAndReusesItsClassDataArchiveQuietly() throws Exception {
        Path data = Files.createDirectories(home.resolve("data"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/answers/articles"))) {
            for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
        }
        Path cache = home.resolve("cache");
        Path archive = cache.resolve("redcarpet/classes.jsa");
        String question = "What did Mira Okafor wear to the 2024 Met Gala?";

        String first = launch(Map.of("XDG_CACHE_HOME", cache.toString()), data, question);
        assertThat(first).contains("Valentino").doesNotContain("cds").doesNotContain("warning");
        assertThat(archive).as("written by the first start").isRegularFile();
        long size = Files.size(archive);

        String second = launch(Map.of("XDG_CACHE_HOME", cache.toString()), data, question);
        assertThat(second).isEqualTo(first);
        assertThat(Files.size(archive)).isEqualTo(size);

        Path other = home.resolve("other-cache");
        String off = launch(Map.of("XDG_CACHE_HOME", other.toString(), "REDCARPET_CDS_ARCHIVE", "off"), data, question);
        assertThat(off).isEqualTo(first);
        assertThat(other.resolve("redcarpet/classes.jsa")).doesNotExist();
    }

    private String launch(Map<String, String> extra, Path data, String question) throws IOException, InterruptedException {
        Path out = Files.createTempFile(home, "out", ".txt");
        ProcessBuilder pb = new ProcessBuilder(List.of("bash", "bin/redcarpet", "ask", "--data", data.toString(),
                "--index", home.resolve("index").toString(), question))
                .redirectErrorStream(true).redirectOutput(out.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("HOME", home.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.putAll(extra);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("bin/redcarpet did not finish");
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(text).isZero();
        return text;
    }
}
