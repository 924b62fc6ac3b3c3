package dev.redcarpet.bench;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.ReloadReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** In-process measurements of the engine over one generated corpus: build, ask, autocomplete, reload. */
public final class EngineBench {
    /** What one size measured in this JVM. */
    public record Result(int articles, double buildSeconds, Sample ask, Map<String, Sample> askByKind, double hitAt5,
                         Sample suggestPeople, Sample suggestEvents, Sample reload, int reloadAdded, Memory askMemory, Sample askCpu,
                         int warmups, Sample firstPass, Sample firstPassCpu) {
        public double buildRate() {
            return articles / buildSeconds;
        }
    }

    private final Config config;
    private final CorpusGenerator generator;
    private final Path articlesDir;
    private final int askRounds;
    private final int reloadRuns;
    private final int warmups;

    public EngineBench(Config config, CorpusGenerator generator, Path articlesDir, int askRounds, int reloadRuns) {
        this(config, generator, articlesDir, askRounds, reloadRuns, 1);
    }

    /**
     * @param warmups untimed passes over the questions before the timed rounds (at least 1); the first pass's own
     *                figures are reported too, as the cold start they are
     */
    public EngineBench(Config config, CorpusGenerator generator, Path articlesDir, int askRounds, int reloadRuns, int warmups) {
        this.config = config;
        this.generator = generator;
        this.articlesDir = articlesDir;
        this.askRounds = askRounds;
        this.reloadRuns = reloadRuns;
        this.warmups = Math.max(1, warmups);
    }

    /** Builds the index from scratch (wiping it), then measures the rest on the open engine. */
    public Result run(List<BenchQuestion> questions, Progress log) {
        return run(questions, log, false);
    }

