package dev.redcarpet.engine;

import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** The project's own test corpus (src/test/resources/fixtures) plus the seed article, copied into a temp folder. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path copyCorpus(Path tmp) {
        Path data = tmp.resolve("data");
        try {
            Files.createDirectories(data);
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures/articles"))) {
                for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
            }
            Path seed = Path.of("data/articles/2024-05-08-kim-kardashian-met-gala-shoes.txt");
            Files.copy(seed, data.resolve(seed.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    /** An engine over one fixture folder (src/test/resources/fixtures/NAME) copied into {@code tmp}. */
    public static Engine engineOver(String fixtureFolder, Path tmp) throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures", fixtureFolder))) {
            for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
        }
        return Engine.open(config(data, tmp.resolve("index")));
    }

    public static Config config(Path data, Path index) {
        return new ConfigLoader(Map.of()).load(Path.of("config")).withData(data).withIndex(index);
    }
}
