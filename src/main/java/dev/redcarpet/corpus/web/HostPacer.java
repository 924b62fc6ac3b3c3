package dev.redcarpet.corpus.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/** One request at a time per host, with at least a pause between the end of one and the start of the next. */
final class HostPacer {
    private final long delayMillis;
    private final ConcurrentMap<String, Host> hosts = new ConcurrentHashMap<>();

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        long lastEnd = Long.MIN_VALUE;
        long crawlDelayMillis;
    }

    interface Call<T> {
        T run() throws Exception;
    }

    HostPacer(long delayMillis) {
        this.delayMillis = delayMillis;
    }

    /** A longer pause asked for by the host's robots.txt (Crawl-delay), capped at a minute. */
    void crawlDelay(String host, long millis) {
        hosts.computeIfAbsent(host, h -> new Host()).crawlDelayMillis = Math.min(60_000, Math.max(0, millis));
    }

    <T> T call(String host, Call<T> call) throws Exception {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        h.lock.lockInterruptibly();
        try {
            long pause = Math.max(delayMillis, h.crawlDelayMillis);
            if (h.lastEnd != Long.MIN_VALUE) {
                long waitMillis = pause - (System.nanoTime() - h.lastEnd) / 1_000_000;
                if (waitMillis > 0) Thread.sleep(waitMillis);
            }
            try {
                return call.run();
            } finally {
                h.lastEnd = System.nanoTime();
            }
        } finally {
            h.lock.unlock();
        }
    }
}
