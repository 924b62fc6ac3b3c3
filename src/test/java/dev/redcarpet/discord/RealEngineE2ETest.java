package dev.redcarpet.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.fakediscord.FakeDiscord;
import dev.redcarpet.fakediscord.FakeDiscord.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static dev.redcarpet.fakediscord.FakeDiscord.ADMIN_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.BOT_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.FAN_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.GUILD_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.THREAD_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real engine over a small corpus of invented articles (src/test/resources/discord/articles),
 * behind the real JDA client and the fake Discord.
 */
class RealEngineE2ETest {
    private static final Path ARTICLES = Path.of("src/test/resources/discord/articles");

    @TempDir
    static Path tmp;
    static FakeDiscord fake;
    static Engine engine;
    static DiscordBot bot;
    static String corpusText;
    static Config config;
    /** While set, questions wait for it: a slow engine, to force a deferred reply. */
    static volatile java.util.concurrent.CountDownLatch gate;

    /** The real engine, with questions held at the gate while one is set. */
    static final class GatedBackend extends ForwardingBackend {

        GatedBackend(EngineBackend real) {
            super(real);
        }

        @Override
        public dev.redcarpet.answer.Answer ask(String question, dev.redcarpet.engine.Conversation context) {
            java.util.concurrent.CountDownLatch g = gate;
            if (g != null) {
                try {
                    g.await(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return real.ask(question, context);
        }










    }

    @BeforeAll
    static void start() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("articles"));
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(ARTICLES)) {
            for (Path f : files.sorted().toList()) {
                Files.copy(f, data.resolve("articles").resolve(f.getFileName()));
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        corpusText = all.toString();
        config = new ConfigLoader(Map.of(
                "REDCARPET_DISCORD_USER_COOLDOWN_SECONDS", "0",
                "REDCARPET_DISCORD_GUILD_PER_MINUTE", "0",
                "REDCARPET_DISCORD_GUILD_IDS", GUILD_ID,
                "REDCARPET_DISCORD_SHARD_TOTAL", "1"))
                .load(null).withData(data).withIndex(tmp.resolve("index"));
        engine = Engine.open(config);
        fake = new FakeDiscord();
        bot = startBot();
    }

    static DiscordBot startBot() throws InterruptedException {
        return DiscordBot.start(new GatedBackend(new EngineBackend(engine)), config, "fake-token-not-real",
                new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), tmp.resolve("var"), Duration.ofMillis(500), Clock.systemUTC()));
    }

    @AfterAll
    static void stop() {
        if (bot != null) bot.close();
        if (fake != null) fake.close();
        if (engine != null) engine.close();
    }

    @AfterEach
    void everyMessagePingsNobodyAndKeepsEmbedLimits() {
        OutgoingChecks.assertAllSafe(fake.requests());
    }

