package dev.redcarpet.ops;

import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Two processes share one data/ and keep their own index: a reload in one reaches the other through the stamp. */
class ReloadWatcherTest {
    @TempDir
    Path tmp;

    @Test
    void aReloadInOneReplicaReachesTheOtherThroughTheStamp() throws Exception {
        Path data = Fixtures.copyCorpus(tmp);
        try (Engine a = Engine.open(Fixtures.config(data, tmp.resolve("index-a")));
             Engine b = Engine.open(Fixtures.config(data, tmp.resolve("index-b")));
             ReloadWatcher wa = ReloadWatcher.start(a, Duration.ofHours(1));
             ReloadWatcher wb = ReloadWatcher.start(b, Duration.ofHours(1))) {
            assertThat(a.stats().articles()).isEqualTo(6);
            assertThat(b.stats().articles()).isEqualTo(6);
            wb.poll();
            assertThat(b.lastReload().unchanged()).as("no stamp yet: b has not reloaded").isEqualTo(0);

            byte[] article = """
                    title: Odile Marsh wears moss green at the Baftas
                    source: Screen Notes
                    date: 2025-02-16

                    Actress Odile Marsh chose a moss green velvet column gown by Erdem for the Bafta Film Awards.
                    """.getBytes(StandardCharsets.UTF_8);
            assertThat(a.ingest("odile-marsh-baftas.txt", article).accepted()).isTrue();
            assertThat(a.stats().articles()).isEqualTo(7);
            assertThat(Files.readString(wa.stamp())).contains("pid " + ProcessHandle.current().pid());
            assertThat(b.stats().articles()).as("b has not looked yet").isEqualTo(6);

            wb.poll();
            assertThat(b.stats().articles()).isEqualTo(7);
            assertThat(b.lastReload().added()).isEqualTo(1);
            assertThat(b.ask("what did odile marsh wear to the baftas").answer()).contains("Erdem");

            // b's reload came from the stamp: it does not stamp again, so a sees nothing new.
            String stamp = Files.readString(wa.stamp());
            wa.poll();
            assertThat(Files.readString(wa.stamp())).isEqualTo(stamp);
            assertThat(a.lastReload().added()).isEqualTo(1);
        }
    }
}