    /** @param reuseIndex open the index as it is (only bringing it in line with data/) instead of rebuilding it */
    public Result run(List<BenchQuestion> questions, Progress log, boolean reuseIndex) {
        if (!reuseIndex) wipe(config.index());
        long t0 = System.nanoTime();
        try (Engine engine = Engine.open(config)) {
            double build = (System.nanoTime() - t0) / 1e9;
            log.say(String.format(java.util.Locale.ROOT, "%s %d articles in %.1f s", reuseIndex ? "opened (index reused)" : "built",
                    engine.stats().articles(), build));
            if (reuseIndex) build = Double.NaN;
            int hits = 0;
            int answerable = 0;
            List<Long> firstWall = new ArrayList<>();
            List<Long> firstCpu = new ArrayList<>();
            for (BenchQuestion q : questions) { // first warm-up pass, also a sanity check that answers cite the source
                long c0 = cpuNanos();
                long s0 = System.nanoTime();
                Answer a = engine.ask(q.question());
                firstWall.add(System.nanoTime() - s0);
                firstCpu.add(cpuNanos() - c0);
                if (q.relevant().isEmpty()) continue;
                answerable++;
                if (a.sources().stream().limit(5).anyMatch(s -> q.relevant().contains(s.id()))) hits++;
            }
            Sample firstPass = Sample.ofNanos(firstWall);
            Sample firstPassCpu = Sample.ofNanos(firstCpu);
            log.say("ask first pass (cold: code still being compiled, caches empty) " + firstPass.line() + "; CPU " + firstPassCpu.line());
            // more untimed passes: the JIT is still compiling through the first timed rounds on two cores (each round's
            // median falls round after round), which put compilation into the p99
            for (int pass = 1; pass < warmups; pass++) for (BenchQuestion q : questions) engine.ask(q.question());
            if (warmups > 1) log.say("then " + (warmups - 1) + " more untimed pass(es) before the " + askRounds + " timed rounds");
            List<Long> all = new ArrayList<>();
            List<Long> allocated = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            Map<String, List<Long>> byKind = new TreeMap<>();
            Map<String, List<Long>> cpuByKind = new TreeMap<>();
            List<List<Long>> cpuByRound = new ArrayList<>();
            List<List<Long>> wallByRound = new ArrayList<>();
            GcTotals gc0 = GcTotals.now();
            for (int round = 0; round < askRounds; round++) {
                List<Long> roundCpu = new ArrayList<>();
                List<Long> roundWall = new ArrayList<>();
                cpuByRound.add(roundCpu);
                wallByRound.add(roundWall);
                for (BenchQuestion q : questions) {
                    long a0 = allocatedBytes();
                    long c0 = cpuNanos();
                    long s = System.nanoTime();
                    engine.ask(q.question());
                    long d = System.nanoTime() - s;
                    long c = cpuNanos() - c0;
                    cpu.add(c);
                    roundCpu.add(c);
                    roundWall.add(d);
                    cpuByKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(c);
                    allocated.add(allocatedBytes() - a0);
                    all.add(d);
                    byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(d);
                }
            }
            GcTotals gc = GcTotals.now().minus(gc0);
            Memory memory = Memory.of(allocated, gc);
            log.say("ask memory " + memory.line());
            Map<String, Sample> kinds = new LinkedHashMap<>();
            byKind.forEach((k, v) -> kinds.put(k, Sample.ofNanos(v)));
            log.say("ask " + Sample.ofNanos(all).line() + "; CPU of the asking thread " + Sample.ofNanos(cpu).line());
            // round by round: whether the slow tail is the first timed round (code still being compiled) or every round
            StringBuilder rounds = new StringBuilder("ask by timed round (wall p50/p99, CPU p50/p99 ms):");
            for (int r = 0; r < cpuByRound.size(); r++) {
                Sample w = Sample.ofNanos(wallByRound.get(r));
                Sample c = Sample.ofNanos(cpuByRound.get(r));
                rounds.append(' ').append(r + 1).append(": ").append(Sample.ms(w.p50())).append('/').append(Sample.ms(w.p99()))
                        .append(", ").append(Sample.ms(c.p50())).append('/').append(Sample.ms(c.p99())).append(';');
            }
            log.say(rounds.toString());
            // the questions whose CPU is highest in every round: a tail of its own rather than noise
            int per = questions.size();
            Integer[] slowest = new Integer[per];
            long[] median = new long[per];
            for (int i = 0; i < per; i++) {
                slowest[i] = i;
                long[] t = new long[cpuByRound.size()];
                for (int r = 0; r < t.length; r++) t[r] = cpuByRound.get(r).get(i);
                java.util.Arrays.sort(t);
                median[i] = t.length == 0 ? 0 : t[(t.length - 1) / 2];
            }
            java.util.Arrays.sort(slowest, (a, b) -> Long.compare(median[b], median[a]));
            StringBuilder slow = new StringBuilder("ask slowest questions (median CPU over the rounds):");
            for (int k = 0; k < Math.min(5, per); k++) {
                BenchQuestion q = questions.get(slowest[k]);
                slow.append(String.format(java.util.Locale.ROOT, " %.2f ms %s \"%s\";", median[slowest[k]] / 1e6, q.kind(), q.question()));
            }
            log.say(slow.toString());
            // by kind, CPU (which the machine's load barely moves): where the slow tail comes from
            StringBuilder kindsCpu = new StringBuilder("ask CPU by kind:");
            cpuByKind.forEach((k, v) -> kindsCpu.append(' ').append(k).append(' ').append(Sample.ofNanos(v).line()).append(';'));
            log.say(kindsCpu.toString());
            Sample people = suggest(engine, peoplePrefixes(questions), true);
            Sample events = suggest(engine, eventPrefixes(), false);
            log.say("suggestPeople " + people.line() + ", suggestEvents " + events.line());
            int step = Math.max(1, generator.articles() / 100);
            Sample reload = reload(engine, step, log);
            log.say("reload +" + step + " articles " + reload.line());
            return new Result(generator.articles(), build, Sample.ofNanos(all), kinds,
                    answerable == 0 ? Double.NaN : (double) hits / answerable, people, events, reload, step, memory, Sample.ofNanos(cpu),
                    warmups, firstPass, firstPassCpu);
        }
    }

    private Sample suggest(Engine engine, List<String> prefixes, boolean people) {
        for (String p : prefixes) call(engine, p, people);
        List<Long> t = new ArrayList<>();
        for (int round = 0; round < askRounds * 2; round++) {
            for (String p : prefixes) {
                long s = System.nanoTime();
                call(engine, p, people);
                t.add(System.nanoTime() - s);
            }
        }
        return Sample.ofNanos(t);
    }

    private static void call(Engine engine, String prefix, boolean people) {
        if (people) engine.suggestPeople(prefix, 25);
        else engine.suggestEvents(prefix, 25);
    }

