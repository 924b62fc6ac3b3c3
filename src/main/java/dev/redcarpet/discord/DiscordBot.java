package dev.redcarpet.discord;

import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Engine;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.cache.CacheFlag;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The running Discord bot: JDA's {@link DefaultShardManager} with the shards from the config, the
 * slash commands, buttons and @mention answers. The token is never logged.
 *
 * <pre>{@code
 * try (DiscordBot bot = DiscordBot.start(engine, config, System.getenv("DISCORD_TOKEN"))) {
 *     bot.awaitShutdown();
 * }
 * }</pre>
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

    /** The longest {@link Options#deferAfter()}: the deferral must still reach Discord within its 3 s. */
    public static final Duration MAX_DEFER_AFTER = Duration.ofMillis(2500);

    private final ShardManager shards;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Dispatcher listener;
    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * Where and how the bot runs. Production uses {@link #defaults()}; tests point JDA at a fake Discord.
     *
     * @param restBaseUrl REST API base, e.g. "http://127.0.0.1:1234/api/v10/"; null for Discord's
     * @param gatewayUrl  gateway address, e.g. "ws://127.0.0.1:1235"; null for Discord's
     * @param varDir      where feedback.jsonl and the button keys are kept
     * @param deferAfter  how long an engine answer may take before the reply is deferred ("thinking…"):
     *                    zero (the default) acknowledges at once and edits the answer in; up to
     *                    {@link #MAX_DEFER_AFTER} answers in the callback when the answer is that quick
     * @param events      told of rate-limit refusals and failures, for metrics
     * @param tokenLifetime how long Discord accepts edits of an interaction's reply (15 minutes; shorter in tests)
     */
    public record Options(String restBaseUrl, String gatewayUrl, Path varDir, Duration deferAfter, Clock clock, BotEvents events,
                          Duration tokenLifetime) {
        public Options {
            Objects.requireNonNull(varDir, "varDir");
            Objects.requireNonNull(deferAfter, "deferAfter");
            if (deferAfter.isNegative() || deferAfter.compareTo(MAX_DEFER_AFTER) > 0) {
                throw new IllegalArgumentException("deferAfter must be between 0 and " + MAX_DEFER_AFTER.toMillis()
                        + " ms (Discord wants the acknowledgement within 3 s), got " + deferAfter.toMillis() + " ms");
            }
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(events, "events");
            if (tokenLifetime == null || tokenLifetime.isNegative() || tokenLifetime.isZero()) {
                throw new IllegalArgumentException("tokenLifetime must be positive, got " + tokenLifetime);
            }
        }

        public Options(String restBaseUrl, String gatewayUrl, Path varDir, Duration deferAfter, Clock clock) {
            this(restBaseUrl, gatewayUrl, varDir, deferAfter, clock, BotEvents.NONE, Acknowledger.TOKEN_LIFETIME);
        }

        public static Options defaults() {
            return new Options(null, null, Path.of("var"), Duration.ZERO, Clock.systemUTC());
        }

        public Options withEvents(BotEvents newEvents) {
            return new Options(restBaseUrl, gatewayUrl, varDir, deferAfter, clock, newEvents, tokenLifetime);
        }

        public Options withTokenLifetime(Duration lifetime) {
            return new Options(restBaseUrl, gatewayUrl, varDir, deferAfter, clock, events, lifetime);
        }
    }

    private DiscordBot(ShardManager shards, ExecutorService workers, ScheduledExecutorService timer, Dispatcher listener) {
        this.shards = shards;
        this.workers = workers;
        this.timer = timer;
        this.listener = listener;
    }

    /** Connects to Discord with the token and waits until every shard of this process is ready. */
    public static DiscordBot start(Engine engine, Config config, String token) throws InterruptedException {
        return start(new EngineBackend(engine), config, token, Options.defaults());
    }

    public static DiscordBot start(BotBackend backend, Config config, String token, Options options) throws InterruptedException {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("no Discord token: set DISCORD_TOKEN to the bot token from the Developer Portal");
        }
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);

        Config.Discord discord = config.discord();
        int[] range = shardRange(discord);
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "redcarpet-defer");
            t.setDaemon(true);
            return t;
        });
        Views views = new Views(backend, new RequestStore(options.varDir().resolve("discord-buttons.jsonl"), 20_000));
        FeedbackLog feedback = new FeedbackLog(options.varDir().resolve("feedback.jsonl"));
        RateLimiter limiter = new RateLimiter(discord.userCooldownSeconds(), discord.guildPerMinute(), options.clock());
        BotContext context = new BotContext(backend, discord, views, new Conversations(10_000), feedback,
                new AttachmentDownloader(), options.events());
        Acknowledger ack = new Acknowledger(workers, timer, options.deferAfter(), options.tokenLifetime(), options.events());
        Registration registration = new Registration(discord.guildIds(), options.varDir().resolve("discord-commands.json"));
        Dispatcher listener = new Dispatcher(context, limiter, workers, ack, registration);

        // Messages (not content) in servers and DMs: Discord still sends the text of DMs and of messages that mention the bot.
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder
                .createLight(token, EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES))
                .enableCache(CacheFlag.ROLE_TAGS) // to tell the bot's own managed role from other bots' roles
                .addEventListeners(listener)
                .setActivity(Activity.listening("/ask"))
                .setEnableShutdownHook(false);
        if (discord.shardTotal() > 0) builder.setShardsTotal(discord.shardTotal());
        if (range != null) builder.setShards(range[0], range[1]);
        // Options (tests) win over the config (file, REDCARPET_DISCORD_*, DISCORD_REST_URL, DISCORD_GATEWAY_URL).
        String rest = options.restBaseUrl() != null ? options.restBaseUrl() : discord.restUrl();
        String gateway = options.gatewayUrl() != null ? options.gatewayUrl() : discord.gatewayUrl();
        if (rest != null) builder.setRestConfig(new RestConfig().setBaseUrl(rest.endsWith("/") ? rest : rest + "/"));
        builder.setSessionController(new GatewaySessions(gateway));
        if (gateway != null && gateway.startsWith("ws://")) builder.setCompression(Compression.NONE);
        if (rest != null || gateway != null) {
            LOG.info("Discord endpoints: REST {}, gateway {}", rest != null ? rest : "Discord's", gateway != null ? gateway : "as Discord names it");
        }
        ShardManager manager;
        LOG.info("Connecting to Discord (shard total {}, shards {})",
                discord.shardTotal() > 0 ? discord.shardTotal() : "as Discord recommends",
                range == null ? "all" : range[0] + "-" + range[1]);
        try {
            manager = builder.build();
        } catch (RuntimeException e) {
            workers.shutdownNow();
            timer.shutdownNow();
            LOG.warn("Could not connect to Discord: {}", e.getMessage());
            throw new IllegalStateException("could not connect to Discord: " + e.getMessage(), e);
        }
        DiscordBot bot = new DiscordBot(manager, workers, timer, listener);
        awaitAllShards(manager);
        LOG.info("Discord bot ready on {} shard(s) of {}", manager.getShardCache().size(), manager.getShardsTotal());
        return bot;
    }

    /** Shards start one after another (Discord's identify limit): wait until every queued shard is ready. */
    private static void awaitAllShards(ShardManager manager) throws InterruptedException {
        while (true) {
            for (JDA jda : manager.getShardCache()) jda.awaitReady();
            if (manager.getShardsQueued() == 0 && manager.getShardCache().stream().allMatch(j -> j.getStatus() == JDA.Status.CONNECTED)) {
                return;
            }
            Thread.sleep(50);
        }
    }

    /**
     * The shard ids this process runs, from "3" or "0-3", checked against the total; null for all.
     *
     * @throws IllegalArgumentException with a one-line reason naming the config keys
     */
    static int[] shardRange(Config.Discord discord) {
        String shards = discord.shards();
        if (shards == null || shards.isBlank()) return null;
        if (discord.shardTotal() <= 0) {
            throw new IllegalArgumentException("discord.shards is '" + shards + "' but discord.shardTotal is not set:"
                    + " a shard range needs the total number of shards");
        }
        String[] parts = shards.strip().split("-");
        int from;
        int to;
        try {
            from = Integer.parseInt(parts[0].strip());
            to = parts.length > 1 ? Integer.parseInt(parts[1].strip()) : from;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("discord.shards must be a shard id or a range like 0-3, got '" + shards + "'");
        }
        if (parts.length > 2 || from > to || to >= discord.shardTotal()) {
            throw new IllegalArgumentException("discord.shards '" + shards + "' must be a range from low to high within 0-"
                    + (discord.shardTotal() - 1) + " (discord.shardTotal is " + discord.shardTotal() + ")");
        }
        return new int[] {from, to};
    }

    public ShardManager shardManager() {
        return shards;
    }

    /** Blocks until {@link #close()} is called (e.g. from a shutdown hook). */
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    @Override
    public synchronized void close() {
        if (stopped.getCount() == 0) return;
        // Stop taking interactions, let those in flight finish and queue their replies, then disconnect
        // (JDA still sends the replies already queued).
        listener.stopTaking();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS)) LOG.warn("Answers still running at shutdown were dropped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shards.shutdown();
        for (JDA jda : shards.getShardCache()) {
            try {
                jda.awaitShutdown(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        timer.shutdownNow();
        stopped.countDown();
    }
}
