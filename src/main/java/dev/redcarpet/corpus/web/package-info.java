/**
 * Articles from the web: RSS/Atom feeds, sitemaps and single pages named in {@code sources:} of
 * redcarpet.yaml (or given to /ingest URL) are fetched politely and safely, their main text and
 * metadata extracted, and each saved as a JSON article under {@code data/sources/NAME/}.
 *
 * <p>{@link dev.redcarpet.corpus.web.WebSources} is the entry point. {@link dev.redcarpet.corpus.web.WebClient}
 * does every request: only http/https, private addresses refused (also after redirects), robots.txt,
 * one request at a time per host with a pause, conditional GET, timeouts, a size limit and capped
 * redirects. {@link dev.redcarpet.corpus.web.PageExtractor} reads a page (JSON-LD NewsArticle, else
 * Readability4J), {@link dev.redcarpet.corpus.web.ArticleStore} writes it atomically, never
 * overwriting, checked by the corpus reader, and never twice (same canonical URL or same text).
 */
package dev.redcarpet.corpus.web;
