package dev.redcarpet.discord;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.fakediscord.FakeDiscord;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Start-up: shard total and range reach Discord's IDENTIFY; bad settings and a wrong token fail with one line. */
class StartupE2ETest {
    @TempDir
    Path var;

    private static Config config(String total, String shards) {
        return new ConfigLoader(Map.of("REDCARPET_DISCORD_SHARD_TOTAL", total, "REDCARPET_DISCORD_SHARDS", shards)).load(null);
    }

    @Test
    void runsOnlyTheConfiguredShardsAndNeverAsksForMessageContent() throws Exception {
        try (FakeDiscord fake = new FakeDiscord()) {
            try (DiscordBot bot = DiscordBot.start(new FixtureBackend(), config("3", "1-2"), "fake-token-not-real",
                    new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), var, Duration.ofSeconds(2), Clock.systemUTC()))) {
                assertThat(bot.shardManager().getShardsTotal()).isEqualTo(3);
                List<JsonNode> identifies = fake.identifies();
                assertThat(identifies).extracting(d -> d.path("shard").toString())
                        .containsExactlyInAnyOrder("[1,3]", "[2,3]");
                for (JsonNode d : identifies) {
                    long intents = d.path("intents").asLong();
                    assertThat(intents & GatewayIntent.MESSAGE_CONTENT.getRawValue()).as("no privileged content intent").isZero();
                    assertThat(intents & GatewayIntent.GUILD_MESSAGES.getRawValue()).isNotZero();
                    assertThat(intents & GatewayIntent.GUILD_MEMBERS.getRawValue()).isZero();
                }
                // Global registration when no guild ids are configured, done once per process.
                fake.await("global command registration", r -> r.is("PUT", "/api/v10/applications/" + FakeDiscord.BOT_ID + "/commands"));
            }
        }
    }

    @Test
    void aShardRangeWithoutATotalOrBeyondItIsRefusedInOneLine() {
        DiscordBot.Options options = new DiscordBot.Options("http://127.0.0.1:9/api/v10/", "ws://127.0.0.1:9", var, Duration.ofSeconds(1), Clock.systemUTC());
        assertThatThrownBy(() -> DiscordBot.start(new FixtureBackend(), config("-1", "0-3"), "t", options))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("discord.shardTotal is not set");
        assertThatThrownBy(() -> DiscordBot.start(new FixtureBackend(), config("4", "2-4"), "t", options))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("within 0-3");
        assertThatThrownBy(() -> DiscordBot.start(new FixtureBackend(), config("4", "0"), " ", options))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DISCORD_TOKEN");
    }

    @Test
    void aWrongTokenFailsWithOneLineAndTheTokenIsNeverLogged() throws Exception {
        ListAppender<ILoggingEvent> all = new ListAppender<>();
        all.start();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(all);
        String token = "bad-secret-token-4711";
        try (FakeDiscord fake = new FakeDiscord()) {
            DiscordBot.Options options = new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), var, Duration.ofSeconds(1), Clock.systemUTC());
            assertThatThrownBy(() -> DiscordBot.start(new FixtureBackend(), config("1", "0"), token, options))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("could not connect to Discord")
                    .hasMessageNotContaining(token);
            assertThat(fake.identifies()).isEmpty();
        } finally {
            root.detachAppender(all);
        }
        assertThat(all.list).isNotEmpty().noneMatch(e -> e.getFormattedMessage().contains("secret-token"));
    }
}
