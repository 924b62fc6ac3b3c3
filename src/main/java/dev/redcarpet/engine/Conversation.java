package dev.redcarpet.engine;

/**
 * What a follow-up question may refer back to ("her", "that year"): the person, event and year
 * of the previous answer in the same thread or console session. Any part may be null.
 */
public record Conversation(String person, String eventId, Integer year) {
    public static Conversation empty() {
        return new Conversation(null, null, null);
    }
}
