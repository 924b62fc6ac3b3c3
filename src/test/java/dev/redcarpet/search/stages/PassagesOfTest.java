package dev.redcarpet.search.stages;

import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.analysis.structure.Passages;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.index.CorpusIndex;
import dev.redcarpet.index.IndexSchema;
import dev.redcarpet.index.IndexUpdater;
import dev.redcarpet.index.TopHits;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static dev.redcarpet.index.IndexSchema.ARTICLE;
import static dev.redcarpet.index.IndexSchema.KIND;
import static dev.redcarpet.index.IndexSchema.KIND_ARTICLE;
import static dev.redcarpet.index.IndexSchema.KIND_PASSAGE;
import static dev.redcarpet.index.IndexSchema.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The passages of some articles found from their article documents are exactly the passages a term filter on their
 * ids finds, on an index written as the index writes it: several segments, replaced articles (deleted documents),
 * articles with and without quotes after their passages, one-paragraph articles.
 */
class PassagesOfTest {
    @TempDir
    Path tmp;

    private static final String[] WORDS = {"velvet", "emerald", "gown", "silk", "train", "cape", "sequins", "tulle", "crystal", "satin"};

    /** Every other article also has a quote: quote documents follow its passages. */
    private static final Function<Article, ArticleFacts> FACTS = a -> new ArticleFacts(a.id(), Passages.of(a.text()),
            a.text().length() % 2 == 0 ? List.of(new Quote("I loved the " + WORDS[a.text().length() % WORDS.length] + ".", "Nell Ash", null, a.id(), 0, null))
                    : List.of(), List.of(), null, List.of());

    private static void sync(IndexUpdater updater, Path data) {
        CorpusReader reader = new CorpusReader(1_000_000);
        updater.update(known -> reader.load(data, known), IndexUpdater.Progress.NONE, true);
    }

