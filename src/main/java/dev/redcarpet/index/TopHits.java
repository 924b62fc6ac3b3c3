package dev.redcarpet.index;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import java.io.IOException;

/**
 * The best {@code n} hits of a query, exactly as {@link IndexSearcher#search(Query, int)} returns them,
 * without counting every hit: Lucene counts the first 1,000 hits exactly before it may skip
 * documents that cannot enter the top {@code n}; questions never read the total, so skipping starts
 * as soon as {@code n} hits are held. Same hits, same scores, same order (ties by document).
 */
public final class TopHits {
    private TopHits() {
    }

    public static ScoreDoc[] of(IndexSearcher s, Query q, int n) throws IOException {
        int capped = Math.max(1, Math.min(n, Math.max(1, s.getIndexReader().maxDoc())));
        return s.search(q, new TopScoreDocCollectorManager(capped, null, capped)).scoreDocs;
    }
}
