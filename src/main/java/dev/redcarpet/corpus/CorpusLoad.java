package dev.redcarpet.corpus;

import java.util.List;

/** What a scan of data/ produced: the articles that loaded and the files that did not. */
public record CorpusLoad(List<Article> articles, List<SkippedFile> skipped) {
    public CorpusLoad {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }
}
