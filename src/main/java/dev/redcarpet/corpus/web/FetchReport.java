package dev.redcarpet.corpus.web;

import java.util.List;

/**
 * One fetch pass over the sources that were due.
 *
 * @param sources  per source, in configuration order
 * @param requests HTTP requests sent (robots.txt included)
 */
public record FetchReport(List<SourceResult> sources, long requests) {
    public FetchReport {
        sources = List.copyOf(sources);
    }

    public int saved() {
        return sources.stream().mapToInt(s -> s.saved().size()).sum();
    }

    public int failed() {
        return (int) sources.stream().filter(s -> !s.ok()).count();
    }

    /** "3 sources: 52 new articles, 1 failed (…)". */
    public String summary() {
        if (sources.isEmpty()) return "No source was due (sources.list in redcarpet.yaml).";
        return sources.size() + " source" + (sources.size() == 1 ? "" : "s") + " fetched: " + saved() + " new article"
                + (saved() == 1 ? "" : "s") + ", " + failed() + " failed, " + requests + " requests.";
    }
}
