package dev.redcarpet.analysis;

/**
 * A lexicon term found in a text.
 *
 * @param kind  designer, garment, colour, material, accessory, hair or beauty
 * @param value the canonical value, e.g. "Maison Margiela" for "Margiela"
 * @param start offset of the match in the text searched
 * @param end   offset after the match
 * @param text  the matched span, verbatim
 */
public record LexiconHit(String kind, String value, int start, int end, String text) {
}
