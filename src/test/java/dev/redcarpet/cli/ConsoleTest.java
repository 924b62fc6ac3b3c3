package dev.redcarpet.cli;

import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleTest {
    @TempDir
    Path tmp;

    @Test
    void consoleOffersTheSameCommandsAsText() {
        Path data = Fixtures.copyCorpus(tmp);
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("i")))) {
            ConsoleCommand.Session s = new ConsoleCommand.Session(engine);
            assertThat(s.handle("/help")).contains("/event").contains("/quit");
            assertThat(s.handle("what did ines duval wear to the oscars")).contains("Versace");
            assertThat(s.handle("/ask and what did she say?")).contains("Gold is my comfort colour");
            assertThat(s.handle("/event met gala 2025")).contains("2025 Met Gala").contains("Nova Reyes");
            assertThat(s.handle("/person nova reyes")).contains("2025 Met Gala").contains("2023 Met Gala");
            assertThat(s.handle("/quote theo marsh")).contains("uniform");
            assertThat(s.handle("/sources")).contains("6 articles");
            assertThat(s.handle("/stats")).contains("articles 6");
            assertThat(s.handle("/frobnicate")).startsWith("Unknown command");
            assertThat(s.handle("/quit")).isNull();
        }
    }
}
