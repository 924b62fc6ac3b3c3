package dev.redcarpet.engine;

import dev.redcarpet.answer.Answer;

/**
 * Told what the engine did, for metrics and health. Calls come on the thread that did the work:
 * keep them quick and never throw. Every method does nothing unless overridden.
 */
public interface EngineListener {
    /**
     * A question or browse was answered (also when the answer says "not found" or "sorry").
     *
     * @param command ask, event, person or quote
     * @param nanos   time taken
     * @param failed  true when answering threw and the user got an apology
     */
    default void answered(String command, Answer answer, long nanos, boolean failed) {
    }

    /** A reload finished; also after an ingest. */
    default void reloaded(ReloadReport report) {
    }

    /** A reload could not run at all (for example data/ became unreadable); the old index stays. */
    default void reloadFailed(RuntimeException error) {
    }

    /** An admin ingest was accepted or refused. */
    default void ingested(IngestReport report) {
    }
}
