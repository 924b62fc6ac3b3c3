package dev.redcarpet.reliability;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.discord.BotBackend;
import dev.redcarpet.discord.DiscordBot;
import dev.redcarpet.discord.EngineBackend;
import dev.redcarpet.engine.Conversation;
import dev.redcarpet.engine.CorpusSummary;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.IngestReport;
import dev.redcarpet.engine.ReloadReport;
import dev.redcarpet.engine.Stats;
import dev.redcarpet.fakediscord.FakeDiscord;
import dev.redcarpet.fakediscord.FakeDiscord.Interaction;
import dev.redcarpet.fakediscord.FakeDiscord.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static dev.redcarpet.fakediscord.FakeDiscord.ADMIN_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.BOT_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.CHANNEL_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.FAN_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Faults through the fake Discord with the real engine: a dropped gateway, REST 429s and 5xxs,
 * an interaction during a reload, non-admins at /admin, and close while an answer is in flight.
 * Every log line of the run, at every level, is scanned for the token at the end.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DiscordFaultsE2ETest {
    /** Shaped like a real bot token, so a leak of any part of it shows. */
    static final String TOKEN = "MTE5OTk5OTk5OTk5OTk5OTk5OQ.GxYzAb.reliability-secret-4f9c2a7e1b";
    static final String QUESTION = "What did Zendaya wear to the 2025 Met Gala?";

    @TempDir
    static Path tmp;
    static FakeDiscord fake;
    static Engine engine;
    static HoldingBackend backend;
    static DiscordBot bot;
    static Config config;
    static CapturedLogs logs;

    /** The real engine; a reload or an answer can be held until the test lets it go. */
    static final class HoldingBackend extends dev.redcarpet.discord.ForwardingBackend {
        volatile CountDownLatch holdReload;
        volatile CountDownLatch holdAsk;
        final java.util.concurrent.Semaphore askEntered = new java.util.concurrent.Semaphore(0);
        final CountDownLatch reloadStarted = new CountDownLatch(1);
        final AtomicInteger reloads = new AtomicInteger();
        final AtomicInteger ingests = new AtomicInteger();

        HoldingBackend(EngineBackend real) {
            super(real);
        }

        private static void await(CountDownLatch l) {
            if (l == null) return;
            try {
                l.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public Answer ask(String question, Conversation context) {
            CountDownLatch hold = holdAsk;
            if (hold != null) askEntered.release();
            await(hold);
            return real.ask(question, context);
        }

        @Override
        public ReloadReport reload(boolean force) {
            reloads.incrementAndGet();
            reloadStarted.countDown();
            await(holdReload);
            return real.reload(force);
        }

        @Override
        public IngestReport ingest(String fileName, byte[] content) {
            ingests.incrementAndGet();
            return real.ingest(fileName, content);
        }








    }

    @BeforeAll
    static void start() throws Exception {
        logs = CapturedLogs.all();
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("articles"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/discord/articles"))) {
            for (Path f : files.toList()) Files.copy(f, data.resolve("articles").resolve(f.getFileName()));
        }
        config = new ConfigLoader(Map.of(
                "REDCARPET_DISCORD_USER_COOLDOWN_SECONDS", "0",
                "REDCARPET_DISCORD_GUILD_PER_MINUTE", "0",
                "REDCARPET_DISCORD_GUILD_IDS", GUILD_ID,
                "REDCARPET_DISCORD_SHARD_TOTAL", "1"))
                .load(null).withData(data).withIndex(tmp.resolve("index"));
        engine = Engine.open(config);
        backend = new HoldingBackend(new EngineBackend(engine));
        fake = new FakeDiscord();
        bot = startBot();
    }

    static DiscordBot startBot() throws InterruptedException {
        return DiscordBot.start(backend, config, TOKEN,
                new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), tmp.resolve("var"), DiscordBot.MAX_DEFER_AFTER, Clock.systemUTC()));
    }

    @AfterAll
    static void stop() {
        if (bot != null) bot.close();
        if (fake != null) fake.close();
        if (engine != null) engine.close();
        if (logs != null) logs.close();
    }

    static Map<String, Object> opts(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    static String shown(Response r) {
        return r.embed().toString();
    }

    static Response ask(String question) {
        return fake.responseOf(fake.slash(FAN_ID, "ask", opts("question", question)));
    }

    static void waitFor(String what, java.util.function.BooleanSupplier ok) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!ok.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    @Test
    @Order(1)
    void afterTheGatewayDropsTheBotReconnectsAndAnswersTheNextInteraction() throws Exception {
        assertThat(shown(ask(QUESTION))).contains("Margiela");
        int identifies = fake.identifies().size();
        fake.dropGateway();
        waitFor("the bot to connect again", () -> fake.connectedSessions() == 1 && fake.identifies().size() > identifies);
        Response r = ask(QUESTION);
        assertThat(shown(r)).contains("Margiela");
        assertThat(fake.identifies().getLast().path("token").asText()).isEqualTo(TOKEN);
    }

    @Test
    @Order(2)
    void aRateLimitedInteractionCallbackIsRetriedAndTheReplyArrives() {
        fake.rateLimitNext("POST", "/api/v10/interactions/\\d+/[^/]+/callback", 2);
        Interaction i = fake.slash(FAN_ID, "ask", opts("question", QUESTION));
        Response r = fake.responseOf(i);
        assertThat(shown(r)).contains("Margiela");
        assertThat(fake.requests()).anyMatch(q -> q.status() == 429 && q.path().contains(i.id()));
    }

    @Test
    @Order(3)
    void serverErrorsOnTheCallbackAreRetriedAndTheReplyArrives() {
        fake.failNext("POST", "/api/v10/interactions/\\d+/[^/]+/callback", 1, 502);
        Interaction i = fake.slash(FAN_ID, "ask", opts("question", QUESTION));
        Response r = fake.responseOf(i);
        assertThat(shown(r)).contains("Margiela");
        assertThat(fake.requests()).anyMatch(q -> q.status() == 502 && q.path().contains(i.id()));
    }

    @Test
    @Order(3)
    void a500OnAPublicCallbackStillDeliversTheAnswerInTheChannel() {
        for (int status : new int[]{500}) {
            fake.failNext("POST", "/api/v10/interactions/\\d+/[^/]+/callback", 1, status);
            Interaction i = fake.slash(FAN_ID, "ask", opts("question", QUESTION));
            FakeDiscord.RecordedRequest posted = fake.await("the answer posted in the channel after a " + status,
                    r -> r.status() == 200 && r.is("POST", "/api/v10/channels/" + CHANNEL_ID + "/messages")
                            && r.json().path("embeds").path(0).toString().contains("Margiela"));
            assertThat(posted.json().path("allowed_mentions").path("parse").size()).isZero();
            assertThat(fake.requests()).anyMatch(q -> q.status() == status && q.path().contains(i.id()));
        }
    }

    @Test
    @Order(4)
    void a500OnAMentionReplyIsSentAgain() {
        fake.failNext("POST", "/api/v10/channels/" + CHANNEL_ID + "/messages", 1, 500);
        String id = fake.message(FAN_ID, CHANNEL_ID, "<@" + BOT_ID + "> " + QUESTION, true);
        FakeDiscord.RecordedRequest ok = fake.await("the reply after a 500", r -> r.status() == 200
                && r.is("POST", "/api/v10/channels/" + CHANNEL_ID + "/messages")
                && r.json().path("message_reference").path("message_id").asText().equals(id));
        assertThat(ok.json().path("embeds").path(0).toString()).contains("Margiela");
    }

    @Test
    @Order(4)
    void serverErrorsAndRateLimitsOnAMentionReplyAreRetried() {
        fake.failNext("POST", "/api/v10/channels/" + CHANNEL_ID + "/messages", 1, 502);
        fake.rateLimitNext("POST", "/api/v10/channels/" + CHANNEL_ID + "/messages", 1);
        String id = fake.message(FAN_ID, CHANNEL_ID, "<@" + BOT_ID + "> " + QUESTION, true);
        FakeDiscord.RecordedRequest ok = fake.await("the reply after a 502 and a 429", r -> r.status() == 200
                && r.is("POST", "/api/v10/channels/" + CHANNEL_ID + "/messages")
                && r.json().path("message_reference").path("message_id").asText().equals(id));
        assertThat(ok.json().path("embeds").path(0).toString()).contains("Margiela");
    }

    @Test
    @Order(5)
    void anInteractionDuringAReloadIsAnswered() throws Exception {
        backend.holdReload = new CountDownLatch(1);
        try {
            Interaction reload = fake.subcommand(ADMIN_ID, "admin", "reload", opts(), null);
            assertThat(backend.reloadStarted.await(20, TimeUnit.SECONDS)).isTrue();
            Response r = ask(QUESTION); // while the reload is running
            assertThat(shown(r)).contains("Margiela");
            backend.holdReload.countDown();
            assertThat(fake.responseOf(reload).embed().path("description").asText()).contains("unchanged 3");
        } finally {
            backend.holdReload.countDown();
            backend.holdReload = null;
        }
    }

    @Test
    @Order(6)
    void adminCommandsAreRefusedInCodeForAFanAndLogged() throws Exception {
        int reloads = backend.reloads.get();
        byte[] file = "Zendaya wore a green gown to the 2025 Met Gala.".getBytes(StandardCharsets.UTF_8);
        FakeDiscord.Attachment a = fake.attachment("sneaky.txt", file, file.length);
        for (Interaction i : List.of(
                fake.subcommand(FAN_ID, "admin", "reload", opts(), null),
                fake.subcommand(FAN_ID, "admin", "stats", opts(), null),
                fake.subcommand(FAN_ID, "admin", "ingest", opts("file", a), FakeDiscord.resolved(a)),
                fake.subcommand(FAN_ID, "admin", "nonsense", opts(), null))) {
            Response r = fake.responseOf(i);
            assertThat(r.ephemeral()).isTrue();
            assertThat(r.embed().path("title").asText()).isEqualTo("Admins only");
        }
        assertThat(backend.reloads.get()).isEqualTo(reloads);
        assertThat(backend.ingests.get()).isZero();
        assertThat(fake.requests()).noneMatch(q -> q.path().endsWith("/sneaky.txt"));
        assertThat(Files.exists(config.data().resolve("ingested"))).isFalse();
        for (String sub : List.of("reload", "stats", "ingest", "nonsense")) {
            // logged with a hash of the user in the log context, never the raw id
            assertThat(logs.events()).anyMatch(e -> e.getLevel() == Level.WARN
                    && e.getFormattedMessage().contains("Refused /admin " + sub)
                    && e.getMDCPropertyMap().get("user") != null
                    && !e.getMDCPropertyMap().get("user").contains(FAN_ID)
                    && !e.getFormattedMessage().contains(FAN_ID));
        }
    }

    @Test
    @Order(7)
    void theBotStopsWithAnAnswerInFlightAndStillDeliversIt() throws Exception {
        backend.holdAsk = new CountDownLatch(1);
        Interaction i;
        Thread closer;
        try {
            i = fake.slash(FAN_ID, "ask", opts("question", QUESTION));
            assertThat(backend.askEntered.tryAcquire(20, TimeUnit.SECONDS)).as("the question reached the engine").isTrue();
            closer = new Thread(bot::close, "closer");
            closer.start();
            Thread.sleep(200); // close has begun while the answer is in flight
        } finally {
            backend.holdAsk.countDown();
            backend.holdAsk = null;
        }
        closer.join(30_000);
        assertThat(closer.isAlive()).isFalse();
        assertThat(shown(fake.responseOf(i))).contains("Margiela");
        bot = startBot();
        assertThat(shown(ask(QUESTION))).contains("Margiela");
    }

    @Test
    @Order(8)
    void aWrongTokenFailsWithoutShowingIt() {
        String bad = "bad" + TOKEN;
        Throwable t = catchThrowable(() -> DiscordBot.start(backend, config, bad,
                new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), tmp.resolve("var2"), Duration.ofSeconds(2), Clock.systemUTC())));
        assertThat(t).isNotNull();
        for (Throwable c = t; c != null; c = c.getCause()) {
            assertThat(String.valueOf(c.getMessage())).doesNotContain(TOKEN).doesNotContain(TOKEN.substring(TOKEN.lastIndexOf('.') + 1));
        }
    }

    @Test
    @Order(9)
    void theTokenAppearsNowhereInTheLogsOfTheWholeRunNorInStats() {
        Response stats = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "stats", opts(), null));
        assertThat(stats.text()).doesNotContain(TOKEN);
        // The fake Discord's own WebSocket server (org.java_websocket) logs the frames it receives; it is not the bot.
        List<ch.qos.logback.classic.spi.ILoggingEvent> bots = logs.events().stream()
                .filter(e -> !e.getLoggerName().startsWith("org.java_websocket")).toList();
        StringBuilder text = new StringBuilder();
        for (var e : bots) text.append(CapturedLogs.fullText(e)).append('\n');
        String all = text.toString();
        for (var e : bots) {
            assertThat(CapturedLogs.fullText(e)).as("log line of %s", e.getLoggerName()).doesNotContain(TOKEN.substring(TOKEN.lastIndexOf('.') + 1));
        }
        assertThat(bots.size()).as("log events of the bot and JDA captured").isGreaterThan(50);
        assertThat(all).contains("Discord bot ready");
        String secretPart = TOKEN.substring(TOKEN.lastIndexOf('.') + 1);
        assertThat(all).doesNotContain(TOKEN).doesNotContain(secretPart).doesNotContain(TOKEN.substring(0, TOKEN.indexOf('.')));
        for (FakeDiscord.RecordedRequest r : fake.requests()) {
            assertThat(r.body()).as("body of %s %s", r.method(), r.path()).doesNotContain(secretPart);
        }
        System.out.printf("token scan: %d log events of the bot and JDA at every level, %d requests, no token%n", bots.size(), fake.requests().size());
    }
}
