package dev.redcarpet.corpus;

import java.util.List;
import java.util.Map;

/**
 * What a scan of data/ produced: the articles that were read, the files that did not load, and
 * (for an incremental scan) the files left unread because they had not changed.
 *
 * @param stamps    size-and-time stamp of every file seen, by path
 * @param unchanged paths of files whose stamp matched the earlier scan; their articles were not read again
 * @param kept      articles of unread files that stay as the index holds them
 * @param files     every file that loaded cleanly, with all its articles (duplicates too), to record in the index
 */
public record CorpusLoad(List<Article> articles, List<SkippedFile> skipped, Map<String, String> stamps, List<String> unchanged,
                         List<KnownFiles.Kept> kept, Map<String, KnownFiles.KnownFile> files) {
    public CorpusLoad {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        // read-only views, not copies: a scan of a large corpus hands over 100,000s of entries it never touches again
        stamps = java.util.Collections.unmodifiableMap(stamps);
        unchanged = java.util.Collections.unmodifiableList(unchanged);
        kept = java.util.Collections.unmodifiableList(kept);
        files = java.util.Collections.unmodifiableMap(files);
    }

    public CorpusLoad(List<Article> articles, List<SkippedFile> skipped) {
        this(articles, skipped, Map.of(), List.of(), List.of(), Map.of());
    }

    /** How many articles the scan leaves in the corpus: read and kept. */
    public int size() {
        return articles.size() + kept.size();
    }
}
