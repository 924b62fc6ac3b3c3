package dev.redcarpet.corpus.web;

import java.time.LocalDate;

/**
 * What was read from one page.
 *
 * @param url    the canonical URL (rel=canonical, og:url or JSON-LD url, else the address fetched)
 * @param site   the publication, or null
 * @param date   publication date, or null
 * @param text   the body, paragraphs separated by blank lines
 * @param method "json-ld" or "readability": where the body came from
 */
record ExtractedArticle(String url, String title, String author, String site, LocalDate date, String text, String method) {
}
