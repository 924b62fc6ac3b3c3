package dev.redcarpet.discord;

import dev.redcarpet.engine.Conversation;

import java.util.LinkedHashMap;
import java.util.Map;

/** The conversation of each channel or thread, so a follow-up can say "her" or "that year". Bounded, oldest dropped. */
final class Conversations {
    private final int capacity;
    private final LinkedHashMap<String, Conversation> byChannel;

    Conversations(int capacity) {
        this.capacity = capacity;
        this.byChannel = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
                return size() > Conversations.this.capacity;
            }
        };
    }

    synchronized Conversation get(String channelId) {
        Conversation c = byChannel.get(channelId);
        return c == null ? Conversation.empty() : c;
    }

    synchronized void put(String channelId, Conversation conversation) {
        if (conversation != null) byChannel.put(channelId, conversation);
    }
}
