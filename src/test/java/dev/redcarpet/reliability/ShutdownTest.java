package dev.redcarpet.reliability;

import ch.qos.logback.classic.Level;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What SIGTERM does in-process: {@link Engine#close()} while questions are being answered. Those
 * in flight finish with real answers; later ones get a clear notice; the index is closed cleanly
 * and the next start reuses it as it is.
 */
class ShutdownTest {
    @TempDir
    Path tmp;

    record Outcome(boolean startedBeforeClose, Answer answer, RuntimeException error) {
    }

    @Test
    void closeLetsAnswersInFlightFinishAndLeavesACleanIndex() throws Exception {
        Path data = Fixtures.copyCorpus(tmp);
        Config config = Fixtures.config(data, tmp.resolve("index"));
        Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean closing = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        try (CapturedLogs logs = CapturedLogs.of("dev.redcarpet", Level.WARN)) {
            Engine engine = Engine.open(config);
            CountDownLatch warm = new CountDownLatch(16);
            List<Thread> askers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Thread th = new Thread(() -> {
                    while (!stop.get()) {
                        boolean before = !closing.get();
                        try {
                            outcomes.add(new Outcome(before, engine.ask("What did Nova Reyes wear to the 2025 Met Gala?"), null));
                        } catch (RuntimeException e) {
                            outcomes.add(new Outcome(before, null, e));
                        }
                        warm.countDown();
                    }
                });
                th.start();
                askers.add(th);
            }
            warm.await();
            closing.set(true);
            engine.close();
            Thread.sleep(50); // questions keep arriving after the close
            stop.set(true);
            for (Thread th : askers) th.join();
            engine.close(); // a second close (shutdown hook and try-with-resources) is harmless
            assertThat(logs.atLeast(Level.ERROR)).as("errors logged").isEmpty();
        }
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.error()).as("nothing thrown").isNull();
            assertThat(o.answer().answer()).isNotBlank().doesNotContain("went wrong");
        });
        // an asker may read "not closing" and be preempted until after close() began: then it is told to retry,
        // never given a broken answer; the warm-up answers (asked before close was called) all finished
        assertThat(outcomes).filteredOn(Outcome::startedBeforeClose)
                .allSatisfy(o -> assertThat(o.answer().answer()).containsAnyOf("Valentino", "restarting"));
        assertThat(outcomes).filteredOn(o -> o.answer().answer().contains("Valentino")).hasSizeGreaterThanOrEqualTo(16);
        assertThat(outcomes).filteredOn(o -> !o.startedBeforeClose() && !o.answer().answer().contains("Valentino"))
                .allSatisfy(o -> assertThat(o.answer().answer()).contains("restarting"));

        try (Engine again = Engine.open(config)) {
            assertThat(again.indexNote()).as("the index closed cleanly, so it is reused").isNull();
            assertThat(again.lastReload().unchanged()).isEqualTo(6);
            assertThat(again.lastReload().added()).isZero();
        }
    }
}
