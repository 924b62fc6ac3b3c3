package dev.redcarpet.engine;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.AnswerComposer;
import dev.redcarpet.config.Config;
import dev.redcarpet.corpus.CorpusLoad;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.corpus.SkippedFile;
import dev.redcarpet.index.CorpusIndex;
import dev.redcarpet.index.IndexSchema;
import dev.redcarpet.index.IndexUpdater;
import dev.redcarpet.search.Coverage;
import dev.redcarpet.search.Evidence;
import dev.redcarpet.search.QueryAnalyzer;
import dev.redcarpet.search.Question;
import dev.redcarpet.search.QuestionParser;
import dev.redcarpet.search.Retriever;
import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantReadWriteLock;

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

    private Engine(Config config, IndexUpdater.Progress progress) {
        this.config = config;
        this.knowledge = Knowledge.load(config.configDir());
        this.reader = new CorpusReader(config.corpus().maxFileBytes());
        this.index = CorpusIndex.open(config.index());
        this.updater = new IndexUpdater(index, knowledge.analyzer()::analyze);
        Analyzer queryAnalyzer = QueryAnalyzer.load(config.configDir());
        this.retriever = new Retriever(index, queryAnalyzer, config.ranking(), dev.redcarpet.search.stages.SubjectOf.MENTIONS);
        this.composer = new AnswerComposer(IndexSchema.textAnalyzer(), queryAnalyzer, retriever::weights);
        try {
            this.lastReload = sync(progress);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Reads data/, builds or reuses the index, and returns an engine ready to answer. */
    public static Engine open(Config config) {
        return open(config, IndexUpdater.Progress.NONE);
    }

    public static Engine open(Config config, IndexUpdater.Progress progress) {
        return new Engine(config, progress);
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

    /** Why the index had to be rebuilt at start-up (corrupt, older version), or null. */
    public String indexNote() {
        return index.openNote();
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
            return Answer.notFound(raw, "Ask me about a red-carpet look, for example: \u201CWhat did Zendaya wear to the 2024 Met Gala?\u201D");
        }
        if (text.length() > MAX_QUESTION_CHARS) {
            return Answer.notFound(raw, "That question is " + text.length() + " characters long; please ask in under "
                    + MAX_QUESTION_CHARS + " characters, naming the person and the event.");
        }
        Snapshot snap = snapshot.get();
        Question q = snap.parser().parse(text);
        q = withContext(q, text, context);
        Optional<String> gap = snap.coverage().gap(q);
        if (gap.isPresent()) return Answer.notFound(raw, gap.get());
        if (q.intent() == dev.redcarpet.search.Intent.COMPARE) {
            List<Question> sides = Comparison.sides(q, snap.parser());
            if (sides.size() == 2) return Comparison.merge(q, side(snap, sides.get(0)), side(snap, sides.get(1)));
        }
        Evidence ev = retriever.retrieve(q);
        Optional<String> undescribed = snap.coverage().undescribed(q, ev);
        if (undescribed.isPresent()) return Answer.notFound(raw, undescribed.get());
        // Sources come from the index view the evidence was read from (Evidence.cited), never from a snapshot a reload may be swapping.
        return composer.compose(ev, knowledge.background(q));
    }

    /** One side of a comparison: declined on its own when the corpus lacks it. */
    private Answer side(Snapshot snap, Question q) {
        Optional<String> gap = snap.coverage().gap(q);
        if (gap.isPresent()) return Answer.notFound(q.raw(), gap.get());
        return composer.compose(retriever.retrieve(q), null);
    }

    private Question withContext(Question q, String text, Conversation c) {
        List<String> people = q.people();
        boolean samePerson = people.isEmpty() && q.unknownNames().isEmpty() && c.person() != null && Followups.refersToPerson(text);
        if (samePerson) people = List.of(c.person());
        // "Who styled her?" names nothing else: it is still about the look just discussed (its event and year)
        boolean onlyPerson = samePerson && q.eventId() == null && q.year() == null;
        boolean elliptic = Followups.elliptic(text);
        Integer year = q.year();
        if (year == null && c.year() != null && (onlyPerson || Followups.refersToYear(text))) year = c.year();
        String eventId = q.eventId();
        String eventName = q.eventName();
        int eventCount = q.eventCount();
        if (eventId == null && c.eventId() != null && (onlyPerson || elliptic || Followups.refersToEvent(text))) {
            eventId = c.eventId();
            eventName = knowledge.catalogue().events().stream().filter(e -> e.id().equals(c.eventId()))
                    .map(e -> e.name()).findFirst().orElse(null);
            eventCount = 1;
        }
        if (people == q.people() && year == q.year() && eventId == q.eventId()) return q;
        return new Question(q.raw(), q.folded(), q.intent(), people, q.unknownNames(), eventId, eventName, eventCount, year, q.terms());
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

    /** The context a follow-up to this answer refers to. */
    public Conversation contextOf(Answer answer, Conversation previous) {
        Conversation prev = previous == null ? Conversation.empty() : previous;
        if (answer == null || answer.abstained() || answer.sources().isEmpty()) return prev;
        Snapshot snap = snapshot.get();
        Question q = snap.parser().parse(answer.question());
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
        return new Conversation(person, event, year);
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
            if (closed) return Answer.notFound(what, SHUTTING_DOWN);
            for (String in : inputs) {
                // Lucene refuses queries of over 1024 clauses: a long name or topic gets a clear reply instead.
                if (in != null && in.strip().length() > MAX_QUESTION_CHARS) {
                    return Answer.notFound(what, "That is " + in.strip().length() + " characters long; please use under "
                            + MAX_QUESTION_CHARS + " characters.");
                }
            }
            answer = work.get();
        } catch (RuntimeException e) {
            LOG.error("{} failed for a text of {} characters", command, what == null ? 0 : what.length(), e);
            failed = true;
            answer = Answer.notFound(what, "Sorry, something went wrong while answering. Please try again.");
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

    public CorpusSummary sources() {
        return snapshot.get().summary();
    }

    /** Re-scans data/ and applies changes to the index without stopping answers. */
    public ReloadReport reload() {
        ReloadReport report;
        try {
            report = sync(IndexUpdater.Progress.NONE);
        } catch (RuntimeException e) {
            for (EngineListener l : listeners) l.reloadFailed(e);
            throw e;
        }
        lastReload = report;
        for (EngineListener l : listeners) l.reloaded(report);
        return report;
    }

    private ReloadReport sync(IndexUpdater.Progress progress) {
        synchronized (reloadLock) {
            if (closed) throw new IllegalStateException("the engine is shut down; start it again to reload");
            long t0 = System.nanoTime();
            IndexUpdater.Update update = updater.update(known -> reader.load(config.data(), known), progress);
            CorpusLoad load = update.load();
            IndexUpdater.Result r = update.result();
            snapshot.set(Snapshot.build(index, knowledge, retriever));
            List<SkippedFile> failed = new ArrayList<>(load.skipped());
            failed.addAll(r.failed());
            return new ReloadReport(r.added(), r.updated(), r.removed(), r.unchanged(), failed,
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    public Stats stats() {
        Snapshot snap = snapshot.get();
        return new Stats(snap.articles().size(), index.count(IndexSchema.KIND_PASSAGE), snap.people().size(),
                index.count(IndexSchema.KIND_LOOK), snap.editionCount(), index.sizeBytes(),
                Duration.between(started, Instant.now()), latencies.count(),
                latencies.percentileMillis(50), latencies.percentileMillis(99));
    }

    /** Saves an uploaded file atomically into data/ under a safe new name, then indexes it. */
    public IngestReport ingest(String fileName, byte[] content) {
        synchronized (reloadLock) {
            IngestReport saved = new Ingest(config, reader).save(fileName, content);
            if (saved.accepted()) {
                ReloadReport r = reload();
                LOG.info("ingested {}: {}", saved.savedAs(), r.summary());
            }
            for (EngineListener l : listeners) l.ingested(saved);
            return saved;
        }
    }

    @Override
    public void close() {
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
