package dev.redcarpet.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.fakediscord.FakeDiscord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.redcarpet.fakediscord.FakeDiscord.BOT_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.BOT_ROLE_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.CHANNEL_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.FAN_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.GUILD_ID;
import static dev.redcarpet.fakediscord.FakeDiscord.OTHER_FAN_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** DMs, per-user conversations, the bot's role as a mention, and registration across modes and restarts. */
class ConversationsAndRegistrationE2ETest {
    @TempDir
    Path var;

    private static Config config(String guildIds) {
        Map<String, String> env = new HashMap<>(Map.of(
                "REDCARPET_DISCORD_USER_COOLDOWN_SECONDS", "0",
                "REDCARPET_DISCORD_GUILD_PER_MINUTE", "0",
                "REDCARPET_DISCORD_SHARD_TOTAL", "1"));
        if (!guildIds.isEmpty()) env.put("REDCARPET_DISCORD_GUILD_IDS", guildIds);
        return new ConfigLoader(env).load(null);
    }

    private DiscordBot start(FakeDiscord fake, String guildIds) throws InterruptedException {
        return DiscordBot.start(new FixtureBackend(), config(guildIds), "fake-token-not-real",
                new DiscordBot.Options(fake.restBaseUrl(), fake.gatewayUrl(), var, DiscordBot.Options.defaults().deferAfter(), Clock.systemUTC()));
    }

    private static JsonNode replyTo(FakeDiscord fake, String channelId, String messageId) {
        return fake.await("a reply to message " + messageId, r -> r.is("POST", "/api/v10/channels/" + channelId + "/messages")
                && r.json().path("message_reference").path("message_id").asText().equals(messageId)).json().path("embeds").path(0);
    }

    @Test
    void aPlainDmIsAQuestionAndFollowUpsArePerUserPerChannel() throws Exception {
        try (FakeDiscord fake = new FakeDiscord(); DiscordBot bot = start(fake, GUILD_ID)) {
            String dm = fake.dm(FAN_ID, "what did Milo Ferrand wear?");
            assertThat(replyTo(fake, FakeDiscord.dmChannelId(FAN_ID), dm).path("description").asText()).contains("Ostrander");

            // Fan asks about Milo in the channel; another member's "he" is not about Milo, the fan's is.
            String first = fake.message(FAN_ID, CHANNEL_ID, "<@" + BOT_ID + "> what did Milo Ferrand wear?", true);
            assertThat(replyTo(fake, CHANNEL_ID, first).path("description").asText()).contains("Ostrander");
            String other = fake.message(OTHER_FAN_ID, CHANNEL_ID, "<@" + BOT_ID + "> and what did he say?", true);
            assertThat(replyTo(fake, CHANNEL_ID, other).path("description").asText()).contains("couldn't find");
            String same = fake.message(FAN_ID, CHANNEL_ID, "<@" + BOT_ID + "> and what did he say?", true);
            assertThat(replyTo(fake, CHANNEL_ID, same).toString()).contains("Velvet is my armour.");
        }
    }

    @Test
    void slashCommandsInADmAreAnsweredThereAndAdminIsRefused() throws Exception {
        try (FakeDiscord fake = new FakeDiscord(); DiscordBot bot = start(fake, "")) {
            String dm = FakeDiscord.dmChannelId(FAN_ID);
            FakeDiscord.Response answer = fake.responseOf(fake.slashIn(dm, FAN_ID, "ask", Map.of("question", "what did Milo Ferrand wear?")));
            assertThat(answer.embed().path("description").asText()).contains("Ostrander");
            FakeDiscord.Response followUp = fake.responseOf(fake.slashIn(dm, FAN_ID, "ask", Map.of("question", "and what did he say?")));
            assertThat(followUp.text()).as("the follow-up keeps the DM's subject").contains("Velvet is my armour.");
            FakeDiscord.Response admin = fake.responseOf(fake.slashIn(dm, FAN_ID, "admin", Map.of()));
            assertThat(admin.ephemeral()).isTrue();
            assertThat(admin.embed().path("title").asText()).isEqualTo("Admins only");
            assertThat(fake.rejections()).isEmpty();
        }
    }

    @Test
    void mentioningTheBotsRoleCountsAsAMention() throws Exception {
        try (FakeDiscord fake = new FakeDiscord(); DiscordBot bot = start(fake, GUILD_ID)) {
            String id = fake.messageMentioningBotRole(FAN_ID, CHANNEL_ID, "<@&" + BOT_ROLE_ID + "> what did Aurora Vance wear?");
            JsonNode embed = replyTo(fake, CHANNEL_ID, id);
            assertThat(embed.path("title").asText()).isEqualTo("what did Aurora Vance wear?");
            assertThat(embed.path("description").asText()).contains("Halden House");
        }
    }

    private static long puts(FakeDiscord fake) {
        return fake.requests().stream().filter(r -> r.method().equals("PUT") && r.path().endsWith("/commands")).count();
    }

    private static long gets(FakeDiscord fake) {
        return fake.requests().stream().filter(r -> r.method().equals("GET") && r.path().endsWith("/commands")).count();
    }

    @Test
    void aModeChangeRemovesTheCommandsOfTheOtherModeAndRestartsRegisterNothingNew() throws Exception {
        List<String> all = BotCommands.ALL.stream().map(BotCommand::name).toList();
        try (FakeDiscord fake = new FakeDiscord()) {
            fake.preregister(null, "ask", "event");
            try (DiscordBot bot = start(fake, GUILD_ID)) {
                fake.await("guild registration", r -> r.is("PUT", "/api/v10/applications/" + BOT_ID + "/guilds/" + GUILD_ID + "/commands"));
                fake.await("the old global commands removed", r -> r.is("PUT", "/api/v10/applications/" + BOT_ID + "/commands") && r.json().isEmpty());
            }
            assertThat(fake.commandNames(GUILD_ID)).containsExactlyInAnyOrderElementsOf(all);
            assertThat(fake.commandNames(null)).isEmpty();

            long before = puts(fake);
            long reads = gets(fake);
            try (DiscordBot again = start(fake, GUILD_ID)) {
                fake.await("both command lists read back after the restart", r -> gets(fake) >= reads + 2);
                Thread.sleep(300); // let any (wrong) PUT that would follow the read-back arrive
            }
            assertThat(puts(fake)).as("the same commands are not sent again").isEqualTo(before);

            try (DiscordBot global = start(fake, "")) {
                fake.await("the server's commands removed", r -> r.is("PUT", "/api/v10/applications/" + BOT_ID + "/guilds/" + GUILD_ID + "/commands")
                        && r.json().isEmpty());
                fake.await("global registration", r -> r.is("PUT", "/api/v10/applications/" + BOT_ID + "/commands") && r.json().size() == all.size());
            }
            assertThat(fake.commandNames(GUILD_ID)).isEmpty();
            assertThat(fake.commandNames(null)).containsExactlyInAnyOrderElementsOf(all);
        }
    }
}
