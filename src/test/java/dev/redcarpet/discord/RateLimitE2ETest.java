package dev.redcarpet.discord;

import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.fakediscord.FakeDiscord;
import dev.redcarpet.fakediscord.FakeDiscord.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static dev.redcarpet.fakediscord.FakeDiscord.BOT_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.CHANNEL_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** The bot's own rate limits, with a long cooldown and a small per-server budget, against the fake Discord. */
class RateLimitE2ETest {
    @TempDir
    static Path var;
    static FakeDiscord fake;
    static DiscordBot bot;

    @BeforeAll
    static void start() throws Exception {
        fake = new FakeDiscord();
        Config config = new ConfigLoader(Map.of(
                "REDCARPET_DISCORD_USER_COOLDOWN_SECONDS", "600",
                "REDCARPET_DISCORD_GUILD_PER_MINUTE", "3",
                "REDCARPET_DISCORD_GUILD_IDS", FakeDiscord.GUILD_ID)).load(null);
        bot = DiscordBot.start(new FixtureBackend(), config, "fake-token-not-real",
                new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), var, Duration.ofSeconds(2), Clock.systemUTC()));
    }

    @AfterAll
    static void stop() {
        if (bot != null) bot.close();
        if (fake != null) fake.close();
        OutgoingChecks.assertAllSafe(fake.requests());
    }

    private static Response ask(String user, String question) {
        return fake.responseOf(fake.slash(user, "ask", Map.of("question", question)));
    }

    @Test
    void aUserCooldownAndAServerBudgetAreEnforcedWithAPrivateNotice() {
        Response first = ask("1600000000000000001", "What did Milo Ferrand wear?");
        assertThat(first.embed().path("description").asText()).contains("Ostrander");

        Response again = ask("1600000000000000001", "And Aurora Vance?");
        assertThat(again.ephemeral()).isTrue();
        assertThat(again.embed().path("title").asText()).isEqualTo("Slow down");
        assertThat(again.embed().path("description").asText()).startsWith("Easy there! You can ask again in");

        // The cooldown covers @mentions too.
        String id = fake.message("1600000000000000001", CHANNEL_ID, "<@" + BOT_ID + "> Aurora Vance?", true);
        FakeDiscord.RecordedRequest notice = fake.await("a slow-down reply", r -> r.is("POST", "/api/v10/channels/" + CHANNEL_ID + "/messages")
                && r.json().path("message_reference").path("message_id").asText().equals(id));
        assertThat(notice.json().path("embeds").path(0).path("title").asText()).isEqualTo("Slow down");

        assertThat(ask("1600000000000000002", "Milo Ferrand?").embed().path("description").asText()).contains("Ostrander");
        assertThat(ask("1600000000000000003", "Milo Ferrand?").embed().path("description").asText()).contains("Ostrander");
        Response over = ask("1600000000000000004", "Milo Ferrand?");
        assertThat(over.ephemeral()).isTrue();
        assertThat(over.embed().path("description").asText()).startsWith("This server has asked a lot of questions this minute");

        // Help is not a question: it is never rate-limited.
        assertThat(fake.responseOf(fake.slash("1600000000000000001", "help", Map.of())).embed().path("title").asText())
                .isEqualTo("RedCarpet help");
    }
}
