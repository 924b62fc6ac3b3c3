package dev.redcarpet.ops;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.redcarpet.corpus.web.SourceStatus;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.EngineListener;
import dev.redcarpet.engine.ReloadReport;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.apache.lucene.index.SegmentInfos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What /healthz reports: the gateway status of each shard this process runs, the index's commit
 * generation and age, and the last reload. Healthy means every shard is connected (in Discord mode),
 * the index holds articles, and the last reload could run.
 */
public final class Health implements EngineListener {
    private final Engine engine;
    private final Clock clock;
    private volatile ShardManager shards;
    private volatile boolean discord;
    private volatile LastReload lastReload;

    /** One shard's gateway state, e.g. CONNECTED, ATTEMPTING_TO_RECONNECT. */
    public record Shard(int id, String status) {
    }

    /**
     * @param mode "console" (no gateway) or "discord"
     */
    public record Gateway(String mode, List<Shard> shards, int connected) {
        public Gateway {
            shards = List.copyOf(shards);
        }
    }

    /**
     * @param generation  Lucene commit generation (rises with each committed change), -1 when unknown
     * @param committedAt when the index last changed, or null
     * @param ageSeconds  seconds since then, -1 when unknown
     */
    public record Index(int articles, long generation, Instant committedAt, long ageSeconds) {
    }

    /**
     * @param at      when it finished (start-up scan included)
     * @param ok      false when the reload could not run at all
     * @param summary counts of the reload, or why it failed
     */
    public record LastReload(Instant at, boolean ok, String summary, int failedFiles) {
    }

    /**
     * The web sources of redcarpet.yaml. A failing source is shown here but does not make the bot
     * unhealthy: the bot still answers from what it has.
     */
    public record Sources(int configured, int failing, List<SourceStatus> list) {
        public Sources {
            list = List.copyOf(list);
        }
    }

    /** The whole report; {@code problems} say why it is not healthy. */
    @JsonPropertyOrder({"status", "healthy", "problems", "gateway", "index", "lastReload", "sources"})
    public record Report(boolean healthy, List<String> problems, Gateway gateway, Index index, LastReload lastReload,
                         Sources sources) {
        public Report {
            problems = List.copyOf(problems);
        }

        @JsonProperty("status")
        public String status() {
            return healthy ? "ok" : "failing";
        }
    }

    public Health(Engine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
        ReloadReport first = engine.lastReload();
        this.lastReload = first == null ? null : new LastReload(clock.instant(), true, first.summary(), first.failed().size());
    }

    /** From now on, the gateway is expected: unhealthy until every shard is connected. */
    void expectGateway() {
        discord = true;
    }

    /** Reports the shards of this process. */
    void watch(ShardManager manager) {
        discord = true;
        shards = manager;
    }

    public Report check() {
        List<String> problems = new ArrayList<>();
        Gateway gateway = gateway();
        if (gateway.mode().equals("discord")) {
            if (gateway.shards().isEmpty()) problems.add("not connected to Discord yet");
            for (Shard s : gateway.shards()) {
                if (!s.status().equals(JDA.Status.CONNECTED.name())) problems.add("shard " + s.id() + " is " + s.status());
            }
            ShardManager m = shards;
            if (m != null && m.getShardsQueued() > 0) problems.add(m.getShardsQueued() + " shard(s) still queued to connect");
        }
        Index index = index();
        if (index.articles() == 0) problems.add("the index holds no articles (is " + engine.config().data() + " empty?)");
        LastReload reload = lastReload;
        if (reload != null && !reload.ok()) problems.add("the last reload failed: " + reload.summary());
        return new Report(problems.isEmpty(), problems, gateway, index, reload, sources());
    }

    public Sources sources() {
        List<SourceStatus> list = engine.webSources();
        return new Sources(list.size(), (int) list.stream().filter(SourceStatus::failing).count(), list);
    }

    public Gateway gateway() {
        ShardManager m = shards;
        if (!discord) return new Gateway("console", List.of(), 0);
        if (m == null) return new Gateway("discord", List.of(), 0);
        List<Shard> list = m.getShardCache().stream()
                .map(j -> new Shard(j.getShardInfo().getShardId(), j.getStatus().name()))
                .sorted(Comparator.comparingInt(Shard::id)).toList();
        int connected = (int) list.stream().filter(s -> s.status().equals(JDA.Status.CONNECTED.name())).count();
        return new Gateway("discord", list, connected);
    }

    public Index index() {
        int articles = engine.sources().articles();
        Path dir = engine.config().index();
        String[] files = dir.toFile().list();
        if (files == null) return new Index(articles, -1, null, -1);
        long generation = SegmentInfos.getLastCommitGeneration(files);
        if (generation < 0) return new Index(articles, -1, null, -1);
        try {
            Instant at = Files.getLastModifiedTime(dir.resolve(SegmentInfos.getLastCommitSegmentsFileName(files))).toInstant();
            long age = Math.max(0, Duration.between(at, clock.instant()).toSeconds());
            return new Index(articles, generation, at, age);
        } catch (IOException e) {
            return new Index(articles, generation, null, -1);
        }
    }

    @Override
    public void reloaded(ReloadReport report) {
        lastReload = new LastReload(clock.instant(), true, report.summary(), report.failed().size());
    }

    @Override
    public void reloadFailed(RuntimeException error) {
        String why = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        lastReload = new LastReload(clock.instant(), false, why, 0);
    }
}
