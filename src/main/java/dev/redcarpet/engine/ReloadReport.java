package dev.redcarpet.engine;

import dev.redcarpet.corpus.SkippedFile;

import java.util.List;

/**
 * The outcome of a re-scan of data/: counts of articles by change, files that failed with reasons, and
 * notes on what else happened (config changed so every article was re-analysed, the index was rebuilt,
 * an update was refused).
 */
public record ReloadReport(int added, int updated, int removed, int unchanged, List<SkippedFile> failed, long millis,
                           List<String> notes) {
    public ReloadReport {
        failed = List.copyOf(failed);
        notes = List.copyOf(notes);
    }

    public ReloadReport(int added, int updated, int removed, int unchanged, List<SkippedFile> failed, long millis) {
        this(added, updated, removed, unchanged, failed, millis, List.of());
    }

    public String summary() {
        return "added " + added + ", updated " + updated + ", removed " + removed + ", unchanged " + unchanged
                + ", failed " + failed.size() + " (" + millis + " ms)";
    }
}
