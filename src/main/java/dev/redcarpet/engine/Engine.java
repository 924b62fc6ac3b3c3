package dev.redcarpet.engine;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.config.Config;

import java.util.List;

/**
 * The one engine behind Discord, the console and the CLI. Thread-safe: questions may be asked
 * from many threads while a reload runs; each question sees one consistent index.
 *
 * <p>Work in progress on main: bodies are being filled in by the index/search/answer work.
 */
public final class Engine implements AutoCloseable {
    private final Config config;

    private Engine(Config config) {
        this.config = config;
    }

    /** Reads data/, builds or reuses the index, and returns an engine ready to answer. */
    public static Engine open(Config config) {
        return new Engine(config);
    }

    public Config config() {
        return config;
    }

    /** Answers a question in plain language. Never throws for any input text. */
    public Answer ask(String question) {
        return ask(question, Conversation.empty());
    }

    /** Answers a question that may refer back to the previous answer ("her", "that year"). */
    public Answer ask(String question, Conversation context) {
        throw new UnsupportedOperationException("ask");
    }

    /** The context a follow-up to this answer refers to. */
    public Conversation contextOf(Answer answer, Conversation previous) {
        throw new UnsupportedOperationException("contextOf");
    }

    /** /event: theme, dress code, date and hosts of an edition (newest when year is null), then its looks. */
    public Answer event(String name, Integer year) {
        throw new UnsupportedOperationException("event");
    }

    /** /person: a person's looks across events, newest first (only at the named event when event is non-null). */
    public Answer person(String name, String event) {
        throw new UnsupportedOperationException("person");
    }

    /** /quote: a person's quotes, on a topic when topic is non-null. */
    public Answer quotes(String person, String topic) {
        throw new UnsupportedOperationException("quotes");
    }

    /** Event names for autocomplete (catalogue and index), best first. */
    public List<String> suggestEvents(String prefix, int max) {
        throw new UnsupportedOperationException("suggestEvents");
    }

    /** People for autocomplete, fuzzy ("zendya" finds Zendaya), best first. */
    public List<String> suggestPeople(String prefix, int max) {
        throw new UnsupportedOperationException("suggestPeople");
    }

    public CorpusSummary sources() {
        throw new UnsupportedOperationException("sources");
    }

    /** Re-scans data/ and applies changes to the index without stopping answers. */
    public ReloadReport reload() {
        throw new UnsupportedOperationException("reload");
    }

    public Stats stats() {
        throw new UnsupportedOperationException("stats");
    }

    /** Saves an uploaded file atomically into data/ under a safe new name, then indexes it. */
    public IngestReport ingest(String fileName, byte[] content) {
        throw new UnsupportedOperationException("ingest");
    }

    @Override
    public void close() {
    }
}
