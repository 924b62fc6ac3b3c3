package dev.redcarpet.engine;

import dev.redcarpet.corpus.SkippedFile;

import java.util.List;

/** The outcome of a re-scan of data/: counts of articles by change, and files that failed with reasons. */
public record ReloadReport(int added, int updated, int removed, int unchanged, List<SkippedFile> failed, long millis) {
    public ReloadReport {
        failed = List.copyOf(failed);
    }

    public String summary() {
        return "added " + added + ", updated " + updated + ", removed " + removed + ", unchanged " + unchanged
                + ", failed " + failed.size() + " (" + millis + " ms)";
    }
}
