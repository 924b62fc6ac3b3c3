package dev.redcarpet.engine;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.AnswerComposer;
import dev.redcarpet.answer.Decline;
import dev.redcarpet.search.Gap;
import dev.redcarpet.config.Config;
import dev.redcarpet.corpus.CorpusException;
import dev.redcarpet.corpus.CorpusLoad;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.corpus.SkippedFile;
import dev.redcarpet.corpus.web.FetchReport;
import dev.redcarpet.corpus.web.SourceStatus;
import dev.redcarpet.corpus.web.UrlIngestReport;
import dev.redcarpet.corpus.web.WebSources;
import dev.redcarpet.index.CorpusIndex;
import dev.redcarpet.index.IndexException;
import dev.redcarpet.index.IndexSchema;
import dev.redcarpet.index.IndexUpdater;
import dev.redcarpet.index.ReloadRefusedException;
import dev.redcarpet.search.Coverage;
import dev.redcarpet.search.Evidence;
import dev.redcarpet.search.QueryAnalyzer;
import dev.redcarpet.search.Question;
import dev.redcarpet.search.QuestionParser;
import dev.redcarpet.search.Retriever;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;

/**
 * The one engine behind Discord, the console and the CLI. Thread-safe: questions may be asked
 * from many threads while a reload runs; each question sees one consistent index.
 */
