package dev.redcarpet.engine;

/**
 * What a follow-up question may refer back to ("her", "that year", "and in 2025?"): the person, event
 * and year of the previous answer in the same thread or console session, and the question it answered
 * (a follow-up that only changes the year asks the same thing again). Any part may be null.
 */
public record Conversation(String person, String eventId, Integer year, String question) {
    public Conversation(String person, String eventId, Integer year) {
        this(person, eventId, year, null);
    }

    public static Conversation empty() {
        return new Conversation(null, null, null, null);
    }
}
