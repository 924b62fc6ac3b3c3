package dev.redcarpet.discord;

import dev.redcarpet.engine.Conversation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The conversation of each user in each channel (a thread is a channel of its own, a DM is the
 * user's channel), so a follow-up can say "her" or "that year" without picking up another member's
 * subject. Bounded, least recently used dropped first.
 */
public final class Conversations {
    private final int capacity;
    private final LinkedHashMap<String, Conversation> byKey;

    Conversations(int capacity) {
        this.capacity = capacity;
        this.byKey = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
                return size() > Conversations.this.capacity;
            }
        };
    }

    static String key(String userId, String channelId) {
        return userId + "@" + channelId;
    }

    synchronized Conversation get(String key) {
        Conversation c = byKey.get(key);
        return c == null ? Conversation.empty() : c;
    }

    synchronized void put(String key, Conversation conversation) {
        if (conversation != null) byKey.put(key, conversation);
    }
}