public final class Engine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    public static final int MAX_QUESTION_CHARS = 1000;

    private final Config config;
    private final Knowledge knowledge;
    private final CorpusIndex index;
    private final CorpusReader reader;
    private final IndexUpdater updater;
    private final Retriever retriever;
    private final AnswerComposer composer;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    private final Latencies latencies = new Latencies();
    private final Instant started = Instant.now();
    private final Object reloadLock = new Object();
    private volatile ReloadReport lastReload;
    /** Questions hold the read side while they run; close() takes the write side, so it waits for them. */
    private final ReentrantReadWriteLock inFlight = new ReentrantReadWriteLock();
    private volatile boolean closed;
    static final String SHUTTING_DOWN = "I am restarting right now; please ask again in a moment.";
    private final List<EngineListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final WebSources web;
    /** The config files analysis reads, as hashed at start: an index committed with others must be re-analysed. */
    private final Map<String, String> fingerprint;
    /** The listing of data/ taken while the engine opens, for the first scan only. */
    private CompletableFuture<CorpusReader.Listing> firstListing;

    /**
     * How to open: progress of the first scan, how the index folder is used, whether a first update that
     * would remove too much is applied anyway, and a wrapper of the Lucene directory (tests inject faults).
     */
    public record Options(IndexUpdater.Progress progress, CorpusIndex.Access access, boolean force,
                          UnaryOperator<Directory> directory) {
        public static Options defaults() {
            return new Options(IndexUpdater.Progress.NONE, CorpusIndex.Access.WRITE, false, d -> d);
        }

        public Options withProgress(IndexUpdater.Progress p) {
            return new Options(p, access, force, directory);
        }

        public Options withAccess(CorpusIndex.Access a) {
            return new Options(progress, a, force, directory);
        }

        public Options withForce(boolean f) {
            return new Options(progress, access, f, directory);
        }

        public Options withDirectory(UnaryOperator<Directory> d) {
            return new Options(progress, access, force, d);
        }
    }

    private Engine(Config config, Options options) {
        this.config = config;
        long t0 = System.nanoTime();
        checkDataFolder(config.data());
        Config.Corpus corpus = config.corpus();
        this.reader = new CorpusReader(corpus.maxFileBytes(), corpus.followLinksInside());
        // the index is opened (its start-up file read) and data/ listed while the config and lexicons load: on
        // separate threads, since none of the three needs another; a failure is reported as if they ran in turn
        this.firstListing = CompletableFuture.supplyAsync(() -> reader.list(config.data()), Engine::daemon);
        CompletableFuture<CorpusIndex> opening = CompletableFuture.supplyAsync(
                () -> CorpusIndex.open(config.index(), config.data(), options.access(), options.directory()), Engine::daemon);
        Analyzer queryAnalyzer;
        try {
            this.knowledge = Knowledge.load(config.configDir());
            queryAnalyzer = QueryAnalyzer.load(config.configDir());
        } catch (RuntimeException e) {
            try {
                join(opening).close();
            } catch (RuntimeException ignored) {
                // the config's problem is the one to report
            }
            throw e;
        }
        long t1 = System.nanoTime();
        this.index = join(opening);
        long t2 = System.nanoTime();
        this.fingerprint = ConfigFingerprint.of(config.configDir());
        this.updater = new IndexUpdater(index, knowledge.analyzer()::analyze, new IndexUpdater.Options(
                fingerprint, corpus.maxDropPercent() / 100.0,
                Duration.ofSeconds(corpus.analysisSecondsPerArticle())));
        this.retriever = new Retriever(index, queryAnalyzer, config.ranking());
        this.composer = new AnswerComposer(IndexSchema.textAnalyzer(), queryAnalyzer, retriever::weights,
                new dev.redcarpet.search.AskedDetail(knowledge.lexicons(), config.ranking().sentenceType()));
        this.web = new WebSources(config, reader, this::corpusUrls, java.time.Clock.systemUTC());
        try {
            this.lastReload = openingSync(options);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        long t3 = System.nanoTime();
        LOG.info("ready in {} ms: config and lexicons {} ms, opening the index {} ms, bringing it in line with data/ {} ms ({})",
                (t3 - t0) / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, lastReload.summary());
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "redcarpet-open");
        t.setDaemon(true);
        t.start();
    }

    private static void awaitQuietly(java.util.concurrent.Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            LOG.debug("writing the start-up file: {}", e.toString());
        }
    }

    /** The value of work done on another thread, or what it threw, as it threw it. */
    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /** The data folder must exist and be a folder before anything is created for it. */
    private static void checkDataFolder(Path data) {
        if (!Files.exists(data)) throw new CorpusException("data folder " + data + " does not exist");
        if (!Files.isDirectory(data)) throw new CorpusException("data folder " + data + " is not a folder; give --data the folder of articles");
    }

    /** The first scan: read-only when another process owns the index; a refused update keeps serving the index as it is. */
    private ReloadReport openingSync(Options options) {
        if (index.readOnly()) {
            snapshot.set(Snapshot.build(index, knowledge, retriever));
            return new ReloadReport(0, 0, 0, snapshot.get().articles().size(), List.of(), 0, List.of(index.openNote()));
        }
        try {
            return sync(options.progress(), options.force());
        } catch (ReloadRefusedException refused) {
            LOG.warn(refused.getMessage());
            snapshot.set(Snapshot.build(index, knowledge, retriever));
            return new ReloadReport(0, 0, 0, snapshot.get().articles().size(), List.of(), 0, List.of(refused.getMessage()));
        }
    }

    /** Reads data/, builds or reuses the index, and returns an engine ready to answer. */
    public static Engine open(Config config) {
        return new Engine(config, Options.defaults());
    }

    public static Engine open(Config config, IndexUpdater.Progress progress) {
        return new Engine(config, Options.defaults().withProgress(progress));
    }

    public static Engine open(Config config, Options options) {
        return new Engine(config, options);
    }

    public Config config() {
        return config;
    }

    /** The result of the scan at start-up or of the latest reload. */
    public ReloadReport lastReload() {
        return lastReload;
    }

    /** Adds a listener told of every answer, reload and ingest from now on (metrics, health). */
    public void addListener(EngineListener listener) {
        listeners.add(listener);
    }

    /** Why the index had to be rebuilt at start-up (corrupt, older version), that it is read-only, or null. */
    public String indexNote() {
        return index.openNote();
    }

    /** True when another process owns the index and this engine only reads its last commit. */
    public boolean readOnly() {
        return index.readOnly();
    }

    /** Answers a question in plain language. Never throws for any input text. */
    public Answer ask(String question) {
        return ask(question, Conversation.empty());
    }

    /** Answers a question that may refer back to the previous answer ("her", "that year"). */
    public Answer ask(String question, Conversation context) {
        return guarded("ask", question, () -> answer(question == null ? "" : question, context == null ? Conversation.empty() : context));
    }

    private Answer answer(String raw, Conversation context) {
        String text = raw.strip();
        if (text.isEmpty() || text.chars().noneMatch(Character::isLetterOrDigit)) {
            return Answer.declined(raw, Decline.of(Decline.Reason.EMPTY));
        }
        if (text.length() > MAX_QUESTION_CHARS) {
            return Answer.declined(raw, new Decline(Decline.Reason.TOO_LONG, null, null, null, null, List.of(), text.length(), null));
        }
        Snapshot snap = snapshot.get();
        Question q = snap.parser().parse(text);
        q = withContext(q, text, context);
        if (unsaidWho(q, text, context)) return Answer.declined(raw, Decline.of(Decline.Reason.WHO_IS_MEANT));
        Optional<Gap> gap = snap.coverage().gap(q);
        if (gap.isPresent()) return Answer.declined(raw, declineOf(gap.get()));
        if (q.intent() == dev.redcarpet.search.Intent.COMPARE) {
            List<Question> sides = Comparison.sides(q, snap.parser());
            if (sides.size() == 2) return Comparison.merge(q, side(snap, sides.get(0)), side(snap, sides.get(1)));
        }
        Evidence ev = retriever.retrieve(q);
        // "best dressed at the 2024 Met Gala": the articles' own best- and worst-dressed sections
        Question asked = q;
        Optional<Answer> ranking = dev.redcarpet.answer.BestDressed.compose(q, ev, retriever::passageHitsOf,
                () -> asked.eventId() != null && asked.year() != null ? retriever.looksAt(asked.eventId(), asked.year()) : ev.looks());
        if (ranking.isPresent()) return ranking.get();
        Optional<Answer> passing = dev.redcarpet.answer.OnlyMentioned.check(q, ev, retriever);
        if (passing.isPresent()) return passing.get();
        Optional<Gap> undescribed = snap.coverage().undescribed(q, ev);
        if (undescribed.isPresent()) return Answer.declined(raw, declineOf(undescribed.get()));
        // Sources come from the index view the evidence was read from (Evidence.cited), never from a snapshot a reload may be swapping.
        return composer.compose(ev, knowledge.background(q));
    }

    /**
     * "Who designed her dress?" with no one named, now or earlier in the conversation, and no other word that
     * could say who: any answer would be a guess at someone. A list, hosts, theme or comparison question may say "their" of the people it asks for.
     */
    private static boolean unsaidWho(Question q, String text, Conversation c) {
        if (!q.people().isEmpty() || !q.unknownNames().isEmpty() || c.person() != null || !Followups.refersToSomeone(text)) return false;
        // a word beside the pronoun may say who it is ("the bride", "the singer"): only a question of cue words is a guess
        if (!QuestionParser.onlyAsks(q)) return false;
        return switch (q.intent()) {
            case WHO, HOSTS, THEME, COMPARE -> false;
            default -> true;
        };
    }

    /** One side of a comparison: declined on its own when the corpus lacks it. */
    private Answer side(Snapshot snap, Question q) {
        Optional<Gap> gap = snap.coverage().gap(q);
        if (gap.isPresent()) return Answer.declined(q.raw(), declineOf(gap.get()));
        return composer.compose(retriever.retrieve(q), null);
    }

    /** A gap in the corpus as the answer's decline: the same facts, said by the renderers. */
    static Decline declineOf(Gap g) {
        return new Decline(Decline.Reason.valueOf(g.kind().name()), g.person(), g.event(), g.year(), g.detail(), g.known(), 0, null);
    }

    private Question withContext(Question q, String text, Conversation c) {
        return withContext(q, text, c, snapshot.get().parser());
    }

    private Question withContext(Question q, String text, Conversation c, QuestionParser parser) {
        List<String> people = q.people();
        boolean samePerson = people.isEmpty() && q.unknownNames().isEmpty() && c.person() != null && Followups.refersToPerson(text);
        if (samePerson) people = List.of(c.person());
        // "Who styled her?" names nothing else: it is still about the look just discussed (its event and year)
        boolean onlyPerson = samePerson && q.eventId() == null && q.year() == null;
        boolean elliptic = Followups.elliptic(text);
        Integer year = q.year();
        // "and what was Law Roach wearing?" names no edition: the one just discussed, its year with its event
        boolean sameEdition = elliptic && q.eventId() == null;
        if (year == null && c.year() != null && (onlyPerson || sameEdition || Followups.refersToYear(text))) year = c.year();
        // "Who hosted the 2023 British Fashion Awards?" then "What did Law Roach wear?": someone at the event just discussed
        boolean atThatEvent = c.person() == null && c.eventId() != null && !people.isEmpty() && q.eventId() == null && q.year() == null;
        if (year == null && c.year() != null && atThatEvent) year = c.year();
        String eventId = q.eventId();
        String eventName = q.eventName();
        int eventCount = q.eventCount();
        if (eventId == null && c.eventId() != null && (onlyPerson || elliptic || atThatEvent || Followups.refersToEvent(text))) {
            eventId = c.eventId();
            eventName = knowledge.catalogue().events().stream().filter(e -> e.id().equals(c.eventId()))
                    .map(e -> e.name()).findFirst().orElse(null);
            eventCount = 1;
        }
        // "And what about in 2025?" says nothing of what it asks: the previous question's kind and words, at the new edition
        dev.redcarpet.search.Intent intent = q.intent();
        List<String> terms = q.terms();
        if (elliptic && c.question() != null && QuestionParser.asksNothingOwn(q.folded())) {
            Question before = parser.parse(c.question());
            intent = before.intent();
            java.util.LinkedHashSet<String> both = new java.util.LinkedHashSet<>(q.terms());
            both.addAll(before.terms());
            terms = List.copyOf(both);
        }
        if (people == q.people() && year == q.year() && eventId == q.eventId() && intent == q.intent()) return q;
        return new Question(q.raw(), q.folded(), intent, people, q.unknownNames(), eventId, eventName, eventCount, year, terms);
    }

    /** How each ranking stage orders the articles for a question: for measuring, not for answering. */
    public record StageRanking(List<String> firstStage, List<String> reranked) {
    }

    public StageRanking stages(String question, Conversation context) {
        Snapshot snap = snapshot.get();
        String text = question == null ? "" : question.strip();
        if (text.isEmpty() || text.length() > MAX_QUESTION_CHARS) return new StageRanking(List.of(), List.of());
        Question q = withContext(snap.parser().parse(text), text, context == null ? Conversation.empty() : context);
        List<String> reranked = retriever.retrieve(q).articles().stream().map(h -> h.article().id()).toList();
        return new StageRanking(retriever.firstStage(q), reranked);
    }

    /** Declines that are still about a person, whom a follow-up's "she" then means. */
    private static final java.util.Set<Decline.Reason> ABOUT_SOMEONE = java.util.EnumSet.of(Decline.Reason.NOT_AT_EDITION,
            Decline.Reason.UNDESCRIBED, Decline.Reason.OUT_OF_SCOPE, Decline.Reason.UNKNOWN_NAME, Decline.Reason.UNKNOWN_PERSON);

    /** The context a follow-up to this answer refers to. */
    public Conversation contextOf(Answer answer, Conversation previous) {
        Conversation prev = previous == null ? Conversation.empty() : previous;
        if (answer != null && answer.abstained() && answer.decline() != null && answer.decline().person() != null
                && ABOUT_SOMEONE.contains(answer.decline().reason())) {
            // declined about someone ("none on her at the 2025 Grammys"): "and who styled her?" still means them
            String asked = answer.question() == null ? "" : answer.question().strip();
            Question q = withContext(snapshot.get().parser().parse(asked), asked, prev, snapshot.get().parser());
            return new Conversation(answer.decline().person(), q.eventId(), q.year(), asked);
        }
        if (answer == null || answer.abstained() || answer.sources().isEmpty()) return prev;
        Snapshot snap = snapshot.get();
        // the question as it was answered: a follow-up's person, event and year came from the conversation before it
        String asked = answer.question() == null ? "" : answer.question().strip();
        Question q = withContext(snap.parser().parse(asked), asked, prev, snap.parser());
        String person = q.person() != null ? q.person() : prev.person();
        Integer year = q.year();
        String event = q.eventId();
        if (year == null || event == null) {
            var top = snap.article(answer.sources().get(0).id());
            if (top != null) {
                if (year == null) year = top.year();
                if (event == null) event = top.eventId();
            }
        }
        // an elliptic follow-up stands for the question it repeats: the next one repeats that too
        String question = Followups.elliptic(asked) && prev.question() != null && QuestionParser.asksNothingOwn(q.folded()) ? prev.question() : asked;
        return new Conversation(person, event, year, question);
    }

    /** /event: theme, dress code, date and hosts of an edition (newest when year is null), then its looks. */
    public Answer event(String name, Integer year) {
        return guarded("event", name, () -> new Browse(knowledge, snapshot.get(), retriever).event(name, year), name);
    }

    /** /person: a person's looks across events, newest first (only at the named event when event is non-null). */
    public Answer person(String name, String event) {
        return guarded("person", name, () -> new Browse(knowledge, snapshot.get(), retriever).person(name, event), name, event);
    }

    /** /quote: a person's quotes, on a topic when topic is non-null. */
    public Answer quotes(String person, String topic) {
        return guarded("quote", person, () -> new Browse(knowledge, snapshot.get(), retriever).quotes(person, topic), person, topic);
    }

    /**
     * Runs one question or browse command: refused while closing, long inputs answered plainly, failures
     * turned into an apology, and every outcome timed and reported to the listeners.
     */
    private Answer guarded(String command, String what, java.util.function.Supplier<Answer> work, String... inputs) {
        long t0 = System.nanoTime();
        Answer answer = null;
        boolean failed = false;
        inFlight.readLock().lock();
        try {
            if (closed) return Answer.declined(what, Decline.of(Decline.Reason.SHUTTING_DOWN));
            for (String in : inputs) {
                // Lucene refuses queries of over 1024 clauses: a long name or topic gets a clear reply instead.
                if (in != null && in.strip().length() > MAX_QUESTION_CHARS) {
                    return Answer.declined(what, new Decline(Decline.Reason.TOO_LONG, null, null, null, "input", List.of(),
                            in.strip().length(), null));
                }
            }
            answer = work.get();
        } catch (RuntimeException e) {
            LOG.error("{} failed for a text of {} characters", command, what == null ? 0 : what.length(), e);
            failed = true;
            answer = Answer.declined(what, Decline.of(Decline.Reason.FAILED));
        } catch (StackOverflowError e) {
            // a pattern that recurses per character (java.util.regex) on an extreme line of some article: this
            // question fails, the bot does not
            LOG.error("{} overflowed the stack for a text of {} characters", command, what == null ? 0 : what.length());
            failed = true;
            answer = Answer.declined(what, Decline.of(Decline.Reason.FAILED));
        } finally {
            inFlight.readLock().unlock();
            long nanos = System.nanoTime() - t0;
            latencies.record(nanos);
            if (answer != null) for (EngineListener l : listeners) l.answered(command, answer, nanos, failed);
        }
        return answer;
    }

    /** Event names for autocomplete (catalogue and index), best first. */
    public List<String> suggestEvents(String prefix, int max) {
        return snapshot.get().suggestEvents(knowledge, prefix, max);
    }

    /** People for autocomplete, fuzzy ("zendya" finds Zendaya), best first. */
    public List<String> suggestPeople(String prefix, int max) {
        return snapshot.get().people().suggest(prefix == null ? "" : prefix, max);
    }

    /** The ids of the articles answers are drawn from, in index order (for tests of what a start loaded). */
    List<String> snapshotIds() {
        return snapshot.get().articles().stream().map(dev.redcarpet.index.IndexedArticle::id).toList();
    }

    public CorpusSummary sources() {
        return snapshot.get().summary();
    }

    /** Re-scans data/ and applies changes to the index without stopping answers. */
    public ReloadReport reload() {
        return reload(false);
    }

    /**
     * Re-scans data/ and applies changes to the index without stopping answers.
     *
     * @param force apply it even when it would remove more than corpus.maxDropPercent of the articles
     * @throws ReloadRefusedException when it would remove too much (nothing changed; the report is not spread to replicas)
     */
    public ReloadReport reload(boolean force) {
        ReloadReport report;
        try {
            if (index.readOnly()) throw new IndexException(index.openNote());
            report = sync(IndexUpdater.Progress.NONE, force);
        } catch (RuntimeException e) {
            for (EngineListener l : listeners) l.reloadFailed(e);
            throw e;
        }
        lastReload = report;
        for (EngineListener l : listeners) l.reloaded(report);
        return report;
    }

    private ReloadReport sync(IndexUpdater.Progress progress, boolean force) {
        synchronized (reloadLock) {
            if (closed) throw new IllegalStateException("the engine is shut down; start it again to reload");
            long t0 = System.nanoTime();
            // at opening, the snapshot of the index as it stands is built on another thread while data/ is compared
            // with it: when nothing changed (a start with a current index), it is the one to serve
            CompletableFuture<Snapshot> early = snapshot.get() == null && index.settled()
                    ? CompletableFuture.supplyAsync(() -> Snapshot.build(index, knowledge, retriever), Engine::daemon) : null;
            // one listing of data/ per scan: it decides whether anything changed, and the scan starts from it
            CorpusReader.Listing listing = firstListing != null ? join(firstListing) : reader.list(config.data());
            firstListing = null; // a listing taken at opening is only for the first scan
            long listed = System.nanoTime();
            ReloadReport same = unchanged(t0, listing, early);
            if (same != null) return same;
            // articles are analysed and written while the scan reads on: memory holds a window of them, not the corpus
            IndexUpdater.Update update = updater.updateFrom((known, sink) -> reader.load(config.data(), known, listing, sink), progress, force);
            CorpusLoad load = update.load();
            IndexUpdater.Result r = update.result();
            long updated = System.nanoTime();
            snapshot.set(Snapshot.build(index, knowledge, retriever));
            // where a slow reload spends its time, for operators (REDCARPET_LOG=DEBUG) and benchmarks
            LOG.debug("reload phases: listing data/ {} ms, updating the index {} ms, new snapshot {} ms",
                    (listed - t0) / 1_000_000, (updated - listed) / 1_000_000, (System.nanoTime() - updated) / 1_000_000);
            List<SkippedFile> failed = new ArrayList<>(load.skipped());
            failed.addAll(r.failed());
            // nothing skipped and nothing failed: the next start may trust a listing that matches the records
            var saving = index.saveStartup(failed.isEmpty());
            if (lastReload == null) awaitQuietly(saving); // at opening, the folder is complete once the engine is ready
            return new ReloadReport(r.added(), r.updated(), r.removed(), r.unchanged(), failed,
                    (System.nanoTime() - t0) / 1_000_000, r.notes());
        }
    }

    /**
     * The report of a scan that finds nothing to do, worked out from one listing of data/ (no file read):
     * when the last commit is one at which data/ was exactly what the index records, the config is the
     * one it was analysed with, its files are all there, and every file listed now has the stamp recorded
     * for it and no other file is listed. Null when any of that does not hold: then the full scan decides.
     */
    private ReloadReport unchanged(long t0, CorpusReader.Listing listing, CompletableFuture<Snapshot> early) {
        if (!index.settled() || !fingerprint.equals(committedFingerprint()) || !index.intact()) return null;
        if (!listing.skipped().isEmpty()) return null;
        Map<String, CorpusIndex.FileRecord> records = index.files();
        if (records.size() != listing.stamps().size()) return null;
        for (Map.Entry<String, String> e : listing.stamps().entrySet()) {
            CorpusIndex.FileRecord r = records.get(e.getKey());
            if (r == null || e.getValue() == null || !e.getValue().equals(r.stamp())) return null;
        }
        Snapshot snap = snapshot.get();
        if (snap == null) {
            snap = early != null ? join(early) : Snapshot.build(index, knowledge, retriever);
            snapshot.set(snap);
        }
        return new ReloadReport(0, 0, 0, snap.articles().size(), List.of(), (System.nanoTime() - t0) / 1_000_000, List.of());
    }

    private Map<String, String> committedFingerprint() {
        Map<String, String> out = new HashMap<>();
        index.commitData().forEach((k, v) -> {
            if (k.startsWith(IndexUpdater.CONFIG_KEY)) out.put(k.substring(IndexUpdater.CONFIG_KEY.length()), v);
        });
        return out;
    }

    public Stats stats() {
        Snapshot snap = snapshot.get();
        return new Stats(snap.articles().size(), index.count(IndexSchema.KIND_PASSAGE), snap.people().size(),
                index.count(IndexSchema.KIND_LOOK), snap.editionCount(), index.sizeBytes(),
                Duration.between(started, Instant.now()), latencies.count(),
                latencies.percentileMillis(50), latencies.percentileMillis(99));
    }

    /**
     * Saves an uploaded file atomically into data/ under a safe new name, then indexes it. A file whose
     * every article is already in the corpus is not saved again. A failed indexing leaves the file saved,
     * and says so: the next reload indexes it.
     */
    public IngestReport ingest(String fileName, byte[] content) {
        synchronized (reloadLock) {
            if (index.readOnly()) return IngestReport.refused("This process only reads the index (" + index.openNote() + ").");
            Map<String, String> pathByHash = new HashMap<>();
            for (CorpusIndex.Entry e : index.entries().values()) pathByHash.putIfAbsent(e.hash(), e.path());
            IngestReport saved = new Ingest(config, reader, pathByHash).save(fileName, content);
            if (saved.accepted()) {
                try {
                    ReloadReport r = reload();
                    LOG.info("ingested {}: {}", SkippedFile.printable(saved.savedAs()), r.summary());
                } catch (RuntimeException e) {
                    LOG.warn("ingested {} but could not index it: {}", SkippedFile.printable(saved.savedAs()), e.getMessage());
                    saved = new IngestReport(true, saved.savedAs(), saved.message() + " It is saved but not indexed yet ("
                            + e.getMessage() + ").", saved.articles());
                }
            }
            for (EngineListener l : listeners) l.ingested(saved);
            return saved;
        }
    }

    // ---- Articles from the web (corpus.web): the API behind /admin sources, /admin ingest url:, /ingest URL and index --fetch.

    /** /admin sources: every configured source with its last fetch, last error and next fetch. */
    public List<SourceStatus> webSources() {
        return web.statuses();
    }

    /** /admin ingest url: fetches one article, feed or sitemap into data/sources/HOST/, then reloads. Never throws. */
    public UrlIngestReport ingestUrl(String url) {
        if (closed) return new UrlIngestReport(false, SHUTTING_DOWN, List.of(), List.of());
        UrlIngestReport report = web.ingest(url);
        if (!report.accepted()) return report;
        try {
            LOG.info("ingested {}: {}", url, reload().summary());
            return report;
        } catch (RuntimeException e) {
            return new UrlIngestReport(true, report.message() + " It will be indexed at the next reload ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ").", report.saved(), report.refused());
        }
    }

    /** One fetch pass ({@code all}: every source, else those due), then a reload when articles were saved. */
    public FetchReport fetchSources(boolean all, WebSources.Progress progress) {
        FetchReport report = web.fetch(all, progress);
        if (report.saved() > 0) reload();
        return report;
    }

    /** Fetches the configured sources in the background as they fall due (the bot and the console). */
    public void startFetching() {
        web.startPolling(() -> {
            if (!closed) reload();
        });
    }

    private java.util.Collection<String> corpusUrls() {
        Snapshot snap = snapshot.get();
        if (snap == null) return List.of();
        List<String> urls = new ArrayList<>();
        for (var a : snap.articles()) if (a.url() != null) urls.add(a.url());
        return urls;
    }

    @Override
    public void close() {
        web.close();
        closed = true; // new questions get a notice from now on
        inFlight.writeLock().lock(); // waits for the questions in flight
        try {
            synchronized (reloadLock) { // and for a reload or ingest in progress
                index.close();
            }
        } finally {
            inFlight.writeLock().unlock();
        }
    }
}
