package dev.redcarpet.engine;

import java.util.List;

/**
 * The outcome of an admin ingest.
 *
 * @param accepted  false when the file was refused (nothing was written)
 * @param savedAs   path of the new file relative to data/, or null
 * @param message   one line for the admin: what was understood, or why it was refused
 * @param articles  ids of the articles the file produced
 */
public record IngestReport(boolean accepted, String savedAs, String message, List<String> articles) {
    public IngestReport {
        articles = List.copyOf(articles);
    }

    public static IngestReport refused(String message) {
        return new IngestReport(false, null, message, List.of());
    }
}
