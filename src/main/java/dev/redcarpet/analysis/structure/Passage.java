package dev.redcarpet.analysis.structure;

/** A searchable span of an article: a paragraph, or a window of sentences of a long paragraph. */
public record Passage(int ordinal, String text) {
}
