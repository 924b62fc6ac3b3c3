package dev.redcarpet.engine;

import dev.redcarpet.answer.Source;

import java.util.List;

/** What the bot knows, for /sources: article counts per event edition and the newest articles. */
public record CorpusSummary(int articles, List<EditionCount> editions, List<Source> newest) {
    public CorpusSummary {
        editions = List.copyOf(editions);
        newest = List.copyOf(newest);
    }

    /** @param edition e.g. "2024 Met Gala"; "other" for articles with no recognised edition */
    public record EditionCount(String edition, int articles) {
    }
}
