package dev.redcarpet.bench;

import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.discord.DiscordBot;
import dev.redcarpet.discord.EngineBackend;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.fakediscord.FakeDiscord;
import dev.redcarpet.fakediscord.FakeDiscord.RecordedRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import static dev.redcarpet.fakediscord.FakeDiscord.FAN_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end latency: from the fake Discord sending INTERACTION_CREATE for /ask to the bot's
 * interaction callback arriving, through the real JDA client and the real engine over a generated
 * corpus. A benchmark, not a test: its name keeps it out of the normal test run. Run it with
 * <pre>./mvnw -q -B test -Dtest=InteractionLatencyBench -Dbench.articles=10000 -Dbench.questions=300</pre>
 * It writes var/bench/e2e.md. The callback is seen by polling the fake's request log every ~0.1 ms.
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
        List<Long> callback = new ArrayList<>();
        List<Long> visible = new ArrayList<>();
        int deferred = 0;
        try (Engine engine = Engine.open(config);
             FakeDiscord fake = new FakeDiscord();
             DiscordBot bot = DiscordBot.start(new EngineBackend(engine), config, "fake-token-not-real",
                     new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), work.resolve("var"),
                             DiscordBot.Options.defaults().deferAfter(), Clock.systemUTC()))) {
            for (int pass = 0; pass < 2; pass++) { // pass 0 warms up the JIT, pass 1 is measured
                for (BenchQuestion q : questions) {
                    long t0 = System.nanoTime();
                    FakeDiscord.Interaction i = fake.slash(FAN_ID, "ask", Map.of("question", q.question()));
                    String callbackPath = "/api/v10/interactions/" + i.id() + "/" + i.token() + "/callback";
                    RecordedRequest cb = poll(fake, r -> r.is("POST", callbackPath));
                    long t1 = System.nanoTime();
                    assertThat(cb.status()).isLessThan(300);
                    long shown = t1;
                    if (cb.json().path("type").asInt() == 5) {
                        deferred += pass;
                        String edit = "/api/v10/webhooks/" + FakeDiscord.BOT_ID + "/" + i.token() + "/messages/@original";
                        RecordedRequest e = poll(fake, r -> r.is("PATCH", edit));
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
        }
        assertThat(callback).hasSize(count);
        Sample cb = Sample.ofNanos(callback);
        Sample shown = Sample.ofNanos(visible);
        String md = String.format(Locale.ROOT, "End to end, %,d articles, %d /ask interactions one at a time (after a warm-up pass):%n%n"
                        + "| figure | p50 (ms) | p99 (ms) | mean (ms) | target |%n|---|---|---|---|---|%n"
                        + "| INTERACTION_CREATE sent → callback received | %s | %s | %s | p50 ≤ 15, p99 ≤ 60 |%n"
                        + "| INTERACTION_CREATE sent → answer visible (deferred: %d) | %s | %s | %s | |%n",
                articles, count, Sample.ms(cb.p50()), Sample.ms(cb.p99()), Sample.ms(cb.mean()), deferred,
                Sample.ms(shown.p50()), Sample.ms(shown.p99()), Sample.ms(shown.mean()));
        Files.createDirectories(Path.of("var/bench"));
        Files.writeString(Path.of("var/bench/e2e.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
    }

    private static RecordedRequest poll(FakeDiscord fake, java.util.function.Predicate<RecordedRequest> test) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int seen = 0;
        while (System.nanoTime() < deadline) {
            List<RecordedRequest> rs = fake.requests();
            for (int k = Math.max(0, seen - 8); k < rs.size(); k++) {
                if (test.test(rs.get(k))) return rs.get(k);
            }
            seen = rs.size();
            LockSupport.parkNanos(50_000);
        }
        throw new AssertionError("no matching request within 20 s; the bot sent:\n" + fake.summary());
    }
}
