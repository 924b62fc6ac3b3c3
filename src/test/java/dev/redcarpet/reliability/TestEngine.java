package dev.redcarpet.reliability;

import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A real engine over a temporary copy of a corpus, deleted on close (jqwik has no @TempDir). */
record TestEngine(Path dir, Config config, Engine engine) implements AutoCloseable {

    /** The project's own fixture articles and the seed article. */
    static TestEngine fixtures() {
        Path dir = tempDir();
        Path data = Fixtures.copyCorpus(dir);
        Config config = Fixtures.config(data, dir.resolve("index"));
        return new TestEngine(dir, config, Engine.open(config));
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("redcarpet-reliability-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temp folder is harmless
        }
    }

    @Override
    public void close() {
        engine.close();
        delete(dir);
    }
}
