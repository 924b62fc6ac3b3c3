package dev.redcarpet.analysis.structure;

/**
 * One line-level piece of an article.
 *
 * @param part      what the piece is
 * @param paragraph the index of the paragraph (blank-line separated) it sits in, -1 for a headline outside the text
 * @param text      the piece's text, verbatim (a list marker or Markdown heading marks removed)
 */
public record Block(Part part, int paragraph, String text) {
}
