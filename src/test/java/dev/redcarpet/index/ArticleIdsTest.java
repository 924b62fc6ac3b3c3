package dev.redcarpet.index;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ids read through the per-segment cache are the doc values' own, in every reader, after updates and new segments. */
class ArticleIdsTest {
    private static Document doc(String key, String article) {
        Document d = new Document();
        d.add(new StringField("key", key, Field.Store.YES));
        if (article != null) d.add(new SortedDocValuesField(IndexSchema.PASSAGE_ARTICLE, new BytesRef(article)));
        return d;
    }

    /** What the ids must be: each hit's own doc value read without any cache. */
    private static List<String> expected(IndexSearcher s, ScoreDoc[] hits) throws IOException {
        List<String> out = new ArrayList<>();
        for (ScoreDoc h : hits) {
            var leaf = s.getIndexReader().leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(h.doc, s.getIndexReader().leaves()));
            var dv = leaf.reader().getSortedDocValues(IndexSchema.PASSAGE_ARTICLE);
            out.add(dv != null && dv.advanceExact(h.doc - leaf.docBase) ? dv.lookupOrd(dv.ordValue()).utf8ToString() : null);
        }
        return out;
    }

    private static void check(DirectoryReader reader, int n) throws IOException {
        IndexSearcher s = new IndexSearcher(reader);
        ScoreDoc[] hits = s.search(new MatchAllDocsQuery(), 1000).scoreDocs;
        assertThat(hits).hasSize(n);
        // twice, hits in reverse order the second time: the first call fills the cache, the second reads from it
        for (int round = 0; round < 2; round++) {
            assertThat(java.util.Arrays.asList(ArticleIds.of(reader, hits))).containsExactlyElementsOf(expected(s, hits));
            ScoreDoc[] reversed = hits.clone();
            java.util.Collections.reverse(java.util.Arrays.asList(reversed));
            hits = reversed;
        }
    }

    @Test
    void idsStayRightAcrossReopensUpdatesAndSegments() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 30; i++) w.addDocument(doc("k" + i, "article-" + (i % 7)));
            w.addDocument(doc("none", null));
            w.commit();
            DirectoryReader r = DirectoryReader.open(w);
            check(r, 31);
            // a new segment with other ids, and documents replaced in the old one
            for (int i = 0; i < 10; i++) w.addDocument(doc("n" + i, "zz-new-" + i));
            for (int i = 0; i < 5; i++) w.updateDocument(new Term("key", "k" + i), doc("k" + i, "moved-" + i));
            w.commit();
            DirectoryReader r2 = DirectoryReader.openIfChanged(r, w);
            r.close();
            check(r2, 41);
            // everything merged into one segment: new ordinals for the same ids
            w.forceMerge(1);
            w.commit();
            DirectoryReader r3 = DirectoryReader.openIfChanged(r2, w);
            r2.close();
            check(r3, 41);
            r3.close();
        }
    }
}
