package dev.redcarpet.analysis.events;

/**
 * An edition an article names, e.g. "her 2021 Met Gala look" in a 2024 piece.
 *
 * @param mentions how many times the article names it with a year (0 for an edition only inferred from the date)
 * @param inTitle  the title names it
 */
public record EditionMention(Edition edition, int mentions, boolean inTitle) {
}
