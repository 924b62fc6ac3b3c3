package dev.redcarpet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.redcarpet.bench.ArticleExport;
import dev.redcarpet.bench.BenchReport;
import dev.redcarpet.bench.BenchSuite;
import dev.redcarpet.bench.CorpusGenerator;
import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Benchmarks: a generated corpus, the engine's figures at several sizes, MiniSearch beside them. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Performance benchmarks over generated corpora (see README, Performance).",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Export.class, BenchCommand.All.class, BenchCommand.Build.class, BenchCommand.Startup.class, BenchCommand.Heap.class, BenchCommand.Reload.class})
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new Main.UserError("choose a bench command: generate, export, all or build (see bench --help)");
    }

    /** Writes a deterministic corpus of invented articles, and questions about it. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write N invented articles (raw .txt) to DIR/articles and questions to DIR/questions.jsonl.")
    static final class Generate implements Callable<Integer> {
        @Mixin
        CommonOptions options = new CommonOptions();
        @Option(names = "--articles", required = true, paramLabel = "N") int articles;
        @Option(names = "--seed", defaultValue = "42", paramLabel = "S") long seed;
        @Option(names = "--out", required = true, paramLabel = "DIR") Path out;
        @Option(names = "--questions", defaultValue = "200", paramLabel = "Q", description = "How many questions (default 200).") int questions;

        @Override
        public Integer call() {
            if (articles < 1) throw new Main.UserError("--articles must be at least 1");
            guardData(options.load(), out);
            CorpusGenerator g = CorpusGenerator.of(options.load(), articles, seed);
            long t0 = System.nanoTime();
            g.write(out.resolve("articles"), 0, articles);
            g.writeQuestions(out.resolve("questions.jsonl"), questions);
            System.out.printf(Locale.ROOT, "Wrote %d articles to %s and %d questions to %s in %.1f s%n", articles,
                    out.resolve("articles"), questions, out.resolve("questions.jsonl"), (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }

    /** Writes our parsed articles as JSONL for the peer. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the articles of --data as parsed (clutter removed) to FILE as JSONL: id, title, date, source, text.")
    static final class Export implements Callable<Integer> {
        @Mixin
        CommonOptions options = new CommonOptions();
        @Option(names = "--out", required = true, paramLabel = "FILE") Path out;

        @Override
        public Integer call() {
            Config c = options.load();
            if (!Files.isDirectory(c.data())) throw new Main.UserError("data folder not found: " + c.data());
            int n = ArticleExport.write(c.data(), out, c.corpus().maxFileBytes());
            System.out.println("Exported " + n + " articles to " + out);
            return 0;
        }
    }

    /** Every figure of the README's Performance table. */
    @Command(name = "all", mixinStandardHelpOptions = true,
            description = "Run every benchmark at each size, MiniSearch beside ours, and recall on the dev set; "
                    + "writes WORK/results.md and WORK/results.json.")
    static final class All implements Callable<Integer> {
        @Mixin
        CommonOptions options = new CommonOptions();
        @Option(names = "--sizes", split = ",", defaultValue = "1000,10000", paramLabel = "N,N", description = "Corpus sizes (default 1000,10000).") List<Integer> sizes;
        @Option(names = "--seed", defaultValue = "42") long seed;
        @Option(names = "--work", defaultValue = "var/bench", paramLabel = "DIR", description = "Corpora, indexes and results (default var/bench).") Path work;
        @Option(names = "--jar", defaultValue = "target/redcarpet-bot.jar", paramLabel = "JAR", description = "The jar spawned for startup and heap.") Path jar;
        @Option(names = "--peer", defaultValue = "bench/peer", paramLabel = "DIR", description = "MiniSearch script folder (npm ci there first).") Path peer;
        @Option(names = "--no-peer", description = "Skip MiniSearch.") boolean noPeer;
        @Option(names = "--node", defaultValue = "node") String node;
        @Option(names = "--devset", defaultValue = "../shared/devset", paramLabel = "DIR", description = "Dev set for recall (skipped when absent).") Path devset;
        @Option(names = "--questions", defaultValue = "200", description = "Questions per size (default 200).") int questions;
        @Option(names = "--rounds", defaultValue = "5", description = "Timed passes over the questions (default 5).") int rounds;
        @Option(names = "--warmups", defaultValue = "3", description = "Untimed passes over the questions before the timed rounds (default 3; "
                + "the first pass's figures are reported as well).") int warmups;
        @Option(names = "--reloads", defaultValue = "3", description = "Reloads of +1%% each (default 3).") int reloads;
        @Option(names = "--startups", defaultValue = "5", description = "JVM starts timed (default 5).") int startups;
        @Option(names = "--reuse-index", description = "Keep each size's index instead of rebuilding it (no build figure; for measuring questions).") boolean reuseIndex;

        @Override
        public Integer call() throws Exception {
            Config base = options.load();
            guardData(base, work);
            if (!Files.isRegularFile(jar)) throw new Main.UserError("jar not found: " + jar + " (build it with ./mvnw -q -B package -DskipTests)");
            if (sizes.stream().anyMatch(n -> n < 1)) throw new Main.UserError("--sizes must be positive numbers");
            if (warmups < 1) throw new Main.UserError("--warmups must be at least 1");
            Path dev = Files.isRegularFile(devset.resolve("questions.jsonl")) ? devset : null;
            if (dev == null) System.err.println("note: no dev set at " + devset + "; recall is skipped");
            BenchSuite.Options o = new BenchSuite.Options(sizes, seed, work, jar, noPeer ? null : peer, node, dev,
                    questions, rounds, reloads, startups, reuseIndex, warmups);
            String command = "java -jar " + jar + " bench all --sizes " + String.join(",", sizes.stream().map(String::valueOf).toList());
            BenchSuite.Report report = new BenchSuite(base, o, line -> System.err.println("[bench] " + line)).run(command);
            String md = BenchReport.markdown(report);
            Files.createDirectories(work);
            Files.writeString(work.resolve("results.md"), md, StandardCharsets.UTF_8);
            new ObjectMapper().registerModule(new JavaTimeModule()).enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(work.resolve("results.json").toFile(), report);
            System.out.println(md);
            return 0;
        }
    }

    /** The build figure alone, plain Lucene and ours in turns, for working on the build rate. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the index of each size's generated articles REPEATS times, plain Lucene and ours in turns, "
                    + "and print the median rates, their ratio and our build's CPU time.")
    static final class Build implements Callable<Integer> {
        @Mixin
        CommonOptions options = new CommonOptions();
        @Option(names = "--sizes", split = ",", defaultValue = "10000", paramLabel = "N,N", description = "Corpus sizes (default 10000).") List<Integer> sizes;
        @Option(names = "--seed", defaultValue = "42") long seed;
        @Option(names = "--work", defaultValue = "var/bench", paramLabel = "DIR", description = "Corpora and indexes (default var/bench; the corpora of bench all are reused).") Path work;
        @Option(names = "--repeats", defaultValue = "3", paramLabel = "REPEATS", description = "Turns per size (default 3).") int repeats;

        @Override
        public Integer call() {
            Config base = options.load();
            guardData(base, work);
            if (sizes.stream().anyMatch(n -> n < 1)) throw new Main.UserError("--sizes must be positive numbers");
            if (repeats < 1) throw new Main.UserError("--repeats must be at least 1");
            dev.redcarpet.bench.BuildBench bench = new dev.redcarpet.bench.BuildBench(base, seed, work);
            for (int n : sizes) System.out.println(bench.run(n, repeats, line -> System.err.println("[bench] " + line)).line());
            return 0;
        }
    }

    @Command(name = "startup", mixinStandardHelpOptions = true,
            description = "Only start-up to first answer (fresh JVMs), reload of +1%% and heap after load, on a corpus of "
                    + "bench all's work folder whose index is built (WORK/N/articles, WORK/N/index); no build, no questions.")
    static final class Startup implements Callable<Integer> {
        @Mixin
        CommonOptions options = new CommonOptions();
        @Option(names = "--size", required = true, paramLabel = "N", description = "The corpus size (its folder WORK/N).") int size;
        @Option(names = "--seed", defaultValue = "42") long seed;
        @Option(names = "--work", defaultValue = "var/bench", paramLabel = "DIR") Path work;
        @Option(names = "--jar", defaultValue = "target/redcarpet-bot.jar", paramLabel = "JAR", description = "The jar spawned for start-up and heap.") Path jar;
        @Option(names = "--reloads", defaultValue = "3", description = "Reloads of +1%% each (default 3).") int reloads;
        @Option(names = "--startups", defaultValue = "5", description = "JVM starts timed (default 5).") int startups;

        @Override
        public Integer call() throws Exception {
            Path dir = work.resolve(String.valueOf(size));
            Path articles = dir.resolve("articles");
            Path index = dir.resolve("index");
            if (!Files.isDirectory(articles) || !Files.isDirectory(index)) {
                throw new Main.UserError(dir + " has no articles/ and index/; run bench all --sizes " + size + " --work " + work + " first");
            }
            if (!Files.isRegularFile(jar)) throw new Main.UserError("jar not found: " + jar + " (build it with ./mvnw -q -B package -DskipTests)");
            Config base = options.load();
            Config config = base.withData(articles).withIndex(index);
            dev.redcarpet.bench.EngineBench.Progress log = line -> System.err.println("[bench] " + line);
            System.err.println("[bench] " + dev.redcarpet.bench.Machine.describe());
            var gen = dev.redcarpet.bench.CorpusGenerator.of(base, size, seed);
            var reload = new dev.redcarpet.bench.EngineBench(config, gen, articles, 0, reloads).openAndReload(log);
            System.out.println("reload +" + Math.max(1, size / 100) + " articles, in this JVM right after opening the index " + reload.line());
            var child = new dev.redcarpet.bench.ProcessBench(jar);
            String question = gen.questions(1).get(0).question();
            var startup = child.startup(articles, index, question, startups);
            System.out.println("startup to first answer, JVM included " + startup.line());
            var archived = child.startupWithClassArchive(articles, index, question, startups, dir.resolve("classes.jsa"));
            System.out.println("startup to first answer with bin/redcarpet's class-data archive " + archived.line());
            System.out.println("heap after load " + child.heapAfterLoad(articles, index) / (1024 * 1024) + " MiB");
            return 0;
        }
    }

    /** Hidden: opens the engine, answers one question, and prints the heap in use after a full GC. */
    @Command(name = "heap", hidden = true, description = "Print the live heap after load (used by bench all, in a fresh JVM).")
    static final class Heap implements Callable<Integer> {
        @Mixin
        CommonOptions options = new CommonOptions();

        @Override
        public Integer call() throws Exception {
            try (Engine engine = Engine.open(options.load())) {
                engine.ask("What did she wear to the Met Gala?");
                for (int i = 0; i < 3; i++) {
                    System.gc();
                    Thread.sleep(100);
                }
                long used = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                System.out.println("heap-used-bytes " + used);
                System.out.println("articles " + engine.stats().articles());
            }
            return 0;
        }
    }

    /**
     * Hidden: opens the engine on an index built before (--data, --index), then reloads +1% of new generated articles
     * (removed again afterwards) and prints the timings: the first reloads of a restarted bot (used by bench all).
     */
    @Command(name = "reload", hidden = true, description = "Reloads of +1% right after opening an existing index (used by bench all, in a fresh JVM).")
    static final class Reload implements Callable<Integer> {
        @Mixin
        CommonOptions options = new CommonOptions();
        @Option(names = "--size", required = true, paramLabel = "N", description = "Articles the corpus was generated with.") int size;
        @Option(names = "--seed", defaultValue = "42") long seed;
        @Option(names = "--reloads", defaultValue = "3") int reloads;

        @Override
        public Integer call() {
            Config config = options.load();
            if (reloads < 1) throw new Main.UserError("--reloads must be at least 1");
            var gen = dev.redcarpet.bench.CorpusGenerator.of(config, size, seed);
            var sample = new dev.redcarpet.bench.EngineBench(config, gen, config.data(), 0, reloads)
                    .openAndReload(line -> System.err.println("[bench] " + line));
            System.out.println(dev.redcarpet.bench.ProcessBench.reloadLine(sample));
            return 0;
        }
    }

    /** Generated data never goes into the articles folder. */
    private static void guardData(Config c, Path out) {
        Path data = c.data().toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        if (target.startsWith(data) || data.startsWith(target)) {
            throw new Main.UserError(out + " overlaps the data folder " + c.data() + "; write generated corpora under var/ or /tmp");
        }
    }
}
