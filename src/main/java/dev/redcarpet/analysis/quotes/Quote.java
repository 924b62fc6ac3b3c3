package dev.redcarpet.analysis.quotes;

/**
 * A direct quotation, its text verbatim from the article (without the quotation marks).
 *
 * @param speaker full name of who said it, or null when it cannot be attributed
 * @param outlet  the outlet it was said to ("she told Vogue"), or null
 * @param context the sentence(s) around the quote, verbatim, for display and matching
 */
public record Quote(String text, String speaker, String outlet, String articleId, int passage, String context) {
}
