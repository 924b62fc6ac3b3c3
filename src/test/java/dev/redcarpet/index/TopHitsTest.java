package dev.redcarpet.index;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TopHits#any} says what {@code count > 0} says, deleted documents and several segments included. */
class TopHitsTest {
    private static Document doc(String key, String colour, String kind) {
        Document d = new Document();
        d.add(new StringField("key", key, Field.Store.NO));
        d.add(new StringField("colour", colour, Field.Store.NO));
        d.add(new StringField("kind", kind, Field.Store.NO));
        return d;
    }

    private static Query both(String colour, String kind) {
        return new BooleanQuery.Builder().add(new TermQuery(new Term("colour", colour)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term("kind", kind)), BooleanClause.Occur.FILTER).build();
    }

    @Test
    void anyIsCountAboveZero() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 20; i++) w.addDocument(doc("a" + i, i % 2 == 0 ? "red" : "blue", "passage"));
            w.addDocument(doc("gone", "green", "passage"));
            w.commit();
            for (int i = 0; i < 5; i++) w.addDocument(doc("b" + i, "gold", i == 4 ? "look" : "passage"));
            w.deleteDocuments(new Term("key", "gone"));
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(w)) {
                assertThat(r.leaves()).hasSizeGreaterThan(1);
                IndexSearcher s = new IndexSearcher(r);
                for (String colour : new String[]{"red", "blue", "green", "gold", "pink"}) {
                    for (String kind : new String[]{"passage", "look", "quote"}) {
                        Query q = both(colour, kind);
                        assertThat(TopHits.any(s, q)).as(colour + " " + kind).isEqualTo(s.count(q) > 0);
                    }
                }
                assertThat(TopHits.any(s, both("green", "passage"))).isFalse(); // only a deleted document matched
                assertThat(TopHits.any(s, both("gold", "look"))).isTrue();       // only in the last segment
                // the first n in document order, as a search of filters only returns them, at any n
                for (String colour : new String[]{"red", "blue", "green", "gold", "pink"}) {
                    for (int n : new int[]{1, 3, 9, 10, 11, 2000}) {
                        Query q = colour.equals("pink") // every passage, across both segments
                                ? new BooleanQuery.Builder().add(new TermQuery(new Term("kind", "passage")), BooleanClause.Occur.FILTER).build()
                                : both(colour, "passage");
                        int[] expected = java.util.Arrays.stream(s.search(q, n).scoreDocs).mapToInt(h -> h.doc).toArray();
                        assertThat(TopHits.firstInOrder(s, q, n)).as(colour + " " + n).containsExactly(expected);
                    }
                }
            }
        }
    }
}
