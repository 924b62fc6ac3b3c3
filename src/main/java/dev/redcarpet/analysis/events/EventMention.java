package dev.redcarpet.analysis.events;

/**
 * A place where a text names a catalogued event.
 *
 * @param start offset of the name in the text
 * @param end   offset after it
 * @param year  the year written next to it ("the 2024 Met Gala", "Oscars 2023", "76th Cannes"), or null
 */
public record EventMention(EventEntry event, int start, int end, Integer year) {
}
