package dev.redcarpet.search.stages;

import dev.redcarpet.index.IndexSchema;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.Arrays;

/**
 * The passages of some articles, given by their article documents' numbers in one reader: a filter that matches what
 * a {@code TermInSetQuery} on {@link IndexSchema#ARTICLE} with their ids matches among passages, without seeking each
 * id in every segment's terms and reading its postings (a fifth of the first stage's passage search, and a postings
 * reader per id and segment).
 * <p>
 * It reads the index's layout: an article's documents are written as one block ({@code updateDocuments}), the
 * article document first and its passages right after it, and only these carry the article's
 * {@link IndexSchema#PASSAGE_ARTICLE} doc value. So an article's passages are the documents that follow its article
 * document with the same value and no gap: one run of documents per article, read from doc values.
 * {@code PassagesOfTest} holds it to the term filter on indexes written as the index writes them.
 */
final class PassagesOf extends Query {
    private final IndexReader reader;
    private final int[] articleDocs;

    /** @param articleDocs article documents of {@code reader} (top-level numbers, any order) */
    PassagesOf(IndexReader reader, int[] articleDocs) {
        this.reader = reader;
        this.articleDocs = articleDocs.clone();
        Arrays.sort(this.articleDocs);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        if (searcher.getIndexReader() != reader) throw new IllegalArgumentException("document numbers of another reader");
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                Runs runs = runs(context);
                if (runs == null) return null;
                float score = score();
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) {
                        return new ConstantScoreScorer(score, scoreMode, runs);
                    }

                    @Override
                    public long cost() {
                        return runs.cost();
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext ctx) {
                return false; // document numbers of one question
            }
        };
    }

    /** The passage runs of this segment's articles, in document order; null when there are none. */
    private Runs runs(LeafReaderContext context) throws IOException {
        int base = context.docBase;
        int maxDoc = context.reader().maxDoc();
        int from = lowerBound(articleDocs, base);
        int to = lowerBound(articleDocs, base + maxDoc);
        if (from == to) return null;
        SortedDocValues ids = context.reader().getSortedDocValues(IndexSchema.PASSAGE_ARTICLE);
        if (ids == null) return null;
        int[] starts = new int[to - from];
        int[] ends = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            int article = articleDocs[i] - base;
            if (i > from && article == articleDocs[i - 1] - base) continue;
            int at = ids.docID() < article ? ids.advance(article) : ids.docID();
            if (at != article) continue; // not a document with an article id: it has no passages
            int ord = ids.ordValue();
            int last = article;
            for (int d = ids.nextDoc(); d == last + 1 && ids.ordValue() == ord; d = ids.nextDoc()) last = d;
            if (last > article) {
                starts[n] = article + 1;
                ends[n] = last + 1;
                n++;
            }
        }
        return n == 0 ? null : new Runs(starts, ends, n);
    }

    private static int lowerBound(int[] sorted, int key) {
        int i = Arrays.binarySearch(sorted, key);
        if (i < 0) return -i - 1;
        while (i > 0 && sorted[i - 1] == key) i--;
        return i;
    }

    /** Documents in runs [starts[i], ends[i]), ascending and apart. */
    static final class Runs extends DocIdSetIterator {
        private final int[] starts;
        private final int[] ends;
        private final int n;
        private final long cost;
        private int run = -1;
        private int doc = -1;

        Runs(int[] starts, int[] ends, int n) {
            this.starts = starts;
            this.ends = ends;
            this.n = n;
            long c = 0;
            for (int i = 0; i < n; i++) c += ends[i] - starts[i];
            this.cost = c;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public int nextDoc() {
            return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
            if (run < 0) run = 0;
            while (run < n && ends[run] <= target) run++;
            if (run == n) return doc = NO_MORE_DOCS;
            return doc = Math.max(target, starts[run]);
        }

        @Override
        public int docIDRunEnd() {
            return ends[run];
        }

        @Override
        public void intoBitSet(int upTo, FixedBitSet bitSet, int offset) {
            while (doc < upTo) {
                int end = Math.min(ends[run], upTo);
                bitSet.set(doc - offset, end - offset);
                advance(end);
            }
        }

        @Override
        public long cost() {
            return cost;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        return "PassagesOf(" + articleDocs.length + " articles)";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && reader == ((PassagesOf) other).reader && Arrays.equals(articleDocs, ((PassagesOf) other).articleDocs);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + Arrays.hashCode(articleDocs);
    }
}
