package dev.redcarpet.discord;

import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.fakediscord.FakeDiscord;
import dev.redcarpet.fakediscord.FakeDiscord.Interaction;
import dev.redcarpet.fakediscord.FakeDiscord.RecordedRequest;
import dev.redcarpet.fakediscord.FakeDiscord.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.redcarpet.fakediscord.FakeDiscord.BOT_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.CHANNEL_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.FAN_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How interactions are acknowledged. By default work that asks the engine is deferred at once and
 * the answer edited in, however quick the engine; replies with nothing to ask the engine (help,
 * feedback, autocomplete) are the callback itself. With {@code deferAfter} set, a quick answer is
 * the callback itself.
 */
class AcknowledgementModesE2ETest {
    @TempDir
    Path var;

    private DiscordBot start(FakeDiscord fake, Duration deferAfter) throws InterruptedException {
        return start(fake, new FixtureBackend(), new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), var, deferAfter, Clock.systemUTC()));
    }

    private static DiscordBot start(FakeDiscord fake, BotBackend backend, DiscordBot.Options options) throws InterruptedException {
        Config config = new ConfigLoader(Map.of(
                "REDCARPET_DISCORD_USER_COOLDOWN_SECONDS", "0",
                "REDCARPET_DISCORD_GUILD_PER_MINUTE", "0",
                "REDCARPET_DISCORD_GUILD_IDS", GUILD_ID,
                "REDCARPET_DISCORD_SHARD_TOTAL", "1")).load(null);
        return DiscordBot.start(backend, config, "fake-token-not-real", options);
    }

    private static int indexOf(FakeDiscord fake, RecordedRequest wanted) {
        return fake.requests().indexOf(wanted);
    }

    @Test
    void byDefaultEngineWorkIsDeferredAtOnceAndEverythingElseAnsweredInTheCallback() throws Exception {
        try (FakeDiscord fake = new FakeDiscord(); DiscordBot bot = start(fake, DiscordBot.Options.defaults().deferAfter())) {
            for (String command : List.of("ask", "event", "person", "quote", "sources")) {
                Map<String, Object> options = switch (command) {
                    case "ask" -> Map.of("question", "What did Aurora Vance wear?");
                    case "event" -> Map.of("name", "Lantern Gala");
                    case "person" -> Map.of("name", "Aurora Vance");
                    case "quote" -> Map.of("person", "Aurora Vance");
                    default -> Map.of();
                };
                Interaction i = fake.slash(FAN_ID, command, options);
                RecordedRequest callback = fake.callbackOf(i);
                Response r = fake.responseOf(i);
                assertThat(r.callbackType()).as("/%s is deferred", command).isEqualTo(5);
                assertThat(r.embed().path("title").asText()).as("/%s then shows its answer", command).isNotBlank();
                RecordedRequest edit = fake.await("the edit", q -> q.is("PATCH", "/api/v10/webhooks/" + BOT_ID + "/" + i.token() + "/messages/@original"));
                assertThat(indexOf(fake, callback)).as("/%s acknowledged before its answer is sent", command).isLessThan(indexOf(fake, edit));
            }
            Response answer = fake.responseOf(fake.slash(FAN_ID, "event", Map.of("name", "Lantern Gala")));
            assertThat(fake.responseOf(fake.click(FAN_ID, answer.buttonId("Next ▶"), answer.message())).callbackType())
                    .as("a page turn is a silent deferEdit").isEqualTo(6);
            Response sources = fake.responseOf(fake.click(FAN_ID, answer.buttonId("Sources"), answer.message()));
            assertThat(sources.callbackType()).isEqualTo(5);
            assertThat(sources.ephemeral()).isTrue();

            assertThat(fake.responseOf(fake.slash(FAN_ID, "help", Map.of())).callbackType()).as("/help").isEqualTo(4);
            assertThat(fake.responseOf(fake.click(FAN_ID, answer.buttonId("👍"), answer.message())).callbackType()).as("👍").isEqualTo(4);
            assertThat(fake.callbackOf(fake.autocomplete(FAN_ID, "person", "name", "aur")).json().path("type").asInt())
                    .as("autocomplete").isEqualTo(8);
            assertThat(fake.rejections()).isEmpty();
            OutgoingChecks.assertAllSafe(fake.requests());
        }
    }

    @Test
    void whenDiscordFailsTheDeferralWithAServerErrorAPublicAnswerIsPostedInTheChannel() throws Exception {
        try (FakeDiscord fake = new FakeDiscord(); DiscordBot bot = start(fake, DiscordBot.Options.defaults().deferAfter())) {
            fake.failNext("POST", "/api/v10/interactions/\\d+/[^/]+/callback", 1, 500);
            Interaction i = fake.slash(FAN_ID, "ask", Map.of("question", "What did Milo Ferrand wear?"));
            RecordedRequest posted = fake.await("the answer posted in the channel",
                    r -> r.is("POST", "/api/v10/channels/" + CHANNEL_ID + "/messages") && r.status() == 200);
            assertThat(posted.json().path("embeds").path(0).path("description").asText()).contains("Ostrander");
            assertThat(fake.requests()).anyMatch(r -> r.status() == 500 && r.path().contains(i.id()));
        }
    }

    @Test
    void withDeferAfterSetAQuickAnswerIsTheCallbackAndAPageTurnEditsInPlace() throws Exception {
        try (FakeDiscord fake = new FakeDiscord(); DiscordBot bot = start(fake, DiscordBot.MAX_DEFER_AFTER)) {
            Response answer = fake.responseOf(fake.slash(FAN_ID, "event", Map.of("name", "Lantern Gala")));
            assertThat(answer.callbackType()).isEqualTo(4);
            Response page = fake.responseOf(fake.click(FAN_ID, answer.buttonId("Next ▶"), answer.message()));
            assertThat(page.callbackType()).isEqualTo(7);
            assertThat(page.embed().path("footer").path("text").asText()).startsWith("Page 2/");
            assertThat(fake.rejections()).isEmpty();
        }
    }

    @Test
    void anAnswerNotReadyWithinTheTokensLifetimeIsReplacedByAnApologyWhileTheTokenStillWorks() throws Exception {
        Duration lifetime = Duration.ofSeconds(2);
        FixtureBackend backend = new FixtureBackend();
        try (FakeDiscord fake = new FakeDiscord()) {
            fake.tokenLifetime(lifetime);
            DiscordBot.Options options = new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), var,
                    DiscordBot.Options.defaults().deferAfter(), Clock.systemUTC()).withTokenLifetime(lifetime);
            try (DiscordBot bot = start(fake, backend, options)) {
                Interaction i = fake.slash(FAN_ID, "ask", Map.of("question", "Tell me slowly about Aurora's gown"));
                assertThat(fake.callbackOf(i).json().path("type").asInt()).isEqualTo(5);
                RecordedRequest sorry = fake.await("the apology", r -> r.is("POST", "/api/v10/webhooks/" + BOT_ID + "/" + i.token()));
                assertThat(sorry.status()).as("sent while the token still works").isEqualTo(200);
                assertThat(sorry.json().path("embeds").path(0).toString()).contains("took too long");
                assertThat(sorry.json().path("flags").asInt() & 64).as("privately").isEqualTo(64);
                // the deletion follows the apology: wait for it rather than race it
                fake.await("the public \"thinking…\" removed",
                        r -> r.is("DELETE", "/api/v10/webhooks/" + BOT_ID + "/" + i.token() + "/messages/@original"));

                backend.slow.countDown(); // the answer comes too late and is dropped, not sent to an expired token
                Thread.sleep(500);
                assertThat(fake.requests()).noneMatch(r -> r.is("PATCH", "/api/v10/webhooks/" + BOT_ID + "/" + i.token() + "/messages/@original"));
                assertThat(fake.rejections()).isEmpty();
            }
        } finally {
            backend.slow.countDown();
        }
    }

    @Test
    void aDeferAfterThatCouldMissDiscordsDeadlineIsRefused() {
        for (Duration bad : List.of(Duration.ofMillis(-1), Duration.ofSeconds(3))) {
            assertThatThrownBy(() -> new DiscordBot.Options(null, null, var, bad, Clock.systemUTC()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("deferAfter must be between 0 and 2500 ms");
        }
    }
}
