package dev.redcarpet.engine;

import dev.redcarpet.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReloadAndIngestTest {
    @TempDir
    Path tmp;

    @Test
    void indexIsReusedWhenDataIsUnchangedAndUpdatedIncrementally() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Config config = Fixtures.config(data, tmp.resolve("index"));
        try (Engine first = Engine.open(config)) {
            assertThat(first.lastReload().added()).isEqualTo(6);
        }
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.lastReload().added()).isZero();
            assertThat(engine.lastReload().unchanged()).isEqualTo(6);

            Files.writeString(data.resolve("2024-06-01-new.txt"), " date 2024-06-01 Mara Quill wore a sea-green Prada gown to the 2024 Tony Awards.\n");
            Files.delete(data.resolve("2024-01-08-globes-roundup.txt"));
            Files.writeString(data.resolve("bad.json"), "{\"title\": \"cut off", StandardCharsets.UTF_8);
            var r = engine.reload();
            assertThat(r.added()).isEqualTo(1);
            assertThat(r.removed()).isEqualTo(1);
            assertThat(r.unchanged()).isEqualTo(5);
            assertThat(r.failed()).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("bad.json"));
            assertThat(engine.ask("what did mara quill wear to the tonys").answer()).contains("Prada");
        }
    }

    @Test
    void aDamagedIndexIsRebuiltFromData() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Path index = tmp.resolve("index");
        Config config = Fixtures.config(data, index);
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.stats().articles()).isEqualTo(6);
        }
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().startsWith("segments")) Files.write(f, new byte[]{1, 2, 3});
            }
        }
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.indexNote()).contains("rebuil");
            assertThat(engine.stats().articles()).isEqualTo(6);
            assertThat(engine.ask("Why were Kim Kardashian's Met Gala shoes heelless?").abstained()).isFalse();
        }
    }

    @Test
    void ingestSavesUnderASafeNameNeverOverwritesAndRefusesBadFiles() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("index")))) {
            byte[] good = " date 2024-09-10 Pia Lorne wore a copper lamé Loewe dress to the Venice Film Festival.\n".getBytes(StandardCharsets.UTF_8);
            IngestReport first = engine.ingest("../../etc/Pia Lorne Venice!.txt", good);
            assertThat(first.accepted()).isTrue();
            assertThat(first.savedAs()).isEqualTo("ingested/pia-lorne-venice.txt");
            assertThat(Files.readAllBytes(data.resolve(first.savedAs()))).isEqualTo(good);
            assertThat(engine.ask("pia lorne venice dress").answer()).contains("Loewe");

            byte[] other = " date 2024-09-11 Pia Lorne wore a silver Loewe column to the Venice premiere.\n".getBytes(StandardCharsets.UTF_8);
            IngestReport second = engine.ingest("Pia Lorne Venice!.txt", other);
            assertThat(second.savedAs()).isEqualTo("ingested/pia-lorne-venice-2.txt");
            assertThat(Files.readAllBytes(data.resolve(first.savedAs()))).isEqualTo(good);

            assertThat(engine.ingest("payload.exe", good).accepted()).isFalse();
            IngestReport broken = engine.ingest("broken.json", "{\"text\": ".getBytes(StandardCharsets.UTF_8));
            assertThat(broken.accepted()).isFalse();
            assertThat(broken.message()).startsWith("The file was not added");
            assertThat(engine.ingest("empty.txt", new byte[0]).message()).contains("empty");
            try (Stream<Path> left = Files.list(data.resolve("ingested"))) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("pia-lorne-venice.txt", "pia-lorne-venice-2.txt");
            }
        }
    }
}
