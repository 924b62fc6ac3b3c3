package dev.redcarpet.corpus;

import java.util.List;
import java.util.Map;

/**
 * What a scan of data/ produced: the articles that were read, the files that did not load, and
 * (for an incremental scan) the files left unread because they had not changed.
 *
 * @param stamps    size-and-time stamp of every file read, by path
 * @param unchanged paths of files whose stamp matched the earlier scan; their articles were not read again
 */
public record CorpusLoad(List<Article> articles, List<SkippedFile> skipped, Map<String, String> stamps, List<String> unchanged) {
    public CorpusLoad {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        stamps = Map.copyOf(stamps);
        unchanged = List.copyOf(unchanged);
    }

    public CorpusLoad(List<Article> articles, List<SkippedFile> skipped) {
        this(articles, skipped, Map.of(), List.of());
    }
}
