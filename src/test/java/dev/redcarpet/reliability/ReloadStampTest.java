package dev.redcarpet.reliability;

import ch.qos.logback.classic.Level;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.Fixtures;
import dev.redcarpet.ops.ReloadWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, item 4: the reload stamp in data/ is never trusted: links, pipes and huge files are ignored, once reported. */
class ReloadStampTest {
    @TempDir
    Path tmp;

    private static void poll(ReloadWatcher w) throws Exception {
        Method m = ReloadWatcher.class.getDeclaredMethod("poll");
        m.setAccessible(true);
        m.invoke(w);
    }

    @Test
    void aStampLinkedToDevZeroIsIgnoredAndReportedOnce() throws Exception {
        Path data = Fixtures.copyCorpus(tmp);
        Files.createSymbolicLink(data.resolve(ReloadWatcher.STAMP), Path.of("/dev/zero"));
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("index")));
             CapturedLogs logs = CapturedLogs.of("dev.redcarpet", Level.INFO);
             ReloadWatcher w = ReloadWatcher.start(engine, Duration.ofHours(1))) {
            for (int i = 0; i < 5; i++) poll(w);
            assertThat(logs.atLeast(Level.WARN)).filteredOn(e -> e.getFormattedMessage().contains(ReloadWatcher.STAMP))
                    .singleElement().satisfies(e -> assertThat(e.getFormattedMessage()).contains("symbolic link"));
            assertThat(engine.lastReload().unchanged()).isZero();
        }
    }

    @Test
    void aStampThatIsAPipeDoesNotHangStartUp() throws Exception {
        Path data = Fixtures.copyCorpus(tmp);
        Process mkfifo = new ProcessBuilder("mkfifo", data.resolve(ReloadWatcher.STAMP).toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("index")));
             ReloadWatcher w = ReloadWatcher.start(engine, Duration.ofHours(1))) {
            poll(w);
            assertThat(engine.stats().articles()).isEqualTo(6);
        }
    }

    @Test
    void anOversizedStampIsIgnoredAndAGoodOneStillWorksAfterwards() throws Exception {
        Path data = Fixtures.copyCorpus(tmp);
        Path stamp = data.resolve(ReloadWatcher.STAMP);
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("index")));
             ReloadWatcher w = ReloadWatcher.start(engine, Duration.ofHours(1))) {
            Files.write(stamp, new byte[10_000_000]);
            poll(w);
            assertThat(engine.lastReload().unchanged()).as("no reload for a 10 MB 'stamp'").isZero();
            Files.delete(stamp);
            Files.writeString(stamp, "2026-01-01T00:00:00Z pid 1 other\n");
            poll(w);
            assertThat(engine.lastReload().unchanged()).as("a real stamp reloads").isEqualTo(6);
        }
    }

    @Test
    void aFailingReloadDoesNotStopThePolling() throws Exception {
        Path data = Fixtures.copyCorpus(tmp);
        Path stamp = data.resolve(ReloadWatcher.STAMP);
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("index")));
             ReloadWatcher w = ReloadWatcher.start(engine, Duration.ofHours(1))) {
            Path moved = tmp.resolve("moved");
            Files.move(data, moved);
            Files.createDirectories(data);
            Files.writeString(stamp, "one\n");
            poll(w); // refused: it would drop every article
            assertThat(engine.stats().articles()).isEqualTo(6);
            Files.delete(stamp);
            Files.delete(data);
            Files.move(moved, data);
            Files.writeString(stamp, "two\n");
            poll(w);
            assertThat(engine.lastReload().unchanged()).isEqualTo(6);
        }
    }
}
