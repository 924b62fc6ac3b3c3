package dev.redcarpet.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.Fixtures;
import dev.redcarpet.engine.ReloadReport;
import dev.redcarpet.index.IndexException;
import dev.redcarpet.index.IndexWriteException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 14, item 3: after a failed write the index recovers on the next reload, and says why once. */
class WriteFailureRecoveryTest {
    @TempDir
    Path tmp;

    private static void addArticles(Path data, int n, String tag) throws IOException {
        for (int i = 0; i < n; i++) {
            Files.writeString(data.resolve(tag + "-" + i + ".txt"), " date 2025-03-0" + (1 + i % 9) + " Rae Tan" + tag + i
                    + " wore a " + (i % 2 == 0 ? "blue" : "green") + " Prada gown to the 2025 Oscars, number " + i + ".\n");
        }
    }

    private static Engine.Options faulty(AtomicReference<FaultyDirectory> holder) {
        return Engine.Options.defaults().withDirectory(d -> {
            FaultyDirectory f = new FaultyDirectory(d);
            holder.set(f);
            return f;
        });
    }

    @Test
    void aFullDiskFailsOneReloadWithOneMessageAndTheNextReloadRecovers() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Config config = Fixtures.config(data, tmp.resolve("index"));
        AtomicReference<FaultyDirectory> disk = new AtomicReference<>();
        try (Engine engine = Engine.open(config, faulty(disk))) {
            addArticles(data, 40, "full");
            disk.get().full = true;
            try (CapturedLogs logs = CapturedLogs.of("dev.redcarpet", Level.INFO)) {
                assertThatThrownBy(engine::reload).isInstanceOf(IndexWriteException.class)
                        .hasMessageContaining("the disk is full").hasMessageNotContaining("IndexWriter is closed");
                List<ILoggingEvent> warnings = logs.atLeast(Level.WARN);
                assertThat(warnings).as("the cause is named once, not per article")
                        .filteredOn(e -> e.getFormattedMessage().contains("disk is full")).hasSize(1);
                assertThat(warnings).noneMatch(e -> e.getFormattedMessage().contains("could not analyse"));
            }
            assertThat(engine.stats().articles()).as("still answering from the last good state").isEqualTo(6);
            assertThat(engine.ask("What did Nova Reyes wear to the 2025 Met Gala?").answer()).contains("Valentino");

            disk.get().full = false;
            ReloadReport r = engine.reload();
            assertThat(r.added()).isEqualTo(40);
            assertThat(engine.stats().articles()).isEqualTo(46);

            byte[] upload = " date 2025-04-01 Kit Vale wore a yellow Chanel suit to the 2025 Met Gala.\n".getBytes(StandardCharsets.UTF_8);
            assertThat(engine.ingest("kit-vale.txt", upload).accepted()).isTrue();
            assertThat(engine.stats().articles()).isEqualTo(47);
        }
        try (Engine again = Engine.open(config)) {
            assertThat(again.indexNote()).isNull();
            assertThat(again.lastReload().unchanged()).isEqualTo(47);
        }
    }

    @Test
    void aFreshBuildOnAFullDiskSaysTheDiskIsFullOnce() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        addArticles(data, 30, "fresh");
        Config config = Fixtures.config(data, tmp.resolve("index"));
        try (CapturedLogs logs = CapturedLogs.of("dev.redcarpet", Level.INFO)) {
            assertThatThrownBy(() -> Engine.open(config, Engine.Options.defaults().withDirectory(d -> {
                FaultyDirectory f = new FaultyDirectory(d);
                f.full = true;
                return f;
            }))).isInstanceOf(IndexException.class).hasMessageContaining("the disk is full");
            assertThat(logs.atLeast(Level.WARN)).noneMatch(e -> e.getFormattedMessage().contains("could not analyse"));
        }
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.stats().articles()).as("space freed: the next start builds it").isEqualTo(36);
        }
    }

    @Test
    void anIngestWhoseIndexingFailsKeepsTheFileAndTheConsoleRunning() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        AtomicReference<FaultyDirectory> disk = new AtomicReference<>();
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("index")), faulty(disk))) {
            disk.get().full = true;
            byte[] upload = " date 2025-04-01 Kit Vale wore a yellow Chanel suit to the 2025 Met Gala.\n".getBytes(StandardCharsets.UTF_8);
            var report = engine.ingest("kit-vale.txt", upload);
            assertThat(report.accepted()).isTrue();
            assertThat(report.message()).contains("not indexed yet").contains("disk is full");
            assertThat(data.resolve("ingested/kit-vale.txt")).exists();
            disk.get().full = false;
            assertThat(engine.reload().added()).isEqualTo(1);
        }
    }

    @Test
    void aSegmentFileRemovedUnderARunningEngineIsRebuiltOnTheNextReloadAndQuittingIsQuiet() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Path index = tmp.resolve("index");
        try (CapturedLogs logs = CapturedLogs.of("dev.redcarpet", Level.DEBUG)) {
            try (Engine engine = Engine.open(Fixtures.config(data, index))) {
                Path segment;
                try (Stream<Path> files = Files.list(index)) {
                    segment = files.filter(p -> p.getFileName().toString().matches("_\\w+\\.(cfs|si)")).findFirst().orElseThrow();
                }
                Files.delete(segment);
                ReloadReport r = engine.reload();
                assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("an index file was removed (" + segment.getFileName() + ")"));
                assertThat(engine.stats().articles()).isEqualTo(6);
                assertThat(engine.ask("What did Nova Reyes wear to the 2025 Met Gala?").answer()).contains("Valentino");
            }
            assertThat(logs.events()).as("no stack trace on the way out").allMatch(e -> e.getThrowableProxy() == null);
        }
        try (Engine again = Engine.open(Fixtures.config(data, index))) {
            assertThat(again.indexNote()).isNull();
            assertThat(again.stats().articles()).isEqualTo(6);
        }
    }
}
