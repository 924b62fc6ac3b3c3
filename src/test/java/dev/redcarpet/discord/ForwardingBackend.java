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

/** A backend that passes every call to another; tests extend it to hold or count the calls they care about. */
public abstract class ForwardingBackend implements BotBackend {
    protected final BotBackend real;

    protected ForwardingBackend(BotBackend real) {
        this.real = real;
    }

    @Override
    public Answer ask(String question, Conversation context) {
        return real.ask(question, context);
    }

    @Override
    public Conversation contextOf(Answer answer, Conversation previous) {
        return real.contextOf(answer, previous);
    }

    @Override
    public Answer event(String name, Integer year) {
        return real.event(name, year);
    }

    @Override
    public Answer person(String name, String event) {
        return real.person(name, event);
    }

    @Override
    public Answer quotes(String person, String topic) {
        return real.quotes(person, topic);
    }

    @Override
    public List<String> suggestEvents(String prefix, int max) {
        return real.suggestEvents(prefix, max);
    }

    @Override
    public List<String> suggestPeople(String prefix, int max) {
        return real.suggestPeople(prefix, max);
    }

    @Override
    public CorpusSummary sources() {
        return real.sources();
    }

    @Override
    public ReloadReport reload(boolean force) {
        return real.reload(force);
    }

    @Override
    public Stats stats() {
        return real.stats();
    }

    @Override
    public IngestReport ingest(String fileName, byte[] content) {
        return real.ingest(fileName, content);
    }

    @Override
    public List<SourceStatus> webSources() {
        return real.webSources();
    }

    @Override
    public UrlIngestReport ingestUrl(String url) {
        return real.ingestUrl(url);
    }
}
