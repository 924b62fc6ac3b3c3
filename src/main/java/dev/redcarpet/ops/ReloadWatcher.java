package dev.redcarpet.ops;

import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.EngineListener;
import dev.redcarpet.engine.ReloadReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
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
    /** A stamp is one short line; anything larger is not ours. */
    static final int MAX_STAMP_BYTES = 512;
    private static final Logger LOG = LoggerFactory.getLogger(ReloadWatcher.class);

    private final Engine engine;
    private final Path stamp;
    private final ScheduledExecutorService timer;
    private final ThreadLocal<Boolean> fromStamp = ThreadLocal.withInitial(() -> false);
    private volatile String seen;
    private volatile String lastProblem;

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

    /** Reloads when another process has stamped since the last look; never lets the polling task die. */
    void poll() {
        try {
            pollOnce();
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("Checking {} failed: {}", stamp, e.toString());
        } catch (OutOfMemoryError e) {
            LOG.error("Out of memory while reloading on request of another process; still answering from the previous index");
        }
    }

    private void pollOnce() {
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
            Files.deleteIfExists(tmp); // never write through a link someone left under this name
            Files.writeString(tmp, value, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            seen = value;
            Files.move(tmp, stamp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not write {} to tell other processes to reload: {}", stamp, e.toString());
        }
    }

    /**
     * The stamp's text, or null when there is none or it is not a stamp: only a regular file (never
     * followed through a symbolic link, never a pipe or device that would block or never end) of at most
     * {@value #MAX_STAMP_BYTES} bytes is read. A bad stamp is reported once, not at every poll.
     */
    String read() {
        try {
            BasicFileAttributes attrs = Files.readAttributes(stamp, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile()) {
                return problem(attrs.isSymbolicLink() ? "is a symbolic link" : "is not a regular file");
            }
            if (attrs.size() > MAX_STAMP_BYTES) return problem("is " + attrs.size() + " bytes, more than a stamp's " + MAX_STAMP_BYTES);
            byte[] bytes;
            try (var ch = Files.newByteChannel(stamp, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                 var in = java.nio.channels.Channels.newInputStream(ch)) {
                bytes = in.readNBytes(MAX_STAMP_BYTES + 1);
            }
            if (bytes.length > MAX_STAMP_BYTES) return problem("is larger than a stamp's " + MAX_STAMP_BYTES + " bytes");
            lastProblem = null;
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.debug("Cannot read {}: {}", stamp, e.toString());
            return null;
        }
    }

    private String problem(String what) {
        if (!what.equals(lastProblem)) LOG.warn("Ignoring {}: it {}; remove it, and reloads will spread again", stamp, what);
        lastProblem = what;
        return null;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
