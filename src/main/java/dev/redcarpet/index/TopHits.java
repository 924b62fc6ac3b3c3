package dev.redcarpet.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import java.io.IOException;
import java.util.Collection;

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

    /**
     * Whether any live document matches: {@code s.count(q) > 0}, but stopping at the first match instead of
     * counting them all (a person's passages at an event can be hundreds at 100k articles).
     */
    public static boolean any(IndexSearcher s, Query q) throws IOException {
        return s.search(q, new CollectorManager<FirstMatch, Boolean>() {
            @Override
            public FirstMatch newCollector() {
                return new FirstMatch();
            }

            @Override
            public Boolean reduce(Collection<FirstMatch> collectors) {
                return collectors.stream().anyMatch(c -> c.found);
            }
        });
    }

    /**
     * The first {@code n} live matching documents in document order: what {@code s.search(q, n)} returns for a
     * query of filters only (every match scores alike, so ties keep the lowest documents, in order), without the
     * queue of {@code n} placeholder hits it fills first (an article's passages are asked for with room for 2,000).
     */
    public static int[] firstInOrder(IndexSearcher s, Query q, int n) throws IOException {
        int capped = Math.max(1, Math.min(n, Math.max(1, s.getIndexReader().maxDoc())));
        return s.search(q, new CollectorManager<InOrder, int[]>() {
            @Override
            public InOrder newCollector() {
                return new InOrder(capped);
            }

            @Override
            public int[] reduce(Collection<InOrder> collectors) {
                int total = 0;
                for (InOrder c : collectors) total += c.size;
                int[] docs = new int[total];
                int at = 0;
                for (InOrder c : collectors) {
                    System.arraycopy(c.docs, 0, docs, at, c.size);
                    at += c.size;
                }
                java.util.Arrays.sort(docs);
                return docs.length <= capped ? docs : java.util.Arrays.copyOf(docs, capped);
            }
        });
    }

    /** Collects the documents it is given (in document order within its segments) until it holds {@code n}. */
    private static final class InOrder implements Collector {
        private final int n;
        private int[] docs = new int[16];
        private int size;

        InOrder(int n) {
            this.n = n;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            if (size >= n) throw new CollectionTerminatedException();
            int base = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    if (size == docs.length) docs = java.util.Arrays.copyOf(docs, 2 * size);
                    docs[size++] = base + doc;
                    if (size >= n) throw new CollectionTerminatedException();
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** Collects nothing: notes the first match and ends the search of every segment after it. */
    private static final class FirstMatch implements Collector {
        private boolean found;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            if (found) throw new CollectionTerminatedException();
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    found = true;
                    throw new CollectionTerminatedException();
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
