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
 * class-data archive under XDG_CACHE_HOME and later starts map it, with nothing about it in the output; a new jar
 * gets a new archive; REDCARPET_CDS_ARCHIVE=off leaves it out.
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
        String question = "What did Mira Okafor wear to the 2024 Met Gala?";

        String first = launch(Map.of("XDG_CACHE_HOME", cache.toString()), data, question);
        assertThat(first).contains("Valentino").doesNotContain("cds").doesNotContain("warning");
        List<Path> archives = archives(cache);
        assertThat(archives).as("written by the first start").hasSize(1);
        Path archive = archives.get(0);
        long size = Files.size(archive);

        // the next start maps it: the JVM says so when asked (it does not with the command-line native-access flag)
        String second = launch(Map.of("XDG_CACHE_HOME", cache.toString(), "REDCARPET_JAVA_OPTS", "-Xlog:cds=info"), data, question);
        assertThat(second).contains("Valentino").contains("Mapped dynamic region");
        assertThat(archives(cache)).containsExactly(archive);
        assertThat(Files.size(archive)).isEqualTo(size);

        // another jar (an upgrade): the JVM would refuse the old archive without writing a new one; the launcher names
        // a new one after the jar, and removes the old
        Path upgraded = Files.createDirectories(home.resolve("lib")).resolve("redcarpet-bot.jar");
        Files.copy(Path.of("target/redcarpet-bot.jar"), upgraded);
        String third = launch(Map.of("XDG_CACHE_HOME", cache.toString(), "REDCARPET_JAR", upgraded.toString()), data, question);
        assertThat(third).isEqualTo(first);
        assertThat(archives(cache)).hasSize(1).doesNotContain(archive);
        String fourth = launch(Map.of("XDG_CACHE_HOME", cache.toString(), "REDCARPET_JAR", upgraded.toString(),
                "REDCARPET_JAVA_OPTS", "-Xlog:cds=info"), data, question);
        assertThat(fourth).contains("Mapped dynamic region");

        Path other = home.resolve("other-cache");
        String off = launch(Map.of("XDG_CACHE_HOME", other.toString(), "REDCARPET_CDS_ARCHIVE", "off"), data, question);
        assertThat(off).isEqualTo(first);
        assertThat(other.resolve("redcarpet")).doesNotExist();
    }

    private static List<Path> archives(Path cache) throws IOException {
        Path dir = cache.resolve("redcarpet");
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("classes-\\d+\\.jsa")).sorted().toList();
        }
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
