package dev.redcarpet.answer;

/** A sentence copied verbatim from an article, with the id of that article. */
public record Cited(String text, String sourceId) {
}
