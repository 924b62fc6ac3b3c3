package dev.redcarpet.analysis.looks;

/**
 * One sourced fact of a look.
 *
 * @param kind     designer, garment, colour, material, accessory, hair or beauty
 * @param value    the canonical value (e.g. "Maison Margiela", "corset")
 * @param evidence the sentence it was read from, verbatim
 */
public record LookField(String kind, String value, String evidence, String articleId) {
}
