package dev.redcarpet.analysis.events;

/** One year's edition of a catalogued event, e.g. (met-gala, "Met Gala", 2024). */
public record Edition(String eventId, String eventName, int year) {
    public String label() {
        return year + " " + eventName;
    }
}
