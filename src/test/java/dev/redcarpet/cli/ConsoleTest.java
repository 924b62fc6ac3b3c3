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
    void consoleOffersTheSameCommandsAsText() throws java.io.IOException {
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
            java.nio.file.Path upload = tmp.resolve("upload.txt");
            java.nio.file.Files.writeString(upload, " date 2024-09-10 Pia Lorne wore a copper Loewe dress to the Venice Film Festival.\n");
            assertThat(s.handle("/ingest " + upload)).startsWith("Saved as ingested/upload.txt");
            assertThat(s.handle("what did pia lorne wear in venice")).contains("Loewe");
            assertThat(s.handle("/ingest " + tmp.resolve("missing.txt"))).startsWith("No such file");
            assertThat(s.handle("/quit")).isNull();
        }
    }
}
