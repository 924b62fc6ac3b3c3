package dev.redcarpet.discord;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.engine.Conversation;
import dev.redcarpet.engine.CorpusSummary;
import dev.redcarpet.engine.Stats;
import dev.redcarpet.fakediscord.FakeDiscord;
import dev.redcarpet.fakediscord.FakeDiscord.Interaction;
import dev.redcarpet.fakediscord.FakeDiscord.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.redcarpet.fakediscord.FakeDiscord.ADMIN_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.FAN_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every engine call takes 5 seconds, longer than Discord's 3-second acknowledgement deadline, which
 * the fake Discord enforces (a late callback is refused as "Unknown interaction"). Every kind of
 * interaction must still be acknowledged in time and then answered.
 */
class SlowEngineE2ETest {
    static final long ENGINE_MILLIS = 5_000;

    @TempDir
    static Path var;
    static FakeDiscord fake;
    static DiscordBot bot;
    static final AtomicInteger engineCalls = new AtomicInteger();

    /** The fixture answers, each after 5 seconds. */
    static final class Slow extends ForwardingBackend {
        Slow(BotBackend real) {
            super(real);
        }

        private static void think() {
            engineCalls.incrementAndGet();
            try {
                Thread.sleep(ENGINE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public Answer ask(String question, Conversation context) {
            think();
            return super.ask(question, context);
        }

        @Override
        public Answer event(String name, Integer year) {
            think();
            return super.event(name, year);
        }

        @Override
        public Answer person(String name, String event) {
            think();
            return super.person(name, event);
        }

        @Override
        public Stats stats() {
            think();
            return super.stats();
        }

        @Override
        public Answer quotes(String person, String topic) {
            think();
            return super.quotes(person, topic);
        }

        @Override
        public List<String> suggestPeople(String prefix, int max) {
            think();
            return super.suggestPeople(prefix, max);
        }

        @Override
        public CorpusSummary sources() {
            think();
            return super.sources();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        fake = new FakeDiscord();
        Config config = new ConfigLoader(Map.of(
                "REDCARPET_DISCORD_USER_COOLDOWN_SECONDS", "0",
                "REDCARPET_DISCORD_GUILD_PER_MINUTE", "0",
                "REDCARPET_DISCORD_GUILD_IDS", GUILD_ID,
                "REDCARPET_DISCORD_SHARD_TOTAL", "1")).load(null);
        bot = DiscordBot.start(new Slow(new FixtureBackend()), config, "fake-token-not-real",
                new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), var, DiscordBot.Options.defaults().deferAfter(), Clock.systemUTC()));
    }

    @AfterAll
    static void stop() {
        if (bot != null) bot.close();
        if (fake != null) fake.close();
    }

    @Test
    void everyKindOfInteractionIsAcknowledgedWithinTheDeadlineAndThenAnswered() {
        // Slash commands: deferred ("thinking…"), then the answer is edited in.
        Interaction ask = fake.slash(FAN_ID, "ask", Map.of("question", "What did Aurora Vance wear?"));
        Interaction event = fake.slash(FAN_ID, "event", Map.of("name", "Lantern Gala"));
        Response answer = fake.responseOf(ask);
        Response gala = fake.responseOf(event);
        assertThat(answer.callbackType()).isEqualTo(5);
        assertThat(answer.embed().path("description").asText()).contains("Halden House");
        assertThat(gala.embed().path("footer").path("text").asText()).startsWith("Page 1/");

        int callsBefore = engineCalls.get();
        Interaction next = fake.click(FAN_ID, gala.buttonId("Next ▶"), gala.message());
        Interaction sources = fake.click(FAN_ID, answer.buttonId("Sources"), answer.message());
        Interaction quotes = fake.click(FAN_ID, answer.buttonId("More quotes"), answer.message());
        Interaction up = fake.click(FAN_ID, answer.buttonId("👍"), answer.message());
        Interaction down = fake.click(FAN_ID, answer.buttonId("👎"), answer.message());
        Interaction person = fake.slash(FAN_ID, "person", Map.of("name", "Aurora Vance"));
        Interaction quote = fake.slash(FAN_ID, "quote", Map.of("person", "Aurora Vance"));
        Interaction stats = fake.subcommand(ADMIN_ID, "admin", "stats", Map.of(), null);
        Interaction help = fake.slash(FAN_ID, "help", Map.of());
        Interaction complete = fake.autocomplete(FAN_ID, "person", "name", "Aur");
        Interaction sourcesCommand = fake.slash(FAN_ID, "sources", Map.of());
        Interaction modal = fake.modal(FAN_ID, "rc:form:1");
        Interaction select = fake.select(FAN_ID, "someone-elses-menu", answer.message());
        Interaction garbled = fake.click(FAN_ID, "rc:s", answer.message());
        Interaction stale = fake.click(FAN_ID, "rc:p:AAAAAAAAAAAAAAAA:1", answer.message());

        // Paging: a silent deferEdit, then the message is edited to page 2.
        Response page = fake.responseOf(next);
        assertThat(page.callbackType()).isEqualTo(6);
        assertThat(page.embed().path("footer").path("text").asText()).startsWith("Page 2/");
        // Sources and More quotes: private, deferred, then answered.
        Response src = fake.responseOf(sources);
        assertThat(src.callbackType()).isEqualTo(5);
        assertThat(src.ephemeral()).isTrue();
        assertThat(src.embed().path("title").asText()).startsWith("Sources");
        Response more = fake.responseOf(quotes);
        assertThat(more.ephemeral()).isTrue();
        assertThat(more.embed().path("title").asText()).startsWith("Quotes");
        // Feedback needs no engine call: thanked at once.
        for (Interaction vote : List.of(up, down)) {
            Response thanks = fake.responseOf(vote);
            assertThat(thanks.callbackType()).isEqualTo(4);
            assertThat(thanks.embed().path("title").asText()).isEqualTo("Thanks!");
        }
        // The other commands: deferred, then answered (admin privately); /help needs no engine.
        assertThat(fake.responseOf(person).embed().path("title").asText()).startsWith("Aurora Vance");
        assertThat(fake.responseOf(quote).embed().path("title").asText()).startsWith("Quotes from Aurora Vance");
        Response adminStats = fake.responseOf(stats);
        assertThat(adminStats.callbackType()).isEqualTo(5);
        assertThat(adminStats.ephemeral()).isTrue();
        assertThat(adminStats.embed().path("title").asText()).isEqualTo("Stats");
        assertThat(fake.responseOf(help).callbackType()).isEqualTo(4);
        // Autocomplete cannot be deferred: answered in time, with no choices when the engine is late.
        assertThat(fake.callbackOf(complete).json().path("type").asInt()).isEqualTo(8);
        assertThat(fake.responseOf(sourcesCommand).embed().path("title").asText()).isEqualTo("What I know");
        // Unknown modal, foreign select menu, garbled button id, a key the bot no longer has: a private "expired" note, never silence.
        for (Interaction i : List.of(modal, select, garbled, stale)) {
            Response r = fake.responseOf(i);
            assertThat(r.ephemeral()).isTrue();
            assertThat(r.embed().path("title").asText()).endsWith("has expired");
        }
        // Next page, sources, more quotes (twice: answer + the person's quotes), autocomplete, /sources, /person, /quote, /admin stats.
        assertThat(engineCalls.get() - callsBefore).as("👍 and 👎 did not ask the engine again").isEqualTo(9);
        assertThat(fake.rejections()).as("Discord refused nothing: no late or second acknowledgement, no invalid payload").isEmpty();
    }
}
