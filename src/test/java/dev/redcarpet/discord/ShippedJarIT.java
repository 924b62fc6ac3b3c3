package dev.redcarpet.discord;

import dev.redcarpet.engine.Fixtures;
import dev.redcarpet.fakediscord.FakeDiscord;
import dev.redcarpet.fakediscord.FakeDiscord.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.redcarpet.fakediscord.FakeDiscord.BOT_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.FAN_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as shipped (target/redcarpet-bot.jar, built by `package` before this runs in `verify`),
 * started as an operator would: `java -jar redcarpet-bot.jar run` in a folder holding data/, with
 * nothing in its environment but DISCORD_TOKEN, DISCORD_REST_URL and DISCORD_GATEWAY_URL pointing at
 * a fake Discord on 127.0.0.1. Every request must reach the fake, the shard-count request included.
 */
class ShippedJarIT {
    @TempDir
    Path home;

    @Test
    void theShippedJarRegistersItsCommandsAndAnswersAskInTimeConfiguredOnlyByTheEnvironment() throws Exception {
        Path jar = Path.of(System.getProperty("redcarpet.jar", "target/redcarpet-bot.jar")).toAbsolutePath();
        assertThat(jar).as("the shaded jar built by mvn package").isRegularFile();
        Fixtures.copyCorpus(home);
        Path log = home.resolve("bot.log");
        try (FakeDiscord fake = new FakeDiscord()) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString(), "run")
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.clear();
            env.put("DISCORD_TOKEN", "fake-token-not-real");
            env.put("DISCORD_REST_URL", fake.restBaseUrl());
            env.put("DISCORD_GATEWAY_URL", fake.gatewayUrl());
            Process bot = pb.start();
            try {
                awaitSession(fake, bot, log);
                fake.await("global command registration", r -> r.is("PUT", "/api/v10/applications/" + BOT_ID + "/commands")
                        && r.status() == 200);
                assertThat(fake.commandNames(null)).contains("ask", "event", "person", "quote", "sources", "help", "admin");

                Response r = fake.responseOf(fake.slash(FAN_ID, "ask", Map.of("question", "what did ines duval wear to the oscars")));
                assertThat(r.embed().toString()).contains("Versace");
                assertThat(r.deferred()).as("acknowledged at once, then the answer edited in").isTrue();
                assertThat(fake.rejections()).as("answered within Discord's deadline, with valid payloads").isEmpty();
                List<String> paths = fake.requests().stream().map(FakeDiscord.RecordedRequest::path).toList();
                assertThat(paths).as("the shard count came from the fake").contains("/api/v10/gateway/bot");
            } finally {
                bot.destroy();
                if (!bot.waitFor(30, TimeUnit.SECONDS)) bot.destroyForcibly().waitFor();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(output).doesNotContain("UnknownHostException").doesNotContain("discord.com").doesNotContain("fake-token-not-real");
        }
    }

    /** Indexing the corpus comes first: wait up to a minute for the bot's gateway session. */
    private static void awaitSession(FakeDiscord fake, Process bot, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (fake.connectedSessions() == 0) {
            if (!bot.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the bot never connected to the fake gateway; its output:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            Thread.sleep(100);
        }
    }
}
