package dev.redcarpet.reliability;

import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, item 9: an edit to a config file analysis reads reaches an existing index, and says so. */
class ConfigStaleTest {
    @TempDir
    Path tmp;

    static Path copyConfig(Path to) throws IOException {
        Path from = Path.of("config");
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        return to;
    }

    @Test
    void aDesignerAddedToTheLexiconReanalysesTheIndexOnceAndSaysWhy() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Files.writeString(data.resolve("2025-05-06-ola-brin.txt"),
                " date 2025-05-06 Ola Brin wore a sculpted ivory gown by Zephyrine Vauclair to the 2025 Met Gala.\n");
        Path configDir = copyConfig(tmp.resolve("config"));
        Config config = new ConfigLoader(Map.of()).load(configDir).withData(data).withIndex(tmp.resolve("index"));
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.lastReload().added()).isEqualTo(7);
        }
        Files.writeString(configDir.resolve("lexicons/designers.yaml"), "  - {name: Zephyrine Vauclair}\n", StandardOpenOption.APPEND);
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.lastReload().notes()).singleElement().satisfies(n ->
                    assertThat(n).contains("config changed").contains("lexicons/designers.yaml"));
            assertThat(engine.lastReload().updated()).as("every article analysed again").isEqualTo(7);
            assertThat(engine.person("Ola Brin", null).answer()).contains("Zephyrine Vauclair");
        }
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.lastReload().notes()).isEmpty();
            assertThat(engine.lastReload().unchanged()).isEqualTo(7);
        }
    }

    @Test
    void synonymsAreReadAtQuestionTimeAndNeedNoReanalysis() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Path configDir = copyConfig(tmp.resolve("config"));
        Config config = new ConfigLoader(Map.of()).load(configDir).withData(data).withIndex(tmp.resolve("index"));
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.lastReload().added()).isEqualTo(6);
        }
        Files.writeString(configDir.resolve("synonyms.txt"), "tux, tuxedo\n", StandardOpenOption.APPEND);
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.lastReload().notes()).isEmpty();
            assertThat(engine.lastReload().unchanged()).isEqualTo(6);
        }
    }
}
