package dev.redcarpet.answer;

/** A quote shown in an answer: verbatim text, who said it (or null), and the id of its article. */
public record CitedQuote(String text, String speaker, String sourceId) {
}