    private static String article(Random r, int n) {
        int paragraphs = 1 + r.nextInt(6);
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            b.append("Guest ").append(n).append(" wore");
            for (int w = 0; w < 4 + r.nextInt(8); w++) b.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
            b.append(" to the gala.\n\n");
        }
        return b.toString();
    }

    @Test
    void thePassagesOfArticlesAreThoseATermFilterOnTheirIdsFinds() throws IOException {
        Random r = new Random(16);
        Path data = Files.createDirectories(tmp.resolve("data"));
        try (CorpusIndex index = CorpusIndex.open(tmp.resolve("index"))) {
            IndexUpdater updater = new IndexUpdater(index, FACTS);
            int n = 0;
            for (int round = 0; round < 3; round++) { // a segment per round (a fourth commit merges them)
                for (int i = 0; i < 12; i++, n++) Files.writeString(data.resolve("a" + n + ".txt"), article(r, n));
                // rewrite some articles of earlier rounds: their old documents are deleted in older segments
                for (int i = 0; i < round * 3; i++) {
                    int old = r.nextInt(n);
                    Files.writeString(data.resolve("a" + old + ".txt"), article(r, old));
                }
                sync(updater, data);
            }
            index.withSearcher(s -> {
                try {
                    assertThat(s.getIndexReader().leaves().size()).isGreaterThan(1);
                    assertThat(s.getIndexReader().numDeletedDocs()).isGreaterThan(0);
                    check(s, r);
                    articleSearchWithoutKindFilter(s);
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void check(IndexSearcher s, Random r) throws IOException {
        Query articles = new TermQuery(new Term(KIND, KIND_ARTICLE));
        int[] articleDocs = TopHits.firstInOrder(s, articles, Integer.MAX_VALUE);
        assertThat(articleDocs.length).isEqualTo(36);
        String[] ids = dev.redcarpet.index.ArticleIds.of(s.getIndexReader(), scoreDocs(articleDocs));
        Query words = new QueryBuilder(IndexSchema.textAnalyzer()).createBooleanQuery(TEXT, "velvet emerald gown sequins", BooleanClause.Occur.SHOULD);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < articleDocs.length; i++) order.add(i);
        for (int size : new int[]{1, 2, 5, 17, 30, 36}) {
            for (int trial = 0; trial < 5; trial++) {
                Collections.shuffle(order, r);
                int[] docs = new int[size];
                List<BytesRef> terms = new ArrayList<>();
                for (int k = 0; k < size; k++) {
                    docs[k] = articleDocs[order.get(k)];
                    terms.add(new BytesRef(ids[order.get(k)]));
                }
                Query byDocs = new PassagesOf(s.getIndexReader(), docs);
                Query byIds = new TermInSetQuery(ARTICLE, terms);
                // the matching passages themselves
                int[] expected = TopHits.firstInOrder(s, passages(byIds, null), Integer.MAX_VALUE);
                assertThat(expected).isNotEmpty();
                assertThat(TopHits.firstInOrder(s, passages(byDocs, null), Integer.MAX_VALUE)).isEqualTo(expected);
                // and the first stage's scored search: same hits, same scores, same order
                ScoreDoc[] want = TopHits.of(s, passages(byIds, words), 40);
                ScoreDoc[] got = TopHits.of(s, passages(byDocs, words), 40);
                assertThat(got).hasSameSizeAs(want);
                for (int i = 0; i < want.length; i++) {
                    assertThat(got[i].doc).isEqualTo(want[i].doc);
                    assertThat(Float.floatToIntBits(got[i].score)).isEqualTo(Float.floatToIntBits(want[i].score));
                }
            }
        }
    }

    @Test
    void runsIterateAdvanceAndFillBitSetsAsTheirDocumentsOneByOne() throws IOException {
        Random r = new Random(6);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + r.nextInt(6);
            int[] starts = new int[n];
            int[] ends = new int[n];
            List<Integer> all = new ArrayList<>();
            int at = r.nextInt(5);
            for (int i = 0; i < n; i++) {
                starts[i] = at;
                ends[i] = at + 1 + r.nextInt(6);
                for (int d = starts[i]; d < ends[i]; d++) all.add(d);
                at = ends[i] + 1 + r.nextInt(4);
            }
            PassagesOf.Runs it = new PassagesOf.Runs(starts, ends, n);
            assertThat(it.cost()).isEqualTo(all.size());
            List<Integer> seen = new ArrayList<>();
            for (int d = it.nextDoc(); d != PassagesOf.Runs.NO_MORE_DOCS; d = it.nextDoc()) {
                seen.add(d);
                int run = java.util.Arrays.binarySearch(ends, d + 1);
                int end = run >= 0 ? ends[run] : ends[-run - 1];
                assertThat(it.docIDRunEnd()).isEqualTo(end);
            }
            assertThat(seen).isEqualTo(all);
            // advance to any target: the first document at or after it
            int target = r.nextInt(at + 2);
            PassagesOf.Runs jump = new PassagesOf.Runs(starts, ends, n);
            int expected = all.stream().filter(d -> d >= target).findFirst().orElse(PassagesOf.Runs.NO_MORE_DOCS);
            assertThat(jump.advance(target)).isEqualTo(expected);
            // into a bit set up to a bound, from where it stands, then on from the bound
            if (expected != PassagesOf.Runs.NO_MORE_DOCS) {
                int upTo = expected + r.nextInt(at + 2 - expected);
                org.apache.lucene.util.FixedBitSet bits = new org.apache.lucene.util.FixedBitSet(at + 10);
                jump.intoBitSet(upTo, bits, 0);
                for (int d = 0; d < at + 10; d++) assertThat(bits.get(d)).as("doc " + d).isEqualTo(d >= expected && d < upTo && all.contains(d));
                int next = all.stream().filter(d -> d >= Math.max(upTo, expected)).findFirst().orElse(PassagesOf.Runs.NO_MORE_DOCS);
                assertThat(jump.docID()).isEqualTo(next);
            }
        }
    }

    /**
     * The first stage's whole-article search needs no filter on article documents (only they hold
     * {@code ARTICLE_TEXT}): the same hits with the same scores, bit for bit, in the same order, with the
     * similarity it searches with.
     */
    private static void articleSearchWithoutKindFilter(IndexSearcher shared) throws IOException {
        IndexSearcher s = new IndexSearcher(shared.getIndexReader());
        s.setSimilarity(new org.apache.lucene.search.similarities.BM25Similarity(1.2f, 0.75f));
        QueryBuilder qb = new QueryBuilder(IndexSchema.textAnalyzer());
        for (String text : new String[]{"velvet", "emerald gown", "velvet emerald gown sequins tulle", "guest 7 wore satin", "crystal cape train silk"}) {
            Query words = qb.createBooleanQuery(IndexSchema.ARTICLE_TEXT, text, BooleanClause.Occur.SHOULD);
            Query filtered = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                    .add(words, BooleanClause.Occur.MUST).build();
            for (int n : new int[]{3, 10, 200}) {
                ScoreDoc[] want = TopHits.of(s, filtered, n);
                ScoreDoc[] got = TopHits.of(s, words, n);
                assertThat(want).isNotEmpty();
                assertThat(got).as(text).hasSameSizeAs(want);
                for (int i = 0; i < want.length; i++) {
                    assertThat(got[i].doc).as(text).isEqualTo(want[i].doc);
                    assertThat(Float.floatToIntBits(got[i].score)).as(text).isEqualTo(Float.floatToIntBits(want[i].score));
                }
            }
        }
    }

    private static Query passages(Query filter, Query words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, KIND_PASSAGE)), BooleanClause.Occur.FILTER)
                .add(filter, BooleanClause.Occur.FILTER);
        if (words != null) b.add(words, BooleanClause.Occur.MUST);
        return b.build();
    }

    private static ScoreDoc[] scoreDocs(int[] docs) {
        ScoreDoc[] out = new ScoreDoc[docs.length];
        for (int i = 0; i < docs.length; i++) out[i] = new ScoreDoc(docs[i], 0);
        return out;
    }
}
