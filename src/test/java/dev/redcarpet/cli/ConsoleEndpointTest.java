package dev.redcarpet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redcarpet.engine.Fixtures;
import dev.redcarpet.ops.Http;
import dev.redcarpet.ops.ReloadWatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.redcarpet.ops.Http.value;
import static org.assertj.core.api.Assertions.assertThat;

/** The console with the health and metrics endpoint on: both answer with live figures. */
class ConsoleEndpointTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASK_ANSWERED = "redcarpet_questions_total{command=\"ask\",outcome=\"answered\"}";

    @TempDir
    Path tmp;

    /** The console's stdout, read while it runs. */
    private static final class Screen extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }

        /** Waits (up to 60 s) until the screen shows the pattern after position from; returns the match. */
        Matcher await(String regex, int from) throws InterruptedException {
            Pattern p = Pattern.compile(regex);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                String t = text();
                Matcher m = p.matcher(t);
                if (m.find(Math.min(from, t.length()))) return m;
                Thread.sleep(20);
            }
            throw new AssertionError("the console never showed /" + regex + "/; it showed:\n" + text());
        }
    }

    @Test
    void healthAndMetricsFollowQuestionsAndReloads() throws Exception {
        Path data = Fixtures.copyCorpus(tmp);
        ConsoleCommand console = new ConsoleCommand();
        console.options.data = data;
        console.options.index = tmp.resolve("index");
        console.options.config = Path.of("config");
        console.endpoint = new InetSocketAddress("127.0.0.1", 0);
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(keys, 1 << 16);
        Screen screen = new Screen();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> exit = runner.submit(() -> console.run(stdin, new PrintStream(screen, true, StandardCharsets.UTF_8)));
            String base = screen.await("Health and metrics: (http://127\\.0\\.0\\.1:\\d+)/healthz", 0).group(1);
            screen.await("RedCarpet is ready: 6 articles", 0);

            HttpResponse<String> health = Http.get(base + "/healthz");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json");
            JsonNode h = JSON.readTree(health.body());
            assertThat(h.path("status").asText()).isEqualTo("ok");
            assertThat(h.path("gateway").path("mode").asText()).isEqualTo("console");
            assertThat(h.path("index").path("articles").asInt()).isEqualTo(6);
            long generation = h.path("index").path("generation").asLong();
            assertThat(generation).isPositive();
            assertThat(h.path("index").path("ageSeconds").asLong()).isNotNegative();
            assertThat(h.path("lastReload").path("ok").asBoolean()).isTrue();
            assertThat(h.path("lastReload").path("summary").asText()).contains("added 6");

            HttpResponse<String> before = Http.get(base + "/metrics");
            assertThat(before.statusCode()).isEqualTo(200);
            assertThat(before.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");
            assertThat(value(before.body(), ASK_ANSWERED)).isZero();
            assertThat(value(before.body(), "redcarpet_index_articles")).isEqualTo(6);
            assertThat(before.body()).contains("jvm_memory_used_bytes");

            int mark = screen.text().length();
            type(keys, "what did ines duval wear to the oscars");
            screen.await("Versace", mark);
            type(keys, "/person nobody anyone knows");
            mark = screen.text().length();
            type(keys, "/sources");
            screen.await("6 articles\\.", mark);

            String after = Http.get(base + "/metrics").body();
            assertThat(value(after, ASK_ANSWERED)).isEqualTo(1);
            assertThat(value(after, "redcarpet_questions_total{command=\"person\",outcome=\"not_found\"}")).isEqualTo(1);
            assertThat(value(after, "redcarpet_answer_seconds_count{command=\"ask\"}")).isEqualTo(1);
            assertThat(value(after, "redcarpet_answer_seconds_bucket{command=\"ask\",le=\"+Inf\"}")).isEqualTo(1);
            assertThat(value(after, "redcarpet_answer_seconds_sum{command=\"ask\"}")).isPositive();
            assertThat(value(after, "redcarpet_errors_total{where=\"engine\"}")).isZero();

            // A new article and /reload: a new index generation, counted, and stamped for other processes.
            Files.writeString(data.resolve("2025-09-01-juno-vale-venice.txt"), """
                    title: Juno Vale glides into Venice
                    source: Lagoon Style
                    url: https://example.org/venice/juno-vale
                    date: 2025-09-01

                    Singer Juno Vale arrived at the Venice Film Festival in a pale blue silk slip dress by Prada.
                    """, StandardCharsets.UTF_8);
            mark = screen.text().length();
            type(keys, "/reload");
            screen.await("Reloaded: added 1", mark);
            h = JSON.readTree(Http.get(base + "/healthz").body());
            assertThat(h.path("index").path("articles").asInt()).isEqualTo(7);
            assertThat(h.path("index").path("generation").asLong()).isGreaterThan(generation);
            assertThat(h.path("lastReload").path("summary").asText()).startsWith("added 1,");
            String reloaded = Http.get(base + "/metrics").body();
            assertThat(value(reloaded, "redcarpet_reloads_total{result=\"ok\"}")).isEqualTo(1);
            assertThat(value(reloaded, "redcarpet_reload_articles_total{change=\"added\"}")).isEqualTo(1);
            assertThat(value(reloaded, "redcarpet_index_articles")).isEqualTo(7);
            assertThat(data.resolve(ReloadWatcher.STAMP)).isRegularFile();

            // data/ gone: the reload fails, the console says so, health turns 503 until data/ is back.
            Path moved = Files.move(data, tmp.resolve("data-away"));
            mark = screen.text().length();
            type(keys, "/reload");
            screen.await("Reload failed, still answering from the previous index: data folder .* does not exist", mark);
            HttpResponse<String> failing = Http.get(base + "/healthz");
            assertThat(failing.statusCode()).isEqualTo(503);
            h = JSON.readTree(failing.body());
            assertThat(h.path("status").asText()).isEqualTo("failing");
            assertThat(h.path("problems").toString()).contains("the last reload failed").contains("does not exist");
            assertThat(h.path("index").path("articles").asInt()).as("still answering from the old index").isEqualTo(7);
            String broken = Http.get(base + "/metrics").body();
            assertThat(value(broken, "redcarpet_reloads_total{result=\"failed\"}")).isEqualTo(1);
            assertThat(value(broken, "redcarpet_errors_total{where=\"engine\"}")).isEqualTo(1);
            assertThat(value(broken, "redcarpet_healthy")).isZero();

            Files.move(moved, data);
            mark = screen.text().length();
            type(keys, "/reload");
            screen.await("Reloaded: ", mark);
            assertThat(Http.get(base + "/healthz").statusCode()).isEqualTo(200);

            assertThat(Http.get(base + "/nothing-here").statusCode()).isEqualTo(404);
            type(keys, "/quit");
            assertThat(exit.get(60, TimeUnit.SECONDS)).isZero();
        } finally {
            keys.close();
            runner.shutdownNow();
        }
    }

    private static void type(PipedOutputStream keys, String line) throws IOException {
        keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keys.flush();
    }
}
