package dev.redcarpet.engine;

import java.util.Arrays;

/** The last few thousand answer times, for p50/p99 in /admin stats. */
final class Latencies {
    private final long[] nanos = new long[4096];
    private long count;

    synchronized void record(long elapsedNanos) {
        nanos[(int) (count++ % nanos.length)] = elapsedNanos;
    }

    synchronized long count() {
        return count;
    }

    synchronized double percentileMillis(double p) {
        int n = (int) Math.min(count, nanos.length);
        if (n == 0) return 0;
        long[] copy = Arrays.copyOf(nanos, n);
        Arrays.sort(copy);
        int i = (int) Math.min(n - 1, Math.ceil(p / 100.0 * n) - 1);
        return copy[Math.max(0, i)] / 1_000_000.0;
    }
}
