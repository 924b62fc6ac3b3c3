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
    /** A member with no roles or permissions, named an admin in the config. */
    static final String CONFIGURED_ADMIN = "1500000000000000007";

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
                "REDCARPET_DISCORD_SHARDS", "0",
                "REDCARPET_DISCORD_ADMIN_USER_IDS", CONFIGURED_ADMIN)).load(null);
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(Dispatcher.class)).addAppender(logs);
        bot = startBot();
    }

    static DiscordBot startBot() throws InterruptedException {
        return DiscordBot.start(backend, config, "fake-token-not-real",
                new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), var, DiscordBot.Options.defaults().deferAfter(), Clock.systemUTC()));
    }

    @AfterAll
    static void stop() {
        if (bot != null) bot.close();
        if (fake != null) fake.close();
    }

    @AfterEach
    void everyMessageSoFarPingsNobodyAndKeepsEmbedLimits() {
        OutgoingChecks.assertAllSafe(fake.requests());
        assertThat(fake.requests()).as("every call the bot made is one the fake knows").noneMatch(r -> r.status() == 404 || r.status() >= 500);
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
        assertThat(subs).containsExactlyInAnyOrder("reload", "stats", "ingest", "sources");
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
    void anAnswerIsAcknowledgedBeforeItIsReadyAndThenEditedIn() {
        Interaction i = fake.slash(FAN_ID, "ask", opts("question", "Tell me slowly about Aurora's gown"));
        FakeDiscord.RecordedRequest callback = fake.callbackOf(i);
        assertThat(callback.json().path("type").asInt()).isEqualTo(5);
        backend.slow.countDown();
        Response r = fake.responseOf(i);
        assertThat(r.deferred()).isTrue();
        assertThat(r.embed().path("description").asText()).contains("Halden House");
        assertThat(r.customIds()).anyMatch(id -> id.startsWith("rc:s:"));
    }

    @Test
    void eventShowsThemeAndLooksAndPagesWithButtons() {
        Response r = fake.responseOf(fake.slash(FAN_ID, "event", opts("name", "Lantern Gala", "year", 2025)));
        JsonNode first = r.embed();
        assertThat(first.path("title").asText()).isEqualTo("Lantern Gala 2025");
        assertThat(first.path("description").asText()).contains("Theme: \u201CGardens of Light\u201D").contains("Dress code").contains("Hosts: Aurora Vance");
        assertThat(fieldNames(first)).contains("Guest Number 0 — House 0");
        assertThat(first.path("footer").path("text").asText()).startsWith("Page 1/");
        String next = r.buttonId("Next ▶");

        Response page = fake.responseOf(fake.click(FAN_ID, next, r.message()));
        assertThat(page.callbackType()).as("a silent deferEdit, then the message is edited in place").isEqualTo(6);
        JsonNode second = page.embed();
        assertThat(second.path("footer").path("text").asText()).startsWith("Page 2/");
        assertThat(fieldNames(second)).doesNotContain("Guest Number 0 — House 0").contains("Guest Number 8 — House 8");
        assertThat(second.has("description")).isFalse();
        // Each page numbers its own sources 1, 2, 3… in reading order and carries their key.
        assertThat(citedInOrderWithTheirKey(first)).startsWith("**[1]** Lantern Gala 2025 arrivals, part 0");
        assertThat(citedInOrderWithTheirKey(second)).startsWith("**[1]** Lantern Gala 2025 arrivals, part 8");
    }

    /** Checks an embed's reference numbers count 1, 2, 3… by first mention and its Sources key explains each; returns the key. */
    private static String citedInOrderWithTheirKey(JsonNode embed) {
        StringBuilder body = new StringBuilder(embed.path("description").asText());
        StringBuilder key = new StringBuilder();
        for (JsonNode f : embed.path("fields")) {
            (f.path("name").asText().startsWith("Sources") ? key : body).append(f.path("value").asText()).append('\n');
        }
        List<Integer> cited = refs(body.toString()).stream().distinct().toList();
        assertThat(cited).as("first mentions count 1, 2, 3…").isNotEmpty()
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, cited.size()).boxed().toList());
        assertThat(refs(key.toString())).as("the page's key explains its numbers").startsWith(cited.toArray(Integer[]::new));
        return key.toString();
    }

    private static List<Integer> refs(String text) {
        List<Integer> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(text);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }

    @Test
    void eventNamesAutocompleteFromTheBackend() {
        Interaction i = fake.autocomplete(FAN_ID, "event", "name", "lant");
        FakeDiscord.RecordedRequest cb = fake.callbackOf(i);
        assertThat(cb.json().path("type").asInt()).isEqualTo(8);
        List<String> names = new ArrayList<>();
        for (JsonNode c : cb.json().path("data").path("choices")) names.add(c.path("name").asText());
        assertThat(names).containsExactly("Lantern Gala", "Lantern Gala 2024");
    }

    @Test
    void personNamesAutocompleteWithFuzzyMatching() {
        FakeDiscord.RecordedRequest cb = fake.callbackOf(fake.autocomplete(FAN_ID, "person", "name", "aurra"));
        assertThat(cb.json().path("data").path("choices").path(0).path("value").asText()).isEqualTo("Aurora Vance");
    }

    @Test
    void personShowsTheirLooks() {
        Response r = fake.responseOf(fake.slash(FAN_ID, "person", opts("name", "Aurora Vance")));
        assertThat(r.embed().path("title").asText()).isEqualTo("Aurora Vance");
        assertThat(fieldsText(r.embed())).contains("*2025 Lantern Gala*").contains("Halden House");
    }

    @Test
    void quoteListsQuotesWithArticleAndDateAndEscapesMarkdown() {
        Response r = fake.responseOf(fake.slash(FAN_ID, "quote", opts("person", "Aurora Vance", "topic", "shoes")));
        String fields = fieldsText(r.embed());
        assertThat(fields).contains("“Tell @everyone the shoes were \\*very\\* comfortable, I promise!”")
                .contains("— **[1]** Aurora Vance on shoes, rain and red carpets, 2025-05-07")
                .contains("**[1]** Aurora Vance on shoes, rain and red carpets · 2025-05-07"); // numbered in reading order
        assertThat(fields).doesNotContain("garden after the rain");
        assertThat(r.customIds()).noneMatch(id -> id.startsWith("rc:q:"));
    }

    @Test
    void sourcesAndHelpDescribeTheBot() {
        Response sources = fake.responseOf(fake.slash(FAN_ID, "sources", opts()));
        assertThat(sources.embed().path("description").asText()).contains("3 news articles");
        assertThat(fieldsText(sources.embed())).contains("2025 Lantern Gala: 3 articles")
                .contains("Milo Ferrand's \\*velvet\\* suit steals the night");
        Response help = fake.responseOf(fake.slash(FAN_ID, "help", opts()));
        assertThat(help.ephemeral()).isTrue();
        assertThat(help.embed().path("description").asText()).contains("/ask").contains("/event").contains("/quote");
    }

    @Test
    void sourcesAndMoreQuotesButtonsAnswerPrivately() {
        Response answer = fake.responseOf(fake.slash(FAN_ID, "ask", opts("question", "Aurora at the gala?")));
        Response sources = fake.responseOf(fake.click(FAN_ID, answer.buttonId("Sources"), answer.message()));
        assertThat(sources.ephemeral()).isTrue();
        assertThat(fieldsText(sources.embed())).contains("**[1]** [Aurora Vance wears").contains("**[2]** Aurora Vance on shoes");

        Response quotes = fake.responseOf(fake.click(FAN_ID, answer.buttonId("More quotes"), answer.message()));
        assertThat(quotes.ephemeral()).isTrue();
        assertThat(quotes.embed().path("title").asText()).isEqualTo("Quotes · Aurora Vance");
        assertThat(fieldsText(quotes.embed())).contains("Honestly, the rain was the best accessory.");
    }

    @Test
    void feedbackIsAppendedWithAHashedUserIdOnly() throws Exception {
        Response answer = fake.responseOf(fake.slash(FAN_ID, "ask", opts("question", "Who dressed Milo Ferrand?")));
        Response thanks = fake.responseOf(fake.click(FAN_ID, answer.buttonId("👍"), answer.message()));
        assertThat(thanks.ephemeral()).isTrue();
        Path file = var.resolve("feedback.jsonl");
        String all = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(all).doesNotContain(FAN_ID);
        JsonNode line = null;
        for (String l : all.split("\n")) {
            JsonNode n = new ObjectMapper().readTree(l);
            if (n.path("question").asText().equals("Who dressed Milo Ferrand?")) line = n;
        }
        assertThat(line).isNotNull();
        assertThat(line.path("vote").asText()).isEqualTo("up");
        assertThat(line.path("sourceIds").toString()).isEqualTo("[\"m1\"]");
        assertThat(line.path("userHash").asText()).isEqualTo(FeedbackLog.sha256(FAN_ID)).hasSize(64);
    }

    @Test
    void buttonsKeepWorkingAfterTheBotRestarts() throws Exception {
        Response event = fake.responseOf(fake.slash(FAN_ID, "event", opts("name", "Lantern Gala")));
        String next = event.buttonId("Next ▶");
        Response ask = fake.responseOf(fake.slash(FAN_ID, "ask", opts("question", "What did Milo Ferrand wear, again?")));
        String down = ask.buttonId("👎");

        bot.close();
        bot = startBot();

        Response page = fake.responseOf(fake.click(FAN_ID, next, event.message()));
        assertThat(page.embed().path("footer").path("text").asText()).startsWith("Page 2/");
        Response thanks = fake.responseOf(fake.click(OTHER, down, ask.message()));
        assertThat(thanks.embed().path("title").asText()).isEqualTo("Thanks!");
        assertThat(Files.readString(var.resolve("feedback.jsonl"))).contains("What did Milo Ferrand wear, again?")
                .contains(FeedbackLog.sha256(OTHER));
    }

    static final String OTHER = FakeDiscord.OTHER_FAN_ID;

    @Test
    void aMentionIsAnsweredAndAThreadFollowUpKeepsTheContext() {
        String first = fake.message(FAN_ID, THREAD_ID, "<@" + BOT_ID + "> what did Milo Ferrand wear?", true);
        FakeDiscord.RecordedRequest reply = fake.await("a reply in the thread",
                r -> r.is("POST", "/api/v10/channels/" + THREAD_ID + "/messages")
                        && r.json().path("message_reference").path("message_id").asText().equals(first));
        assertThat(reply.json().path("embeds").path(0).path("description").asText()).contains("Ostrander");

        String followUp = fake.message(FAN_ID, THREAD_ID, "<@" + BOT_ID + "> and what did he say?", true);
        FakeDiscord.RecordedRequest second = fake.await("the follow-up reply",
                r -> r.is("POST", "/api/v10/channels/" + THREAD_ID + "/messages")
                        && r.json().path("message_reference").path("message_id").asText().equals(followUp));
        JsonNode embed = second.json().path("embeds").path(0);
        assertThat(embed.path("title").asText()).isEqualTo("and what did he say?");
        assertThat(fieldsText(embed)).contains("Velvet is my armour.");
    }

    @Test
    void messagesWithoutAMentionAreIgnored() {
        String quiet = fake.message(FAN_ID, CHANNEL_ID, "what did Milo Ferrand wear?", false);
        String loud = fake.message(FAN_ID, CHANNEL_ID, "<@" + BOT_ID + "> what did Aurora Vance wear?", true);
        fake.await("a reply to the mention", r -> r.is("POST", "/api/v10/channels/" + CHANNEL_ID + "/messages")
                && r.json().path("message_reference").path("message_id").asText().equals(loud));
        assertThat(fake.requests()).noneMatch(r -> r.json().path("message_reference").path("message_id").asText().equals(quiet));
    }

    @Test
    void aDiscordRateLimitIsWaitedOutAndTheReplyStillArrives() {
        fake.rateLimitNext("POST", "/api/v10/channels/" + CHANNEL_ID + "/messages", 1);
        String id = fake.message(FAN_ID, CHANNEL_ID, "<@" + BOT_ID + "> Milo Ferrand's suit?", true);
        FakeDiscord.RecordedRequest ok = fake.await("the reply after a 429", r -> r.status() == 200
                && r.is("POST", "/api/v10/channels/" + CHANNEL_ID + "/messages")
                && r.json().path("message_reference").path("message_id").asText().equals(id));
        assertThat(ok.json().path("embeds").path(0).path("description").asText()).contains("Ostrander");
        assertThat(fake.requests()).anyMatch(r -> r.status() == 429);
    }

    @Test
    void aVeryLongAnswerIsShortenedWithAnEllipsisAndPaged() {
        Response r = fake.responseOf(fake.slash(FAN_ID, "ask", opts("question", "Tell me everything " + "please ".repeat(60))));
        JsonNode embed = r.embed();
        String description = embed.path("description").asText();
        assertThat(description).endsWith("…");
        String beforeEllipsis = description.substring(0, description.length() - 1);
        String original = FixtureBackend.longAnswer("q").answer();
        assertThat(original).startsWith(beforeEllipsis);
        assertThat(Character.isWhitespace(original.charAt(beforeEllipsis.length()))).as("cut between words").isTrue();
        assertThat(embed.path("title").asText()).endsWith("…").hasSizeLessThanOrEqualTo(256);
        assertThat(embed.path("footer").path("text").asText()).matches("Page 1/\\d+ .*");
        assertThat(r.customIds()).anyMatch(id -> id.startsWith("rc:p:"));
    }

    @Test
    void adminCommandsAreRefusedForANonAdminEvenWhenDiscordDeliversThem() {
        int before = backend.reloads.get();
        Response r = fake.responseOf(fake.subcommand(FAN_ID, "admin", "reload", opts(), null));
        assertThat(r.ephemeral()).isTrue();
        assertThat(r.embed().path("title").asText()).isEqualTo("Admins only");
        assertThat(backend.reloads.get()).isEqualTo(before);
        // Logged with the user's hash in the log context, never the raw user id.
        assertThat(logs.list).anyMatch(e -> e.getFormattedMessage().contains("Refused /admin reload")
                && LogContext.hash(FAN_ID).equals(e.getMDCPropertyMap().get("user")));
        assertThat(logs.list).noneMatch(e -> e.getFormattedMessage().contains(FAN_ID));
        Response stats = fake.responseOf(fake.subcommand(FAN_ID, "admin", "stats", opts(), null));
        assertThat(stats.embed().path("title").asText()).isEqualTo("Admins only");
    }

    @Test
    void adminReloadReportsChangesAndFailuresWithReasons() {
        Response r = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "reload", opts(), null));
        assertThat(r.ephemeral()).isTrue();
        assertThat(r.embed().path("description").asText()).contains("Added 1, updated 2, removed 0, unchanged 5, failed 1");
        assertThat(fieldsText(r.embed())).contains("articles/broken.json").contains("not valid JSON at line 3");
    }

    @Test
    void adminStatsShowsFigures() {
        Response r = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "stats", opts(), null));
        assertThat(r.ephemeral()).isTrue();
        assertThat(r.embed().path("description").asText()).contains("Articles: 3").contains("Questions answered: 17")
                .contains("p50 12.5 ms");
    }

    @Test
    void adminIngestDownloadsTheAttachmentAndReportsWhatWasUnderstood() {
        byte[] good = "Aurora Vance arrived at the Lantern Gala in a moss-green gown.".getBytes(StandardCharsets.UTF_8);
        FakeDiscord.Attachment a = fake.attachment("aurora-gala.txt", good, good.length);
        Response r = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "ingest", opts("file", a), FakeDiscord.resolved(a)));
        assertThat(r.ephemeral()).isTrue();
        assertThat(r.embed().path("title").asText()).isEqualTo("Ingested");
        assertThat(r.embed().path("description").asText()).contains("aurora-gala.txt").contains("1 article about the Lantern Gala");
        assertThat(backend.ingested).contains("aurora-gala.txt");
        assertThat(fake.requests()).anyMatch(q -> q.is("GET", "/attachments/.*/aurora-gala.txt"));
    }

    @Test
    void adminIngestOfABadFileSaysWhy() {
        byte[] bad = "just a shopping list: eggs, milk".getBytes(StandardCharsets.UTF_8);
        FakeDiscord.Attachment a = fake.attachment("list.txt", bad, bad.length);
        Response r = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "ingest", opts("file", a), FakeDiscord.resolved(a)));
        assertThat(r.embed().path("title").asText()).isEqualTo("Ingest refused");
        assertThat(r.embed().path("description").asText()).contains("No article text found in list.txt");
        assertThat(backend.ingested).doesNotContain("list.txt");
    }

    @Test
    void adminIngestOfAUrlFetchesItThroughTheEngine() {
        Response r = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "ingest", opts("url", "https://example.org/gala-night"), null));
        assertThat(r.ephemeral()).isTrue();
        assertThat(r.embed().path("title").asText()).isEqualTo("Ingested");
        assertThat(r.embed().path("description").asText()).contains("Saved 1 article");
        assertThat(backend.fetchedUrls).containsExactly("https://example.org/gala-night");

        Response bad = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "ingest", opts("url", "ftp://example.org/x"), null));
        assertThat(bad.embed().path("description").asText()).contains("must start with http:// or https://");
        Response none = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "ingest", opts(), null));
        assertThat(none.embed().path("description").asText()).contains("Attach a file or give a url");
        assertThat(backend.fetchedUrls).hasSize(1);
    }

    @Test
    void adminSourcesListsEachSourceWithItsErrors() {
        Response r = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "sources", opts(), null));
        assertThat(r.ephemeral()).isTrue();
        String text = r.embed().path("description").asText();
        assertThat(text).contains("gala-wire").contains("12 saved").contains("dead-blog").contains("HTTP 503");
        Response stats = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "stats", opts(), null));
        assertThat(stats.text()).contains("Failing web sources").contains("dead-blog");
    }

    @Test
    void adminIngestRefusesFilesOverTheSizeLimit() {
        byte[] big = ("Lantern Gala " + "x".repeat(3000)).getBytes(StandardCharsets.UTF_8);
        FakeDiscord.Attachment claimedBig = fake.attachment("big.txt", big, big.length);
        Response r = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "ingest", opts("file", claimedBig), FakeDiscord.resolved(claimedBig)));
        assertThat(r.embed().path("description").asText()).contains("the limit is 2000 bytes");
        assertThat(fake.requests()).noneMatch(q -> q.path().endsWith("/big.txt"));

        FakeDiscord.Attachment lying = fake.attachment("sneaky.txt", big, 100);
        Response r2 = fake.responseOf(fake.subcommand(ADMIN_ID, "admin", "ingest", opts("file", lying), FakeDiscord.resolved(lying)));
        assertThat(r2.embed().path("title").asText()).isEqualTo("Ingest refused");
        assertThat(r2.embed().path("description").asText()).contains("larger than the limit of 2000 bytes");
        assertThat(backend.ingested).doesNotContain("big.txt", "sneaky.txt");
    }

    @Test
    void unknownButtonKeysSayTheButtonExpired() {
        Response answer = fake.responseOf(fake.slash(FAN_ID, "ask", opts("question", "Milo Ferrand?")));
        Response r = fake.responseOf(fake.click(FAN_ID, "rc:s:AAAAAAAAAAAAAAAA", answer.message()));
        assertThat(r.ephemeral()).isTrue();
        assertThat(r.embed().path("title").asText()).isEqualTo("This button has expired");
    }

    @Test
    void aUserNamedInTheConfigIsAnAdminWithoutAnyRole() {
        Response r = fake.responseOf(fake.subcommand(CONFIGURED_ADMIN, "admin", "stats", opts(), null));
        assertThat(r.embed().path("title").asText()).isEqualTo("Stats");
    }

    @Test
    void anEngineFailureGetsAFriendlyPrivateMessageWithoutDetails() {
        Interaction i = fake.slash(FAN_ID, "ask", opts("question", "Please explode"));
        assertThat(fake.callbackOf(i).json().path("type").asInt()).as("acknowledged before the engine failed").isEqualTo(5);
        // The public "thinking…" is removed and the asker alone is told.
        JsonNode sorry = fake.await("the private apology", r -> r.is("POST", "/api/v10/webhooks/" + BOT_ID + "/" + i.token())).json();
        assertThat(sorry.path("flags").asInt() & 64).isEqualTo(64);
        assertThat(sorry.path("embeds").path(0).path("title").asText()).isEqualTo("Oops");
        assertThat(sorry.toString()).contains("Sorry, something went wrong").doesNotContain("corrupt").doesNotContain("Exception");
        fake.await("the placeholder removed", r -> r.is("DELETE", "/api/v10/webhooks/" + BOT_ID + "/" + i.token() + "/messages/@original"));
    }
}
