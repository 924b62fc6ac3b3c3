package dev.redcarpet.discord;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.fakediscord.FakeDiscord;
import dev.redcarpet.fakediscord.FakeDiscord.Interaction;
import dev.redcarpet.fakediscord.FakeDiscord.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.redcarpet.fakediscord.FakeDiscord.ADMIN_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.BOT_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.CHANNEL_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.FAN_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.GUILD_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.THREAD_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Drives the real JDA client against the fake Discord: every command, autocomplete, buttons, mentions, admin. */
class DiscordBotE2ETest {
    @TempDir
    static Path var;

    static FakeDiscord fake;
    static FixtureBackend backend;
    static DiscordBot bot;
    static Config config;
    static ListAppender<ILoggingEvent> logs;

    @BeforeAll
    static void start() throws Exception {
        fake = new FakeDiscord();
        backend = new FixtureBackend();
        config = new ConfigLoader(Map.of(
                "REDCARPET_DISCORD_USER_COOLDOWN_SECONDS", "0",
                "REDCARPET_DISCORD_GUILD_PER_MINUTE", "0",
                "REDCARPET_DISCORD_GUILD_IDS", GUILD_ID,
                "REDCARPET_DISCORD_MAX_INGEST_BYTES", "2000",
                "REDCARPET_DISCORD_SHARD_TOTAL", "1",
                "REDCARPET_DISCORD_SHARDS", "0")).load(null);
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(BotListener.class)).addAppender(logs);
        bot = startBot();
    }

    static DiscordBot startBot() throws InterruptedException {
        return DiscordBot.start(backend, config, "fake-token-not-real",
                new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), var, Duration.ofSeconds(2), Clock.systemUTC()));
    }

    @AfterAll
    static void stop() {
        if (bot != null) bot.close();
        if (fake != null) fake.close();
    }

    @AfterEach
    void everyMessageSoFarPingsNobodyAndKeepsEmbedLimits() {
        OutgoingChecks.assertAllSafe(fake.requests());
    }

    private static Map<String, Object> opts(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static List<String> fieldNames(JsonNode embed) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : embed.path("fields")) out.add(f.path("name").asText());
        return out;
    }

    private static String fieldsText(JsonNode embed) {
        StringBuilder out = new StringBuilder();
        for (JsonNode f : embed.path("fields")) out.append(f.path("name").asText()).append('\n').append(f.path("value").asText()).append('\n');
        return out.toString();
    }

    @Test
    void registersTheCommandsInTheConfiguredServerWithAdminHiddenFromNonManagers() {
        FakeDiscord.RecordedRequest put = fake.await("command registration",
                r -> r.is("PUT", "/api/v10/applications/" + BOT_ID + "/guilds/" + GUILD_ID + "/commands"));
        List<String> names = new ArrayList<>();
        JsonNode admin = null;
        for (JsonNode c : put.json()) {
            names.add(c.path("name").asText());
            if (c.path("name").asText().equals("admin")) admin = c;
        }
        assertThat(names).containsExactlyInAnyOrder("ask", "event", "person", "quote", "sources", "help", "admin");
        assertThat(admin).isNotNull();
        assertThat(admin.path("default_member_permissions").asText()).isEqualTo("32");
        List<String> subs = new ArrayList<>();
        for (JsonNode s : admin.path("options")) subs.add(s.path("name").asText());
        assertThat(subs).containsExactlyInAnyOrder("reload", "stats", "ingest");
    }

    @Test
    void askAnswersWithAnEmbedOfAnswerQuotesLookAndLinkedSources() {
        Interaction i = fake.slash(FAN_ID, "ask", opts("question", "What did Aurora Vance wear?"));
        Response r = fake.responseOf(i);
        assertThat(r.ephemeral()).isFalse();
        JsonNode embed = r.embed();
        assertThat(embed.path("title").asText()).isEqualTo("What did Aurora Vance wear?");
        assertThat(embed.path("description").asText()).contains("moss-green Halden House gown");
        String fields = fieldsText(embed);
        assertThat(fields).contains("Aurora Vance — Halden House")
                .contains("**Color:** moss green [1]")
                .contains("“I wanted it to feel like a garden after the rain.”")
                .contains("— **[1]** Aurora Vance wears a moss-green gown by Halden House to the Lantern Gala, 2025-05-06")
                .contains("**[1]** [Aurora Vance wears a moss-green gown by Halden House to the Lantern Gala](https://news.example/aurora-lantern-gala-2025) · 2025-05-06")
                .contains("**[2]** Aurora Vance on shoes, rain and red carpets · 2025-05-07");
        assertThat(fields).doesNotContain("Honestly, the rain"); // the 4th quote waits for "More quotes"
        assertThat(r.customIds()).hasSize(4);
        assertThat(r.buttonId("Sources")).startsWith("rc:s:");
        assertThat(r.buttonId("More quotes")).startsWith("rc:q:");
        assertThat(r.buttonId("👍")).startsWith("rc:up:");
        assertThat(r.buttonId("👎")).startsWith("rc:dn:");
    }

    @Test
    void privateAskIsEphemeral() {
        Response r = fake.responseOf(fake.slash(FAN_ID, "ask", opts("question", "What did Milo wear?", "private", true)));
        assertThat(r.ephemeral()).isTrue();
        assertThat(r.embed().path("description").asText()).contains("Ostrander");
    }

    @Test
    void aSlowAnswerIsDeferredAndThenDelivered() {
        Interaction i = fake.slash(FAN_ID, "ask", opts("question", "Tell me slowly about Aurora's gown"));
        FakeDiscord.RecordedRequest callback = fake.callbackOf(i);
        assertThat(callback.json().path("type").asInt()).isEqualTo(5);
        backend.slow.countDown();
        Response r = fake.responseOf(i);
        assertThat(r.deferred()).isTrue();
        assertThat(r.embed().path("description").asText()).contains("Halden House");
        assertThat(r.customIds()).anyMatch(id -> id.startsWith("rc:s:"));
    }
}
