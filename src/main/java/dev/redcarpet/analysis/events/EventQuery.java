package dev.redcarpet.analysis.events;

/**
 * An event a question asks about, with the year it names, e.g. "met 24" is (Met Gala, 2024).
 *
 * @param year the year asked for, or null when the question gives none
 */
public record EventQuery(EventEntry event, Integer year) {
    /** The edition asked for, or null when no year was given. */
    public Edition edition() {
        return year == null ? null : event.edition(year);
    }
}
