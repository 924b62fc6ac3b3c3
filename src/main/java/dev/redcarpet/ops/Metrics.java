package dev.redcarpet.ops;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.discord.BotEvents;
import dev.redcarpet.engine.EngineListener;
import dev.redcarpet.engine.IngestReport;
import dev.redcarpet.engine.ReloadReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The process's metrics in Prometheus format (Micrometer), fed by the engine ({@link EngineListener})
 * and the Discord layer ({@link BotEvents}). Every series with a fixed set of labels exists from the
 * start with value 0, so dashboards and alerts see it before the first event.
 *
 * <ul>
 *   <li>{@code redcarpet_questions_total{command,outcome}}: ask, event, person, quote × answered, not_found, failed</li>
 *   <li>{@code redcarpet_answer_seconds_bucket{command,le}}: answer latency histogram (with _count, _sum, _max)</li>
 *   <li>{@code redcarpet_reloads_total{result}}: ok, failed; {@code redcarpet_reload_articles_total{change}}</li>
 *   <li>{@code redcarpet_ingests_total{result}}: accepted, refused</li>
 *   <li>{@code redcarpet_errors_total{where}}: engine, discord</li>
 *   <li>{@code redcarpet_cooldown_hits_total{scope}}: user, server</li>
 *   <li>{@code redcarpet_gateway_reconnects_total{kind}}: resumed, recreated</li>
 *   <li>gauges from {@link Health}: index articles, generation and age, shards connected, healthy</li>
 * </ul>
 */
public final class Metrics implements EngineListener, BotEvents, AutoCloseable {
    /** The Prometheus text format this endpoint serves. */
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    static final List<String> COMMANDS = List.of("ask", "event", "person", "quote");
    private static final List<String> OUTCOMES = List.of("answered", "not_found", "failed");
    private static final Duration[] LATENCY_BUCKETS = {
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc.bindTo(registry);
        for (String command : COMMANDS) {
            for (String outcome : OUTCOMES) questions(command, outcome);
            latency(command);
        }
        for (String r : List.of("ok", "failed")) counter("redcarpet.reloads", "Reloads of data/ by result", "result", r);
        for (String c : List.of("added", "updated", "removed", "failed")) {
            counter("redcarpet.reload.articles", "Articles changed by reloads (files for failed)", "change", c);
        }
        for (String r : List.of("accepted", "refused")) counter("redcarpet.ingests", "Admin ingests by result", "result", r);
        for (String w : List.of("engine", "discord")) counter("redcarpet.errors", "Failures a user was told sorry about, or reloads that could not run", "where", w);
        for (String s : List.of("user", "server")) counter("redcarpet.cooldown.hits", "Questions refused by the rate limits", "scope", s);
        for (String k : List.of("resumed", "recreated")) counter("redcarpet.gateway.reconnects", "Discord gateway sessions resumed or recreated after a drop", "kind", k);
    }

    /** Adds gauges that read the health state at each scrape. */
    public void watch(Health health) {
        Gauge.builder("redcarpet.index.articles", health, h -> h.index().articles())
                .description("Articles in the index").register(registry);
        Gauge.builder("redcarpet.index.generation", health, h -> h.index().generation())
                .description("Lucene commit generation of the index; rises with each change").register(registry);
        Gauge.builder("redcarpet.index.age", health, h -> h.index().ageSeconds())
                .description("Seconds since the index last changed").baseUnit("seconds").register(registry);
        Gauge.builder("redcarpet.shards.connected", health, h -> h.gateway().connected())
                .description("Discord shards of this process that are connected").register(registry);
        Gauge.builder("redcarpet.shards", health, h -> h.gateway().shards().size())
                .description("Discord shards this process runs").register(registry);
        Gauge.builder("redcarpet.healthy", health, h -> h.check().healthy() ? 1 : 0)
                .description("1 when /healthz answers 200").register(registry);
    }

    /** The metrics in Prometheus text format. */
    public String scrape() {
        return registry.scrape();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    // ---- engine ----

    @Override
    public void answered(String command, Answer answer, long nanos, boolean failed) {
        String outcome = failed ? "failed" : answer != null && !answer.abstained() ? "answered" : "not_found";
        questions(command, outcome).increment();
        latency(command).record(nanos, TimeUnit.NANOSECONDS);
        if (failed) errors("engine");
    }

    @Override
    public void reloaded(ReloadReport r) {
        counter("redcarpet.reloads", null, "result", "ok").increment();
        registry.counter("redcarpet.reload.articles", "change", "added").increment(r.added());
        registry.counter("redcarpet.reload.articles", "change", "updated").increment(r.updated());
        registry.counter("redcarpet.reload.articles", "change", "removed").increment(r.removed());
        registry.counter("redcarpet.reload.articles", "change", "failed").increment(r.failed().size());
    }

    @Override
    public void reloadFailed(RuntimeException error) {
        counter("redcarpet.reloads", null, "result", "failed").increment();
        errors("engine");
    }

    @Override
    public void ingested(IngestReport report) {
        registry.counter("redcarpet.ingests", "result", report.accepted() ? "accepted" : "refused").increment();
    }

    // ---- Discord ----

    @Override
    public void cooldownHit(boolean perUser) {
        registry.counter("redcarpet.cooldown.hits", "scope", perUser ? "user" : "server").increment();
    }

    @Override
    public void failed(String command) {
        errors("discord");
    }

    /** A gateway session came back: resumed (events replayed) or recreated (a fresh session). */
    public void gatewayReconnect(boolean resumed) {
        registry.counter("redcarpet.gateway.reconnects", "kind", resumed ? "resumed" : "recreated").increment();
    }

    // ---- meters ----

    private void errors(String where) {
        registry.counter("redcarpet.errors", "where", where).increment();
    }

    private Counter questions(String command, String outcome) {
        return counter("redcarpet.questions", "Questions and browse commands by outcome", "command", command, "outcome", outcome);
    }

    private Timer latency(String command) {
        return Timer.builder("redcarpet.answer").description("Time to answer a question or browse command")
                .tag("command", command).serviceLevelObjectives(LATENCY_BUCKETS).register(registry);
    }

    private Counter counter(String name, String description, String... tags) {
        return Counter.builder(name).description(description).tags(tags).register(registry);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
