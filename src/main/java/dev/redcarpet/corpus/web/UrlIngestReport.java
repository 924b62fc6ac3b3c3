package dev.redcarpet.corpus.web;

import java.util.List;

/**
 * The outcome of ingesting one URL (an article, a feed or a sitemap).
 *
 * @param accepted true when at least one article was saved
 * @param message  one line for the admin: what was saved, or why nothing was
 * @param saved    paths (relative to data/) of the new files
 * @param refused  pages not saved, each with a reason
 */
public record UrlIngestReport(boolean accepted, String message, List<String> saved, List<String> refused) {
    public UrlIngestReport {
        saved = List.copyOf(saved);
        refused = List.copyOf(refused);
    }

    static UrlIngestReport refusedWith(String message) {
        return new UrlIngestReport(false, message, List.of(), List.of());
    }
}
