package dev.redcarpet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.Source;
import dev.redcarpet.eval.EvalQuestion;
import dev.redcarpet.eval.Evaluation;
import dev.redcarpet.eval.Figures;
import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every benchmark, size by size: generate (or reuse) the corpus, build, ask, autocomplete, reload
 * in this JVM; startup, heap and reload right after opening in fresh JVMs; MiniSearch on the same corpus and questions; then
 * recall on the dev set for both.
 */
public final class BenchSuite {
    /** What to run; {@code peerDir} null skips the peer, {@code devset} null skips recall. */
    public record Options(List<Integer> sizes, long seed, Path work, Path jar, Path peerDir, String node, Path devset,
                          int questions, int askRounds, int reloadRuns, int startupRuns, boolean reuseIndex, int warmups) {
        /** With the one warm-up pass the bench had before {@code --warmups}. */
        public Options(List<Integer> sizes, long seed, Path work, Path jar, Path peerDir, String node, Path devset,
                       int questions, int askRounds, int reloadRuns, int startupRuns, boolean reuseIndex) {
            this(sizes, seed, work, jar, peerDir, node, devset, questions, askRounds, reloadRuns, startupRuns, reuseIndex, 1);
        }
    }

    /** The figures of one size. */
    public record SizeResult(EngineBench.Result engine, double plainLuceneSeconds, Sample startup, Sample startupArchived, long heapBytes,
                             Sample reloadFresh, PeerBench.Result peer) {
        /** Our build rate as a share of plain Lucene's on the same articles in the same run. */
        public double buildShare() {
            return plainLuceneSeconds / engine.buildSeconds();
        }
    }

    /** Everything measured. */
    public record Report(String machine, String date, String command, List<SizeResult> sizes, Figures ours,
                         PeerBench.Recall peer) {
    }

    private final Config base;
    private final Options o;
    private final EngineBench.Progress log;

    public BenchSuite(Config base, Options options, EngineBench.Progress log) {
        this.base = base;
        this.o = options;
        this.log = log;
    }

    public Report run(String command) {
        List<SizeResult> results = new ArrayList<>();
        for (int n : o.sizes()) results.add(size(n));
        Figures ours = null;
        PeerBench.Recall peer = null;
        if (o.devset() != null) {
            Path corpus = o.devset().resolve("corpus");
            Path questions = o.devset().resolve("questions.jsonl");
            ours = ourRecall(corpus, questions);
            log.say("dev set, ours: " + ours.line());
            if (o.peerDir() != null) {
                Path export = o.work().resolve("devset-export.jsonl");
                ArticleExport.write(corpus, export, base.corpus().maxFileBytes());
                peer = new PeerBench(o.node(), o.peerDir()).recall(export, questions);
                log.say("dev set, MiniSearch: " + peer);
            }
        }
        return new Report(Machine.describe(), java.time.LocalDate.now().toString(), command, results, ours, peer);
    }

    private SizeResult size(int n) {
        Path dir = o.work().resolve(String.valueOf(n));
        Path articles = dir.resolve("articles");
        Path index = dir.resolve("index");
        log.say("== " + n + " articles in " + dir);
        CorpusGenerator gen = CorpusGenerator.of(base, n, o.seed());
        ensureCorpus(gen, dir, articles, o.seed(), log);
        Path questionsFile = dir.resolve("questions.jsonl");
        gen.writeQuestions(questionsFile, o.questions());
        List<BenchQuestion> questions = gen.questions(o.questions());
        Config config = base.withData(articles).withIndex(index);
        double plain = PlainLuceneBuild.seconds(articles, dir.resolve("plain-lucene-index"), base.corpus().maxFileBytes());
        log.say(String.format(java.util.Locale.ROOT, "plain Lucene indexed %d articles in %.1f s (%.0f articles/s)", n, plain, n / plain));
        EngineBench.Result engine = new EngineBench(config, gen, articles, o.askRounds(), o.reloadRuns(), o.warmups()).run(questions, log, o.reuseIndex());
        ProcessBench child = new ProcessBench(o.jar());
        Sample startup = child.startup(articles, index, questions.get(0).question(), o.startupRuns());
        log.say("startup to first answer " + startup.line());
        Sample startupArchived = child.startupWithClassArchive(articles, index, questions.get(0).question(), o.startupRuns(), dir.resolve("classes.jsa"));
        log.say("startup to first answer with the class-data archive " + startupArchived.line());
        long heap = child.heapAfterLoad(articles, index);
        log.say("heap after load " + heap / (1024 * 1024) + " MiB");
        Sample reloadFresh = child.reloadInFreshJvm(articles, index, n, o.seed(), o.reloadRuns());
        log.say("reload +1% in a fresh JVM right after opening the index " + reloadFresh.line());
        PeerBench.Result peer = null;
        if (o.peerDir() != null) {
            Path export = dir.resolve("export.jsonl");
            ArticleExport.write(articles, export, base.corpus().maxFileBytes());
            peer = new PeerBench(o.node(), o.peerDir()).search(export, questionsFile, o.askRounds());
            log.say(String.format(java.util.Locale.ROOT, "MiniSearch: index %.1f s, search %s", peer.indexSeconds(), peer.search().line()));
        }
        return new SizeResult(engine, plain, startup, startupArchived, heap, reloadFresh, peer);
    }

    /** Generates the corpus unless the folder already holds this size and seed. */
    static void ensureCorpus(CorpusGenerator gen, Path dir, Path articles, long seed, EngineBench.Progress log) {
        Path stamp = dir.resolve("corpus.txt");
        String want = "articles=" + gen.articles() + " seed=" + seed + " generator=1";
        try {
            if (Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(want)) return;
            EngineBench.wipe(dir);
            long t0 = System.nanoTime();
            gen.write(articles, 0, gen.articles());
            Files.writeString(stamp, want + "\n", StandardCharsets.UTF_8);
            log.say(String.format(java.util.Locale.ROOT, "generated %d articles in %.1f s", gen.articles(), (System.nanoTime() - t0) / 1e9));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Recall of our answers' sources on a dev-set question file, scored like its score.py. */
    private Figures ourRecall(Path corpus, Path questions) {
        Config config = base.withData(corpus).withIndex(o.work().resolve("devset-index"));
        List<EvalQuestion> qs = Evaluation.read(questions);
        try (Engine engine = Engine.open(config)) {
            return Evaluation.run(engine, new dev.redcarpet.corpus.CorpusReader(config.corpus().maxFileBytes()).load(corpus), qs).all();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
