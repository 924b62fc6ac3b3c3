package dev.redcarpet.reliability;

import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.Fixtures;
import dev.redcarpet.engine.IngestReport;
import dev.redcarpet.index.ReloadRefusedException;
import dev.redcarpet.ops.ReloadWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 14, item 10: a reload that would drop most of the index is refused unless forced, and never spread. */
class ShrinkGuardTest {
    @TempDir
    Path tmp;

    private static final byte[] UPLOAD = " date 2025-04-01 Kit Vale wore a yellow Chanel suit to the 2025 Met Gala.\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aReloadThatWouldDropMostArticlesIsRefusedNotStampedAndAppliedWhenForced() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("index")));
             ReloadWatcher w = ReloadWatcher.start(engine, Duration.ofHours(1))) {
            List<Path> files;
            try (Stream<Path> s = Files.list(data)) {
                files = s.sorted().toList();
            }
            for (Path f : files.subList(0, 4)) Files.delete(f);
            assertThatThrownBy(engine::reload).isInstanceOf(ReloadRefusedException.class)
                    .hasMessageContaining("remove 4 of the 6").hasMessageContaining("--force");
            assertThat(engine.stats().articles()).isEqualTo(6);
            assertThat(w.stamp()).as("a refused reload is not spread to replicas").doesNotExist();
            assertThat(engine.reload(true).removed()).isEqualTo(4);
            assertThat(engine.stats().articles()).isEqualTo(2);
            assertThat(w.stamp()).exists();
        }
    }

    @Test
    void missingDataPlusOneIngestDoesNotEmptyTheIndex() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("index")))) {
            Files.move(data, tmp.resolve("unmounted"));
            IngestReport r = engine.ingest("kit-vale.txt", UPLOAD);
            assertThat(r.accepted()).isFalse();
            assertThat(r.message()).contains("missing");
            assertThat(data).as("an ingest never recreates data/").doesNotExist();
            assertThat(engine.stats().articles()).isEqualTo(6);
        }
    }

    @Test
    void evenWithDataRecreatedEmptyTheIngestsReloadIsRefused() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("index")))) {
            Files.move(data, tmp.resolve("unmounted"));
            Files.createDirectories(data);
            IngestReport r = engine.ingest("kit-vale.txt", UPLOAD);
            assertThat(r.message()).contains("not indexed yet").contains(ReloadRefusedException.PREFIX);
            assertThat(engine.stats().articles()).isEqualTo(6);
        }
    }

    @Test
    void aStartOnAShrunkDataFolderKeepsServingTheIndexAndSaysWhy() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Config config = Fixtures.config(data, tmp.resolve("index"));
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.stats().articles()).isEqualTo(6);
        }
        try (Stream<Path> s = Files.list(data)) {
            for (Path f : s.toList()) Files.delete(f);
        }
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.stats().articles()).isEqualTo(6);
            assertThat(engine.lastReload().notes()).singleElement().satisfies(n -> assertThat(n).startsWith(ReloadRefusedException.PREFIX));
        }
        try (Engine engine = Engine.open(config, Engine.Options.defaults().withForce(true))) {
            assertThat(engine.stats().articles()).isZero();
        }
    }
}
