package dev.redcarpet.corpus;

import java.time.LocalDate;

/**
 * An article as a format reader found it, before its body is cleaned.
 *
 * @param id         the id the file gives, or null (the file name is used then)
 * @param body       the raw body text, paragraphs separated by blank lines
 * @param guessTitle true when the title may be taken from a headline-like first paragraph
 */
record Draft(String id, String title, String url, String source, LocalDate date, String body, boolean guessTitle) {
}
