package dev.redcarpet.ops;

import dev.redcarpet.config.Config;
import dev.redcarpet.discord.BotEvents;
import dev.redcarpet.discord.DiscordBot;
import dev.redcarpet.engine.Engine;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;

/**
 * Everything that makes the bot a service, around one {@link Engine}: metrics, health, the optional
 * HTTP endpoint and the reload stamp shared with other processes. Start it right after the engine,
 * hand {@link #botEvents()} to the Discord bot, then {@link #watch(DiscordBot)} it.
 *
 * <pre>{@code
 * try (Operations ops = Operations.start(engine)) {
 *     ops.expectGateway();
 *     DiscordBot bot = DiscordBot.start(new EngineBackend(engine), config, token, DiscordBot.Options.defaults().withEvents(ops.botEvents()));
 *     ops.watch(bot);
 * }
 * }</pre>
 */
public final class Operations implements AutoCloseable {
    /** How often each process looks at data/.reload-request. */
    public static final Duration RELOAD_POLL = Duration.ofSeconds(5);

    private final Metrics metrics;
    private final Health health;
    private final ReloadWatcher watcher;
    private final HealthServer server;

    private Operations(Metrics metrics, Health health, ReloadWatcher watcher, HealthServer server) {
        this.metrics = metrics;
        this.health = health;
        this.watcher = watcher;
        this.server = server;
    }

    /** Starts with the endpoint the engine's config asks for (http.port 0: no endpoint). */
    public static Operations start(Engine engine) {
        return start(engine, endpoint(engine.config().http()), RELOAD_POLL);
    }

    /**
     * @param http       where to serve /healthz and /metrics (port 0: any free port), or null for no endpoint
     * @param reloadPoll how often to look for reload requests of other processes
     */
    public static Operations start(Engine engine, InetSocketAddress http, Duration reloadPoll) {
        Metrics metrics = new Metrics();
        Health health = new Health(engine, Clock.systemUTC());
        engine.addListener(metrics);
        engine.addListener(health);
        metrics.watch(health);
        ReloadWatcher watcher = ReloadWatcher.start(engine, reloadPoll);
        engine.startFetching(); // the web sources of redcarpet.yaml, as they fall due
        HealthServer server = null;
        try {
            if (http != null) server = HealthServer.start(http, health, metrics);
        } catch (RuntimeException e) {
            watcher.close();
            metrics.close();
            throw e;
        }
        return new Operations(metrics, health, watcher, server);
    }

    /** The configured endpoint address, or null when http.port is 0 (off). */
    public static InetSocketAddress endpoint(Config.Http http) {
        if (http == null || http.port() == 0) return null;
        return new InetSocketAddress(http.bind(), http.port());
    }

    /** Hooks for the Discord layer: rate-limit refusals and failures. */
    public BotEvents botEvents() {
        return metrics;
    }

    /** Health turns failing until a bot is watched and all its shards are connected. */
    public void expectGateway() {
        health.expectGateway();
    }

    /** Reports the bot's shards in /healthz and counts their reconnects. */
    public void watch(DiscordBot bot) {
        health.watch(bot.shardManager());
        bot.shardManager().addEventListener(new GatewayWatch(metrics));
    }

    /** The bound endpoint, or null when off. */
    public InetSocketAddress address() {
        return server == null ? null : server.address();
    }

    /** "http://127.0.0.1:9100", or null when off. */
    public String url() {
        InetSocketAddress a = address();
        return a == null ? null : "http://" + a.getHostString() + ":" + a.getPort();
    }

    public Metrics metrics() {
        return metrics;
    }

    public Health health() {
        return health;
    }

    @Override
    public void close() {
        if (server != null) server.close();
        watcher.close();
        metrics.close();
    }
}
