package dev.redcarpet.reliability;

import ch.qos.logback.classic.Level;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.Fixtures;
import dev.redcarpet.engine.ReloadReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 8 threads ask while reloads add, change and remove articles. Every answer is a real answer, and
 * comes from one generation of the corpus: one that was committed when the question was asked,
 * or a newer one that was being committed while it was answered.
 *
 * <p>CI runs 20 reloads; the long run is {@code -Dreliability.reloads=500}.
 */
class ReloadUnderLoadTest {
    static final int THREADS = 8;
    static final int RELOADS = Integer.getInteger("reliability.reloads", 20);
    static final List<String> QUESTIONS = List.of(
            "What did Sable Quinn wear to the 2025 Met Gala?",
            "What did Sable Quinn say at the Met Gala?",
            "Sable Quinn gown Orla Finch",
            "who styled sable quinn?");

    @TempDir
    Path tmp;

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Problem(String question, int lo, int hi, Set<Integer> generations, String answer) {
    }

    @Test
    void answersDuringReloadsAreNeverFailedEmptyOrMixed() throws Exception {
        Path data = tmp.resolve("data");
        Generations gens = new Generations(data, 7);
        gens.write(0);
        Config config = Fixtures.config(data, tmp.resolve("index"));
        AtomicInteger committed = new AtomicInteger(0);
        AtomicInteger writing = new AtomicInteger(0);
        AtomicLong answers = new AtomicLong();
        AtomicLong duringReload = new AtomicLong();
        Queue<Problem> problems = new ConcurrentLinkedQueue<>();
        AtomicBoolean done = new AtomicBoolean();
        int added = 0;
        int removed = 0;
        int updated = 0;
        try (CapturedLogs logs = CapturedLogs.of("dev.redcarpet", Level.WARN); Engine engine = Engine.open(config)) {
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch started = new CountDownLatch(THREADS);
            List<Future<?>> askers = new java.util.ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                askers.add(pool.submit(() -> {
                    started.countDown();
                    int n = thread;
                    while (!done.get()) {
                        String q = QUESTIONS.get(n++ % QUESTIONS.size());
                        int lo = committed.get();
                        Answer a;
                        try {
                            a = engine.ask(q);
                        } catch (RuntimeException e) {
                            problems.add(new Problem(q, lo, -1, Set.of(), "threw " + e));
                            continue;
                        }
                        int hi = writing.get();
                        answers.incrementAndGet();
                        if (hi > lo) duringReload.incrementAndGet();
                        Set<Integer> seen = Generations.of(a);
                        boolean ok = a.answer() != null && !a.answer().isBlank() && !a.abstained()
                                && !a.sources().isEmpty() && seen.size() == 1
                                && seen.iterator().next() >= lo && seen.iterator().next() <= hi;
                        if (!ok) problems.add(new Problem(q, lo, hi, seen, a.answer()));
                        pause(40); // a busy server, not a benchmark: leave the two CI cores some room for the reloads
                    }
                }));
            }
            started.await();
            for (int g = 1; g <= RELOADS; g++) {
                writing.set(g);
                gens.write(g);
                ReloadReport r = engine.reload(true); // generations may swap most articles: not what the shrink guard is for
                assertThat(r.failed()).as("reload %d", g).isEmpty();
                added += r.added();
                removed += r.removed();
                updated += r.updated();
                committed.set(g);
                Thread.sleep(20); // let the askers see this generation too
            }
            done.set(true);
            for (Future<?> f : askers) f.get();
            pool.shutdown();
            assertThat(logs.atLeast(Level.ERROR)).as("errors logged").isEmpty();
            Answer last = engine.ask(QUESTIONS.get(0));
            assertThat(Generations.of(last)).containsExactly(RELOADS);
        }
        assertThat(problems).as("failed, empty or mixed answers out of %d", answers.get()).isEmpty();
        assertThat(duringReload.get()).as("questions answered while a reload was running").isGreaterThanOrEqualTo(RELOADS);
        assertThat(added).as("reloads added articles").isPositive();
        assertThat(removed).as("reloads removed articles").isPositive();
        assertThat(updated).as("reloads changed articles").isPositive();
        System.out.printf("reload under load: %d reloads (%d added, %d updated, %d removed), %d answers (%d while reloading), %d problems%n",
                RELOADS, added, updated, removed, answers.get(), duringReload.get(), problems.size());
    }

    @Test
    void theGenerationCheckSeesAMixedAnswer() {
        var one = new dev.redcarpet.answer.Source("look-1", "Sable Quinn at the 2025 Met Gala, look 1 of generation 3", null, null, "look-1.txt");
        var two = new dev.redcarpet.answer.Source("look-2", "Sable Quinn at the 2025 Met Gala, look 2 of generation 4", null, null, "look-2.txt");
        var quote = new dev.redcarpet.answer.CitedQuote("Generation 3 felt like moonlight on the steps,", "Sable Quinn", "look-1");
        assertThat(Generations.of(Answer.of("q", null, List.of(), List.of(quote), List.of(), List.of(one)))).containsExactly(3);
        assertThat(Generations.of(Answer.of("q", null, List.of(), List.of(quote), List.of(), List.of(one, two)))).containsExactly(3, 4);
    }
}
