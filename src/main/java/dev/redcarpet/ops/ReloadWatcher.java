package dev.redcarpet.ops;

import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.EngineListener;
import dev.redcarpet.engine.ReloadReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Makes a reload reach every process that shares one data/ folder. Whenever this process reloads
 * (an admin's /admin reload or ingest, the console's /reload), it writes a new stamp to
 * {@code data/.reload-request}; every process polls that stamp and reloads when it changes. The
 * file is hidden, so the corpus reader never takes it for an article.
 */
public final class ReloadWatcher implements EngineListener, AutoCloseable {
    /** The stamp's name inside data/. */
    public static final String STAMP = ".reload-request";
    private static final Logger LOG = LoggerFactory.getLogger(ReloadWatcher.class);

    private final Engine engine;
    private final Path stamp;
    private final ScheduledExecutorService timer;
    private final ThreadLocal<Boolean> fromStamp = ThreadLocal.withInitial(() -> false);
    private volatile String seen;

    private ReloadWatcher(Engine engine, Path stamp) {
        this.engine = engine;
        this.stamp = stamp;
        this.seen = read();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "redcarpet-reload-watch");
            t.setDaemon(true);
            return t;
        });
    }

    /** Watches engine's data/ stamp every {@code every}, and stamps it after each reload of this process. */
    public static ReloadWatcher start(Engine engine, Duration every) {
        ReloadWatcher w = new ReloadWatcher(engine, engine.config().data().resolve(STAMP));
        engine.addListener(w);
        w.timer.scheduleWithFixedDelay(w::poll, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return w;
    }

    public Path stamp() {
        return stamp;
    }

    /** Reloads when another process has stamped since the last look. */
    void poll() {
        String now = read();
        if (now == null || now.equals(seen)) return;
        seen = now;
        fromStamp.set(true);
        try {
            ReloadReport r = engine.reload();
            LOG.info("Reloaded on request of another process: {}", r.summary());
        } catch (RuntimeException e) {
            LOG.warn("Reload requested by another process failed: {}", e.getMessage());
        } finally {
            fromStamp.set(false);
        }
    }

    @Override
    public void reloaded(ReloadReport report) {
        if (fromStamp.get()) return;
        String value = Instant.now() + " pid " + ProcessHandle.current().pid() + " " + UUID.randomUUID() + "\n";
        Path tmp = stamp.resolveSibling(STAMP + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.writeString(tmp, value, StandardCharsets.UTF_8);
            seen = value;
            Files.move(tmp, stamp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not write {} to tell other processes to reload: {}", stamp, e.toString());
        }
    }

    private String read() {
        try {
            return Files.readString(stamp, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.debug("Cannot read {}: {}", stamp, e.toString());
            return null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
