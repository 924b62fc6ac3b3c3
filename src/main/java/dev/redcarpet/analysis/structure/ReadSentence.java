package dev.redcarpet.analysis.structure;

/**
 * A sentence as a reader takes it in: where it sits, whom it is about and which segment it belongs to.
 *
 * @param text      the sentence, verbatim
 * @param part      the piece of the article it belongs to
 * @param paragraph the paragraph of the article text it comes from (-1 for a headline outside the text)
 * @param subject   the full name of the person it is about, or null
 * @param segment   the segment number: a roundup has one segment per person, counted from 0
 */
public record ReadSentence(String text, Part part, int paragraph, String subject, int segment) {
}