    /** What a fan types: 1 to 8 letters of a name, and a misspelling with a letter dropped. */
    static List<String> peoplePrefixes(List<BenchQuestion> questions) {
        Set<String> names = new LinkedHashSet<>();
        for (BenchQuestion q : questions) {
            if (q.kind().equals("look") || q.kind().equals("quote")) {
                String s = q.question().replaceFirst("^What did ", "");
                int end = s.indexOf(" wear");
                if (end < 0) end = s.indexOf(" say");
                if (end > 0) names.add(s.substring(0, end));
            }
            if (names.size() >= 40) break;
        }
        List<String> out = new ArrayList<>();
        for (String n : names) {
            for (int len : new int[]{1, 2, 4, 8}) out.add(n.substring(0, Math.min(len, n.length())).toLowerCase(java.util.Locale.ROOT));
            if (n.length() > 5) out.add((n.substring(0, 3) + n.substring(4)).toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    static List<String> eventPrefixes() {
        return List.of("", "m", "me", "met", "met g", "osc", "oscars 2024", "can", "cannes", "gold", "gra", "grammys 23",
                "ven", "sag", "crit", "vma", "ton", "tiff", "berl", "baft", "emm", "brit", "cfda", "vanity");
    }

    /** Only start-up and reload, on a corpus that already has its index: the time to open, then reloads of +1%. */
    public Sample openAndReload(Progress log) {
        long t0 = System.nanoTime();
        try (Engine engine = Engine.open(config)) {
            log.say(String.format(java.util.Locale.ROOT, "opened in this JVM in %.0f ms (%s)", (System.nanoTime() - t0) / 1e6,
                    engine.lastReload().summary()));
            return reload(engine, Math.max(1, generator.articles() / 100), log);
        }
    }

    /** Adds 1% of new articles to data/ and reloads, {@code reloadRuns} times; then removes them again. */
    private Sample reload(Engine engine, int step, Progress log) {
        int base = generator.articles();
        List<Long> t = new ArrayList<>();
        List<Long> processCpu = new ArrayList<>();
        List<Long> threadCpu = new ArrayList<>();
        List<Path> added = new ArrayList<>();
        try {
            for (int run = 0; run < reloadRuns; run++) {
                int from = base + run * step;
                for (int i = from; i < from + step; i++) added.add(articlesDir.resolve(generator.article(i).fileName()));
                generator.write(articlesDir, from, from + step);
                long p0 = processCpuNanos();
                long c0 = cpuNanos();
                long s = System.nanoTime();
                ReloadReport r = engine.reload();
                t.add(System.nanoTime() - s);
                threadCpu.add(cpuNanos() - c0);
                processCpu.add(processCpuNanos() - p0);
                if (r.added() != step) throw new IllegalStateException("reload added " + r.added() + ", expected " + step + ": " + r.summary());
            }
        } finally {
            for (Path p : added) delete(p);
            engine.reload();
        }
        // CPU, which other processes on the machine barely move: the whole process (analysis threads, GC), and the
        // thread that lists, compares and writes (the part that does not spread over the cores)
        if (!t.isEmpty()) log.say("reload +" + step + " CPU: process " + Sample.ofNanos(processCpu).line()
                + "; reloading thread " + Sample.ofNanos(threadCpu).line());
        return Sample.ofNanos(t);
    }

    /** CPU time of the whole JVM so far, or 0 where the platform does not tell. */
    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void wipe(Path dir) {
        if (!Files.isDirectory(dir)) return;
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Memory per question: bytes allocated by the asking thread (median and p99), and the collections
     * during the timed rounds (count, total pause, questions asked).
     */
    public record Memory(long allocatedP50, long allocatedP99, long collections, long gcMillis, int questions) {
        static Memory of(List<Long> allocated, GcTotals gc) {
            long[] a = allocated.stream().mapToLong(Long::longValue).sorted().toArray();
            if (a.length == 0) return new Memory(-1, -1, gc.count(), gc.millis(), 0);
            return new Memory(a[(a.length - 1) / 2], a[Math.max(0, (int) Math.ceil(a.length * 0.99) - 1)], gc.count(), gc.millis(), a.length);
        }

        public String line() {
            return String.format(java.util.Locale.ROOT, "allocated p50 %s / p99 %s per question; %d collections, %d ms of GC over %d questions",
                    kib(allocatedP50), kib(allocatedP99), collections, gcMillis, questions);
        }

        static String kib(long bytes) {
            return bytes < 0 ? "–" : String.format(java.util.Locale.ROOT, "%,d KiB", bytes / 1024);
        }
    }

    /** Collections and their accumulated time over every collector of this JVM. */
    record GcTotals(long count, long millis) {
        static GcTotals now() {
            long c = 0;
            long t = 0;
            for (var b : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                c += Math.max(0, b.getCollectionCount());
                t += Math.max(0, b.getCollectionTime());
            }
            return new GcTotals(c, t);
        }

        GcTotals minus(GcTotals o) {
            return new GcTotals(count - o.count, millis - o.millis);
        }
    }

    /** CPU time of this thread so far: unlike the wall clock, barely moved by other processes on the machine. */
    static long cpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Bytes this thread has allocated so far (-1 when the JVM cannot tell). */
    static long allocatedBytes() {
        if (java.lang.management.ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
            return t.getCurrentThreadAllocatedBytes();
        }
        return -1;
    }

    /** Where progress lines go. */
    @FunctionalInterface
    public interface Progress {
        void say(String line);
    }
}
