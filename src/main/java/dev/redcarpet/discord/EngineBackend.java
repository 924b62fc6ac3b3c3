package dev.redcarpet.discord;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.corpus.web.SourceStatus;
import dev.redcarpet.corpus.web.UrlIngestReport;
import dev.redcarpet.engine.Conversation;
import dev.redcarpet.engine.CorpusSummary;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.IngestReport;
import dev.redcarpet.engine.ReloadReport;
import dev.redcarpet.engine.Stats;

import java.util.List;

/** The Discord bot's backend: every call goes straight to the one {@link Engine}. */
public record EngineBackend(Engine engine) implements BotBackend {
    @Override
    public Answer ask(String question, Conversation context) {
        return engine.ask(question, context);
    }

    @Override
    public Conversation contextOf(Answer answer, Conversation previous) {
        return engine.contextOf(answer, previous);
    }

    @Override
    public Answer event(String name, Integer year) {
        return engine.event(name, year);
    }

    @Override
    public Answer person(String name, String event) {
        return engine.person(name, event);
    }

    @Override
    public Answer quotes(String person, String topic) {
        return engine.quotes(person, topic);
    }

    @Override
    public List<String> suggestEvents(String prefix, int max) {
        return engine.suggestEvents(prefix, max);
    }

    @Override
    public List<String> suggestPeople(String prefix, int max) {
        return engine.suggestPeople(prefix, max);
    }

    @Override
    public CorpusSummary sources() {
        return engine.sources();
    }

    @Override
    public ReloadReport reload(boolean force) {
        return engine.reload(force);
    }

    @Override
    public Stats stats() {
        return engine.stats();
    }

    @Override
    public IngestReport ingest(String fileName, byte[] content) {
        return engine.ingest(fileName, content);
    }

    @Override
    public List<SourceStatus> webSources() {
        return engine.webSources();
    }

    @Override
    public UrlIngestReport ingestUrl(String url) {
        return engine.ingestUrl(url);
    }
}
