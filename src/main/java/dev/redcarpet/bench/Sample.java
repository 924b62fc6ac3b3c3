package dev.redcarpet.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Timings of one measurement, in milliseconds: median, p99 (nearest rank), mean and count. */
public record Sample(int count, double p50, double p99, double mean) {
    public static final Sample NONE = new Sample(0, Double.NaN, Double.NaN, Double.NaN);

    public static Sample ofNanos(long[] nanos) {
        if (nanos.length == 0) return NONE;
        long[] s = nanos.clone();
        Arrays.sort(s);
        double sum = 0;
        for (long v : s) sum += v;
        return new Sample(s.length, rank(s, 50) / 1e6, rank(s, 99) / 1e6, sum / s.length / 1e6);
    }

    public static Sample ofNanos(List<Long> nanos) {
        return ofNanos(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    private static long rank(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** "1.23 / 4.56 ms (n=1000)". */
    public String line() {
        return String.format(Locale.ROOT, "p50 %s / p99 %s ms (n=%d)", ms(p50), ms(p99), count);
    }

    static String ms(double v) {
        if (Double.isNaN(v)) return "–";
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
