package dev.redcarpet.analysis.structure;

/** A sentence of a paragraph: its text verbatim and where it starts and ends in that paragraph. */
public record Sentence(int passage, int start, int end, String text) {
}
