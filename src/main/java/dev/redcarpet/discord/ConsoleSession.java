package dev.redcarpet.discord;

import dev.redcarpet.engine.Conversation;

/** One console user's state: the backend, the follow-up context and the ingest limit. */
public final class ConsoleSession {
    private final BotBackend backend;
    private final long maxIngestBytes;
    private Conversation conversation = Conversation.empty();

    public ConsoleSession(BotBackend backend, long maxIngestBytes) {
        this.backend = backend;
        this.maxIngestBytes = maxIngestBytes;
    }

    public BotBackend backend() {
        return backend;
    }

    public long maxIngestBytes() {
        return maxIngestBytes;
    }

    public Conversation conversation() {
        return conversation;
    }

    public void conversation(Conversation next) {
        if (next != null) conversation = next;
    }
}
