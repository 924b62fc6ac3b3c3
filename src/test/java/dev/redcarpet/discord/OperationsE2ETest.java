package dev.redcarpet.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.fakediscord.FakeDiscord;
import dev.redcarpet.ops.Http;
import dev.redcarpet.ops.Operations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import static dev.redcarpet.fakediscord.FakeDiscord.FAN_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.GUILD_ID;
import static dev.redcarpet.ops.Http.value;
import static org.assertj.core.api.Assertions.assertThat;

/** The bot on the fake Discord with the endpoint on: shard health, question and cooldown counters, reconnects, log context. */
class OperationsE2ETest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "fake-token-not-real-4242";

    @TempDir
    Path tmp;

    @Test
    void endpointsReportShardsQuestionsCooldownsAndReconnects() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/discord/articles"))) {
            for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
        }
        Config config = new ConfigLoader(Map.of(
                "REDCARPET_DISCORD_USER_COOLDOWN_SECONDS", "600",
                "REDCARPET_DISCORD_GUILD_PER_MINUTE", "0",
                "REDCARPET_DISCORD_GUILD_IDS", GUILD_ID,
                "REDCARPET_DISCORD_SHARD_TOTAL", "1"))
                .load(null).withData(data).withIndex(tmp.resolve("index"));

        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger discordLog = (Logger) LoggerFactory.getLogger("dev.redcarpet");
        Level level = discordLog.getLevel();
        discordLog.setLevel(Level.INFO);
        root.addAppender(logs);
        try (Engine engine = Engine.open(config);
             Operations ops = Operations.start(engine, new InetSocketAddress("127.0.0.1", 0), Duration.ofHours(1));
             FakeDiscord fake = new FakeDiscord()) {
            String base = ops.url();
            ops.expectGateway();
            HttpResponse<String> connecting = Http.get(base + "/healthz");
            assertThat(connecting.statusCode()).as("unhealthy until the gateway is up").isEqualTo(503);
            assertThat(connecting.body()).contains("not connected to Discord yet");

            DiscordBot.Options options = new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), tmp.resolve("var"),
                    DiscordBot.Options.defaults().deferAfter(), Clock.systemUTC()).withEvents(ops.botEvents());
            try (DiscordBot bot = DiscordBot.start(new EngineBackend(engine), config, TOKEN, options)) {
                ops.watch(bot);
                HttpResponse<String> up = Http.get(base + "/healthz");
                assertThat(up.statusCode()).isEqualTo(200);
                JsonNode h = JSON.readTree(up.body());
                assertThat(h.path("gateway").path("mode").asText()).isEqualTo("discord");
                assertThat(h.path("gateway").path("shards").toString()).isEqualTo("[{\"id\":0,\"status\":\"CONNECTED\"}]");
                assertThat(h.path("index").path("articles").asInt()).isEqualTo(3);
                String m0 = Http.get(base + "/metrics").body();
                assertThat(value(m0, "redcarpet_shards_connected")).isEqualTo(1);
                assertThat(value(m0, "redcarpet_questions_total{command=\"ask\",outcome=\"answered\"}")).isZero();

                FakeDiscord.Response answer = fake.responseOf(fake.slash(FAN_ID, "ask",
                        Map.of("question", "What did Zendaya wear to the 2025 Met Gala?")));
                assertThat(answer.text()).contains("Margiela");
                FakeDiscord.Response refused = fake.responseOf(fake.slash(FAN_ID, "ask",
                        Map.of("question", "And in 2024?")));
                assertThat(refused.text()).contains("Slow down");

                String m1 = Http.get(base + "/metrics").body();
                assertThat(value(m1, "redcarpet_questions_total{command=\"ask\",outcome=\"answered\"}")).isEqualTo(1);
                assertThat(value(m1, "redcarpet_answer_seconds_count{command=\"ask\"}")).isEqualTo(1);
                assertThat(value(m1, "redcarpet_cooldown_hits_total{scope=\"user\"}")).isEqualTo(1);
                assertThat(value(m1, "redcarpet_cooldown_hits_total{scope=\"server\"}")).isZero();
                assertThat(value(m1, "redcarpet_errors_total{where=\"discord\"}")).isZero();

                // The network drops: every shard resumes, and the reconnect is counted.
                fake.dropGatewaySessions();
                String m2 = awaitMetric(base, "redcarpet_gateway_reconnects_total{kind=\"resumed\"}", 1);
                assertThat(value(m2, "redcarpet_gateway_reconnects_total{kind=\"recreated\"}")).isZero();
                assertThat(awaitHealth(base, 200)).contains("CONNECTED");
            }
        } finally {
            root.detachAppender(logs);
            discordLog.setLevel(level);
        }

        ILoggingEvent answered = logs.list.stream().filter(e -> e.getFormattedMessage().startsWith("Answered in")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'Answered in' log line"));
        Map<String, String> mdc = answered.getMDCPropertyMap();
        assertThat(mdc).containsEntry("command", "ask").containsEntry("guild", GUILD_ID)
                .containsEntry("user", LogContext.hash(FAN_ID)).containsKey("latency_ms");
        assertThat(mdc.get("latency_ms")).matches("\\d+");
        assertThat(mdc.get("user")).matches("[0-9a-f]{12}");
        assertThat(logs.list).anySatisfy(e -> {
            assertThat(e.getFormattedMessage()).contains("rate limit");
            assertThat(e.getMDCPropertyMap()).containsEntry("user", LogContext.hash(FAN_ID));
        });
        assertThat(logs.list).allSatisfy(e -> {
            String all = e.getFormattedMessage() + " " + e.getMDCPropertyMap();
            assertThat(all).doesNotContain(FAN_ID).doesNotContain(TOKEN);
        });
    }

    /** Polls /metrics (up to 30 s) until the series reaches at least the value; returns the text. */
    private static String awaitMetric(String base, String series, double atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String text = "";
        while (System.nanoTime() < deadline) {
            text = Http.get(base + "/metrics").body();
            if (value(text, series) >= atLeast) return text;
            Thread.sleep(50);
        }
        throw new AssertionError(series + " never reached " + atLeast + ":\n" + text);
    }

    private static String awaitHealth(String base, int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> r = null;
        while (System.nanoTime() < deadline) {
            r = Http.get(base + "/healthz");
            if (r.statusCode() == status) return r.body();
            Thread.sleep(50);
        }
        throw new AssertionError("/healthz never answered " + status + "; last: " + (r == null ? "none" : r.body()));
    }
}
