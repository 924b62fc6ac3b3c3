package dev.redcarpet.bench;

import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The build figure alone, repeated: plain Lucene and our build take turns on the same generated
 * articles, each timed from reading data/ to the commit with the process CPU it used, so that the
 * ratio of the two rates can be read as a median over repeats on a loaded machine.
 */
public final class BuildBench {
    /** One turn: wall seconds and process CPU seconds of plain Lucene and of our build. */
    public record Turn(double plainSeconds, double plainCpu, double oursSeconds, double oursCpu) {
        public double share() {
            return plainSeconds / oursSeconds;
        }

        /** The same share counted in CPU time, which a loaded machine disturbs less than wall time. */
        public double cpuShare() {
            return plainCpu / oursCpu;
        }
    }

    /** The turns at one size and their medians. */
    public record Result(int articles, List<Turn> turns) {
        public double medianPlainRate() {
            return median(turns.stream().mapToDouble(t -> articles / t.plainSeconds()).toArray());
        }

        public double medianOursRate() {
            return median(turns.stream().mapToDouble(t -> articles / t.oursSeconds()).toArray());
        }

        public double medianShare() {
            return median(turns.stream().mapToDouble(Turn::share).toArray());
        }

        public double medianCpuShare() {
            return median(turns.stream().mapToDouble(Turn::cpuShare).toArray());
        }

        public double medianOursCpu() {
            return median(turns.stream().mapToDouble(Turn::oursCpu).toArray());
        }

        public String line() {
            return String.format(Locale.ROOT, "%d articles, median of %d: plain Lucene %.0f articles/s, ours %.0f articles/s, "
                            + "ours/plain %.1f%%; by CPU time ours/plain %.1f%%, our build CPU %.1f s", articles, turns.size(),
                    medianPlainRate(), medianOursRate(), 100 * medianShare(), 100 * medianCpuShare(), medianOursCpu());
        }
    }

    private final Config base;
    private final long seed;
    private final Path work;

    public BuildBench(Config base, long seed, Path work) {
        this.base = base;
        this.seed = seed;
        this.work = work;
    }

    public Result run(int n, int repeats, EngineBench.Progress log) {
        Path dir = work.resolve(String.valueOf(n));
        Path articles = dir.resolve("articles");
        CorpusGenerator gen = CorpusGenerator.of(base, n, seed);
        BenchSuite.ensureCorpus(gen, dir, articles, seed, log);
        Config config = base.withData(articles).withIndex(dir.resolve("index"));
        List<Turn> turns = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            double c0 = cpuSeconds();
            double plain = PlainLuceneBuild.seconds(articles, dir.resolve("plain-lucene-index"), base.corpus().maxFileBytes());
            double c1 = cpuSeconds();
            EngineBench.wipe(config.index());
            long t0 = System.nanoTime();
            try (Engine engine = Engine.open(config)) {
                if (engine.stats().articles() != n) log.say("note: the index holds " + engine.stats().articles() + " articles");
            }
            double ours = (System.nanoTime() - t0) / 1e9;
            Turn t = new Turn(plain, c1 - c0, ours, cpuSeconds() - c1);
            turns.add(t);
            log.say(String.format(Locale.ROOT, "turn %d: plain Lucene %.1f s (%.0f/s, CPU %.1f s), ours %.1f s (%.0f/s, CPU %.1f s), ours/plain %.1f%% (by CPU %.1f%%)",
                    r + 1, plain, n / plain, t.plainCpu(), ours, n / ours, t.oursCpu(), 100 * t.share(), 100 * t.cpuShare()));
        }
        return new Result(n, turns);
    }

    private static double cpuSeconds() {
        long nanos = EngineBench.processCpuNanos();
        return nanos > 0 ? nanos / 1e9 : Double.NaN;
    }

    private static double median(double[] v) {
        if (v.length == 0) return Double.NaN;
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