    private static Map<String, Object> opts(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static String shown(JsonNode embed) {
        StringBuilder out = new StringBuilder(embed.path("title").asText()).append('\n').append(embed.path("description").asText()).append('\n');
        for (JsonNode f : embed.path("fields")) out.append(f.path("name").asText()).append('\n').append(f.path("value").asText()).append('\n');
        return out.toString();
    }

    /** Text as a reader sees it: markdown escapes removed. */
    private static String unescaped(String s) {
        return s.replaceAll("\\\\([\\\\*_~`|\\[\\]<>#-])", "$1");
    }

    /** Every “quoted” text shown in an embed's fields. */
    private static List<String> quotesShown(JsonNode embed) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : embed.path("fields")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("“(.+?)”\\n— ").matcher(f.path("value").asText());
            while (m.find()) out.add(unescaped(m.group(1)));
        }
        return out;
    }

    @Test
    void askAnswersFromTheArticlesWithVerbatimQuotesAndLinkedSources() {
        Response r = fake.responseOf(fake.slash(FAN_ID, "ask", opts("question", "What did Zendaya wear to the 2025 Met Gala?")));
        String text = shown(r.embed());
        assertThat(text).contains("Margiela");
        assertThat(text).contains("(https://news.example/2025/05/zendaya-met-gala-margiela)");
        for (String q : quotesShown(r.embed())) {
            assertThat(corpusText).as("a quote shown is in an article").contains(q.replace("…", ""));
        }
        assertThat(r.buttonId("Sources")).startsWith("rc:s:");
    }

    @Test
    void aMentionInAThreadAndAFollowUpWithAPronoun() {
        String first = fake.message(FAN_ID, THREAD_ID, "<@" + BOT_ID + "> what did Zendaya wear to the 2025 Met Gala?", true);
        JsonNode reply = fake.await("the answer in the thread", r -> r.is("POST", "/api/v10/channels/" + THREAD_ID + "/messages")
                && r.json().path("message_reference").path("message_id").asText().equals(first)).json();
        assertThat(shown(reply.path("embeds").path(0))).contains("Margiela");

        String second = fake.message(FAN_ID, THREAD_ID, "<@" + BOT_ID + "> what did she say about the cape?", true);
        JsonNode followUp = fake.await("the follow-up answer", r -> r.is("POST", "/api/v10/channels/" + THREAD_ID + "/messages")
                && r.json().path("message_reference").path("message_id").asText().equals(second)).json();
        assertThat(unescaped(shown(followUp.path("embeds").path(0)))).contains("move like water");
    }

    @Test
    void personAutocompleteForgivesTypos() {
        FakeDiscord.RecordedRequest cb = fake.callbackOf(fake.autocomplete(FAN_ID, "person", "name", "zendya"));
        assertThat(cb.json().path("data").path("choices").path(0).path("value").asText()).isEqualTo("Zendaya");
    }

    @Test
    void eventAutocompleteOffersTheMetGala() {
        FakeDiscord.RecordedRequest cb = fake.callbackOf(fake.autocomplete(FAN_ID, "event", "name", "met"));
        List<String> names = new ArrayList<>();
        for (JsonNode c : cb.json().path("data").path("choices")) names.add(c.path("value").asText());
        assertThat(names).anyMatch(n -> n.contains("Met Gala"));
    }

    @Test
    void eventShowsTheLooksOfThatYear() {
        Response r = fake.responseOf(fake.slash(FAN_ID, "event", opts("name", "Met Gala", "year", 2025)));
        assertThat(shown(r.embed())).contains("Zendaya");
    }

    @Test
    void personShowsLooksAcrossEvents() {
        Response r = fake.responseOf(fake.slash(FAN_ID, "person", opts("name", "Zendaya")));
        String text = shown(r.embed());
        assertThat(text).contains("2025").contains("2024").contains("Margiela");
    }

    @Test
    void quoteGivesTheArticleAndDate() {
        Response r = fake.responseOf(fake.slash(FAN_ID, "quote", opts("person", "Zendaya")));
        String text = unescaped(shown(r.embed()));
        assertThat(text).contains("“I wanted the cape to move like water when I climbed the stairs”")
                .contains("Zendaya returns to the Met Gala in a midnight Maison Margiela cape gown, 2025-05-06")
                .contains("“It felt like wearing a garden at dusk”")
                .contains("2024-05-07");
    }

    @Test
    void sourcesCountsTheArticles() {
        Response r = fake.responseOf(fake.slash(FAN_ID, "sources", opts()));
        assertThat(r.embed().path("description").asText()).matches("I answer from \\d+ news articles\\..*");
    }

    @Test
    void adminIngestAddsAGoodArticleAndRefusesABadOne() {
        byte[] good = ("""
                ---
                title: Priya Castellane glows in gold Oscar de la Renta at the Cannes premiere
                date: 2025-05-20
                ---
                Priya Castellane arrived at the 2025 Cannes Film Festival premiere in a liquid gold Oscar de la Renta gown.

                “Gold makes me feel like the sun is on my side,” Castellane told photographers.
                """).getBytes(StandardCharsets.UTF_8);
        FakeDiscord.Attachment a = fake.attachment("priya-cannes.md", good, good.length);
        Response r = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "ingest", opts("file", a), FakeDiscord.resolved(a)));
        assertThat(r.embed().path("title").asText()).isEqualTo("Ingested");
        assertThat(shown(r.embed())).contains("ingested/");

        Response asked = fake.responseOf(fake.slash(FAN_ID, "ask", opts("question", "What did Priya Castellane wear at Cannes?")));
        assertThat(shown(asked.embed())).contains("Oscar de la Renta");

        byte[] bad = {0x25, 0x50, 0x44, 0x46, 0x2d, 0x31};
        FakeDiscord.Attachment pdf = fake.attachment("look.pdf", bad, bad.length);
        Response refused = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "ingest", opts("file", pdf), FakeDiscord.resolved(pdf)));
        assertThat(refused.embed().path("title").asText()).isEqualTo("Ingest refused");
        assertThat(refused.embed().path("description").asText()).contains(".pdf");
    }

    @Test
    void adminReloadReportsANewFileAndABrokenOne() throws IOException {
        Path data = engine.config().data();
        Files.writeString(data.resolve("articles/2025-03-04-ines-okafor-oscars.md"), """
                ---
                title: Ines Okafor wears sculpted white Schiaparelli to the Oscars
                date: 2025-03-04
                ---
                Ines Okafor wore a sculpted white Schiaparelli gown to the 2025 Oscars.
                """);
        Files.writeString(data.resolve("articles/broken.json"), "{\"title\": \"half a file\", \"text\": ");
        try {
            Response r = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "reload", opts(), null));
            assertThat(r.embed().path("description").asText()).contains("Added 1,").contains("failed 1");
            assertThat(unescaped(shown(r.embed()))).contains("articles/broken.json");
        } finally {
            try {
                Files.deleteIfExists(data.resolve("articles/broken.json"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void aSlowAnswerIsDeferredThenEditedIn() {
        gate = new java.util.concurrent.CountDownLatch(1);
        FakeDiscord.Interaction i;
        try {
            i = fake.slash(FAN_ID, "ask", opts("question", "Who designed Zendaya's 2024 Met Gala gown?", "private", true));
            FakeDiscord.RecordedRequest callback = fake.callbackOf(i);
            assertThat(callback.json().path("type").asInt()).isEqualTo(5);
            assertThat(callback.json().path("data").path("flags").asInt() & 64).as("deferred privately").isEqualTo(64);
        } finally {
            gate.countDown();
            gate = null;
        }
        Response r = fake.responseOf(i);
        assertThat(r.deferred()).isTrue();
        assertThat(shown(r.embed())).contains("Margiela");
    }

    @Test
    void answerButtonsStillWorkAfterARestart() throws Exception {
        Response answer = fake.responseOf(fake.slash(FAN_ID, "ask", opts("question", "What did Zendaya wear to the 2024 Met Gala?")));
        String sources = answer.buttonId("Sources");
        bot.close();
        bot = startBot();
        Response r = fake.responseOf(fake.click(FAN_ID, sources, answer.message()));
        assertThat(r.ephemeral()).isTrue();
        assertThat(shown(r.embed())).contains("(https://news.example/2024/05/zendaya-peacock-margiela)");
    }
}
