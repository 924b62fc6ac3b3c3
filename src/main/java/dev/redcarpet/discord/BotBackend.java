package dev.redcarpet.discord;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.corpus.web.SourceStatus;
import dev.redcarpet.corpus.web.UrlIngestReport;
import dev.redcarpet.engine.Conversation;
import dev.redcarpet.engine.CorpusSummary;
import dev.redcarpet.engine.IngestReport;
import dev.redcarpet.engine.ReloadReport;
import dev.redcarpet.engine.Stats;

import java.util.List;

/**
 * What the Discord layer needs from the engine. {@link EngineBackend} delegates to the real
 * {@link dev.redcarpet.engine.Engine}; tests may wrap it (for example to slow an answer down).
 */
public interface BotBackend {
    Answer ask(String question, Conversation context);

    Conversation contextOf(Answer answer, Conversation previous);

    Answer event(String name, Integer year);

    Answer person(String name, String event);

    Answer quotes(String person, String topic);

    List<String> suggestEvents(String prefix, int max);

    List<String> suggestPeople(String prefix, int max);

    CorpusSummary sources();

    /** A reload; with force, applied even when it would remove more than the configured share of articles. */
    ReloadReport reload(boolean force);

    Stats stats();

    IngestReport ingest(String fileName, byte[] content);

    /** The configured web sources with their last fetch and errors; none by default. */
    default List<SourceStatus> webSources() {
        return List.of();
    }

    /** Fetches an article, feed or sitemap URL into data/sources/ and reloads. */
    default UrlIngestReport ingestUrl(String url) {
        return new UrlIngestReport(false, "Fetching from the web is not available here.", List.of(), List.of());
    }
}
