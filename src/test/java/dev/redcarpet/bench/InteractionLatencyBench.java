package dev.redcarpet.bench;

import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.discord.DiscordBot;
import dev.redcarpet.discord.EngineBackend;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.fakediscord.FakeDiscord;
import dev.redcarpet.fakediscord.FakeDiscord.RecordedRequest;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import static dev.redcarpet.fakediscord.FakeDiscord.FAN_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end latency: from the fake Discord sending INTERACTION_CREATE for /ask to the bot's
 * interaction callback arriving and to the answer being visible, through the real JDA client and the
 * real engine over a generated corpus, beside a canned-reply JDA bot on the same fake (the floor JDA
 * and the fake set), all in one run: the canned bot, RedCarpet as shipped (acknowledging at once),
 * then RedCarpet answering in the callback. A benchmark, not a test: its name keeps it out of the normal test run. Run it with
 * <pre>./mvnw -q -B test -Dtest=InteractionLatencyBench -Dbench.articles=10000 -Dbench.questions=300</pre>
 * It writes var/bench/e2e.md. The callback is seen by polling the fake's request log (in place, without copying it) every ~0.05 ms.
 */
@Tag("bench")
class InteractionLatencyBench {
    @Test
    void interactionToCallback() throws Exception {
        int articles = Integer.getInteger("bench.articles", 10_000);
        int count = Integer.getInteger("bench.questions", 300);
        long seed = Long.getLong("bench.seed", 42L);
        Path work = Path.of(System.getProperty("bench.work", "var/bench/e2e-" + articles));
        Config config = new ConfigLoader(Map.of(
                "REDCARPET_DISCORD_USER_COOLDOWN_SECONDS", "0",
                "REDCARPET_DISCORD_GUILD_PER_MINUTE", "0",
                "REDCARPET_DISCORD_GUILD_IDS", GUILD_ID,
                "REDCARPET_DISCORD_SHARD_TOTAL", "1"))
                .load(null).withData(work.resolve("articles")).withIndex(work.resolve("index"));
        CorpusGenerator gen = CorpusGenerator.of(config, articles, seed);
        Path stamp = work.resolve("corpus.txt");
        String want = "articles=" + articles + " seed=" + seed;
        if (!Files.isRegularFile(stamp) || !Files.readString(stamp).strip().equals(want)) {
            EngineBench.wipe(work);
            gen.write(work.resolve("articles"), 0, articles);
            Files.writeString(stamp, want);
        }
        List<BenchQuestion> questions = gen.questions(count);
        Timings canned;
        Timings real;
        Timings inCallback;
        try (FakeDiscord fake = new FakeDiscord()) {
            // The baseline: a JDA bot on the same fake that replies with a fixed embed at once.
            JDA baseline = cannedBot(fake);
            try {
                canned = measure(fake, questions);
            } finally {
                baseline.shutdownNow();
                baseline.awaitShutdown(Duration.ofSeconds(10));
            }
            // RedCarpet as shipped: acknowledges at once (a deferral), then edits the answer in.
            try (Engine engine = Engine.open(config);
                 DiscordBot bot = DiscordBot.start(new EngineBackend(engine), config, "fake-token-not-real",
                         new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), work.resolve("var"),
                                 DiscordBot.Options.defaults().deferAfter(), Clock.systemUTC()))) {
                real = measure(fake, questions);
            }
            // The same bot told to answer in the callback when the answer is ready within deferAfter.
            try (Engine engine = Engine.open(config);
                 DiscordBot bot = DiscordBot.start(new EngineBackend(engine), config, "fake-token-not-real",
                         new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), work.resolve("var"),
                                 DiscordBot.MAX_DEFER_AFTER, Clock.systemUTC()))) {
                inCallback = measure(fake, questions);
            }
            assertThat(fake.rejections()).as("every callback within Discord's deadline, every payload valid").isEmpty();
        }
        Sample base = Sample.ofNanos(canned.callback());
        Sample cb = Sample.ofNanos(real.callback());
        Sample shown = Sample.ofNanos(real.visible());
        Sample direct = Sample.ofNanos(inCallback.callback());
        String md = String.format(Locale.ROOT, "End to end, %,d articles, %d /ask interactions one at a time (after a warm-up pass), "
                        + "real JDA against the fake Discord; the baseline is a JDA bot replying with a fixed embed, measured in the same run:%n%n"
                        + "| figure | p50 (ms) | p99 (ms) | mean (ms) | target |%n|---|---|---|---|---|%n"
                        + "| canned-reply JDA bot: INTERACTION_CREATE sent → callback received | %s | %s | %s | |%n"
                        + "| RedCarpet as shipped (acknowledges at once): → callback received (deferred: %d) | %s | %s | %s | ≤ 2× the canned bot, p99 ≤ 60 |%n"
                        + "| RedCarpet as shipped: → answer visible (edit) | %s | %s | %s | |%n"
                        + "| ratio RedCarpet / canned (callback) | %.2f× | %.2f× | | ≤ 2× |%n"
                        + "| RedCarpet answering in the callback (deferAfter %d ms): → callback = answer (deferred: %d) | %s | %s | %s | |%n"
                        + "| ratio answering in the callback / canned | %.2f× | %.2f× | | |%n",
                articles, count, Sample.ms(base.p50()), Sample.ms(base.p99()), Sample.ms(base.mean()),
                real.deferred(), Sample.ms(cb.p50()), Sample.ms(cb.p99()), Sample.ms(cb.mean()),
                Sample.ms(shown.p50()), Sample.ms(shown.p99()), Sample.ms(shown.mean()),
                cb.p50() / base.p50(), cb.p99() / base.p99(),
                DiscordBot.MAX_DEFER_AFTER.toMillis(), inCallback.deferred(), Sample.ms(direct.p50()), Sample.ms(direct.p99()), Sample.ms(direct.mean()),
                direct.p50() / base.p50(), direct.p99() / base.p99());
        Files.createDirectories(Path.of("var/bench"));
        Files.writeString(Path.of("var/bench/e2e.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
    }

    /** Latencies of one bot: interaction → callback, and → answer visible (after a deferral, the edit). */
    private record Timings(List<Long> callback, List<Long> visible, int deferred) {
    }

    private static Timings measure(FakeDiscord fake, List<BenchQuestion> questions) {
        List<Long> callback = new ArrayList<>();
        List<Long> visible = new ArrayList<>();
        int deferred = 0;
        for (int pass = 0; pass < 2; pass++) { // pass 0 warms up the JIT, pass 1 is measured
            for (BenchQuestion q : questions) {
                int mark = fake.requestCount();
                long t0 = System.nanoTime();
                FakeDiscord.Interaction i = fake.slash(FAN_ID, "ask", Map.of("question", q.question()));
                String callbackPath = "/api/v10/interactions/" + i.id() + "/" + i.token() + "/callback";
                RecordedRequest cb = poll(fake, mark, r -> r.is("POST", callbackPath));
                long t1 = System.nanoTime();
                assertThat(cb.status()).isLessThan(300);
                long shown = t1;
                if (cb.json().path("type").asInt() == 5) {
                    deferred += pass;
                    String edit = "/api/v10/webhooks/" + FakeDiscord.BOT_ID + "/" + i.token() + "/messages/@original";
                    RecordedRequest e = poll(fake, mark, r -> r.is("PATCH", edit));
                    assertThat(e.json().path("embeds").size()).isPositive();
                    shown = System.nanoTime();
                } else {
                    assertThat(cb.json().path("data").toString()).isNotBlank();
                }
                if (pass == 1) {
                    callback.add(t1 - t0);
                    visible.add(shown - t0);
                }
            }
        }
        return new Timings(callback, visible, deferred);
    }

    /** A minimal JDA bot on the fake that answers every slash command with the same embed, without any work. */
    private static JDA cannedBot(FakeDiscord fake) throws InterruptedException {
        MessageEmbed embed = new EmbedBuilder().setTitle("Canned").setDescription("The same answer every time.").build();
        String gateway = fake.gatewayUrl();
        return JDABuilder.createLight("fake-token-not-real", EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(fake.restBaseUrl()))
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return gateway;
                    }
                })
                .setCompression(Compression.NONE)
                .addEventListeners(new ListenerAdapter() {
                    @Override
                    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                        event.replyEmbeds(embed).queue();
                    }
                })
                .build().awaitReady();
    }

    /** Waits for a request sent after the first {@code from}, reading the fake's log in place (no copies while polling). */
    private static RecordedRequest poll(FakeDiscord fake, int from, java.util.function.Predicate<RecordedRequest> test) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int next = from;
        while (System.nanoTime() < deadline) {
            for (int n = fake.requestCount(); next < n; next++) {
                RecordedRequest r = fake.request(next);
                if (test.test(r)) return r;
            }
            LockSupport.parkNanos(50_000);
        }
        throw new AssertionError("no matching request within 20 s; the bot sent:\n" + fake.summary());
    }
}
