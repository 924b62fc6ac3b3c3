package dev.redcarpet.corpus.web;

import java.util.List;

/**
 * What one pass did with one source.
 *
 * @param error        why the source itself could not be read, or null
 * @param notModified  true when the feed or sitemap answered 304 (nothing downloaded)
 * @param listed       links it listed
 * @param saved        paths (relative to data/) of the articles saved
 * @param duplicates   pages already in the corpus (same canonical URL or same text)
 * @param refused      pages not saved, each with a one-line reason
 */
public record SourceResult(String name, String error, boolean notModified, int listed, List<String> saved,
                           int duplicates, List<String> refused) {
    public SourceResult {
        saved = List.copyOf(saved);
        refused = List.copyOf(refused);
    }

    public boolean ok() {
        return error == null;
    }

    public String summary() {
        if (error != null) return name + ": failed — " + error;
        if (notModified) return name + ": not modified";
        return name + ": " + listed + " listed, " + saved.size() + " new, " + duplicates + " already known, "
                + refused.size() + " refused";
    }
}
