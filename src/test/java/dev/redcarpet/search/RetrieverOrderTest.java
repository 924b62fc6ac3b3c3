package dev.redcarpet.search;

import dev.redcarpet.index.IndexSchema;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Hits best first, equal scores by article id then document, whichever way the index wrote them. */
class RetrieverOrderTest {
    @Test
    void orderedBreaksTiesByArticleThenDocument() throws IOException {
        Random r = new Random(3);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 300; i++) {
                Document d = new Document();
                // few distinct texts: many equal scores
                d.add(new TextField("text", "gown " + "red ".repeat(r.nextInt(3)) + (r.nextBoolean() ? "gown" : ""), Field.Store.NO));
                if (r.nextInt(10) > 0) d.add(new SortedDocValuesField(IndexSchema.PASSAGE_ARTICLE, new BytesRef("a" + r.nextInt(40))));
                w.addDocument(d);
                if (i % 100 == 99) w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                IndexSearcher s = new IndexSearcher(reader);
                TermQuery q = new TermQuery(new Term("text", "gown"));
                ScoreDoc[] got = Retriever.ordered(s, q, 500);
                ScoreDoc[] hits = s.search(q, 500).scoreDocs;
                String[] ids = dev.redcarpet.index.ArticleIds.of(reader, hits);
                Integer[] order = new Integer[hits.length];
                for (int i = 0; i < order.length; i++) order[i] = i;
                Arrays.sort(order, (x, y) -> {
                    int c = Double.compare(-hits[x].score, -hits[y].score);
                    if (c == 0) c = String.valueOf(ids[x]).compareTo(String.valueOf(ids[y]));
                    return c != 0 ? c : Integer.compare(hits[x].doc, hits[y].doc);
                });
                assertThat(got).hasSize(300);
                for (int i = 0; i < got.length; i++) assertThat(got[i].doc).isEqualTo(hits[order[i]].doc);
            }
        }
    }

    @Test
    void orderedFilterIsOrderedForQueriesOfFiltersOnly() throws IOException {
        Random r = new Random(5);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 600; i++) {
                Document d = new Document();
                d.add(new org.apache.lucene.document.StringField("kind", r.nextInt(4) == 0 ? "passage" : "look", Field.Store.NO));
                d.add(new org.apache.lucene.document.StringField("event", "e" + r.nextInt(3), Field.Store.NO));
                d.add(new org.apache.lucene.document.StringField("person", "p" + r.nextInt(5), Field.Store.NO));
                if (r.nextInt(10) > 0) d.add(new SortedDocValuesField(IndexSchema.PASSAGE_ARTICLE, new BytesRef("a" + r.nextInt(40))));
                w.addDocument(d);
                if (i % 150 == 149) w.commit();
                if (i % 97 == 0) w.deleteDocuments(new org.apache.lucene.search.BooleanQuery.Builder()
                        .add(new TermQuery(new Term("person", "p" + r.nextInt(5))), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term("event", "e" + r.nextInt(3))), org.apache.lucene.search.BooleanClause.Occur.FILTER).build());
            }
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                IndexSearcher s = new IndexSearcher(reader);
                assertThat(reader.leaves().size()).isGreaterThan(1);
                assertThat(reader.numDeletedDocs()).isGreaterThan(0);
                for (int n : new int[]{1, 7, 50, 120, 1000}) {
                    for (String event : new String[]{"e0", "e1", "e2"}) {
                        org.apache.lucene.search.BooleanQuery.Builder who = new org.apache.lucene.search.BooleanQuery.Builder();
                        who.add(new TermQuery(new Term("person", "p1")), org.apache.lucene.search.BooleanClause.Occur.SHOULD);
                        who.add(new TermQuery(new Term("person", "p3")), org.apache.lucene.search.BooleanClause.Occur.SHOULD);
                        for (org.apache.lucene.search.Query q : new org.apache.lucene.search.Query[]{
                                new org.apache.lucene.search.BooleanQuery.Builder()
                                        .add(new TermQuery(new Term("kind", "look")), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                                        .add(new TermQuery(new Term("event", event)), org.apache.lucene.search.BooleanClause.Occur.FILTER).build(),
                                new org.apache.lucene.search.BooleanQuery.Builder()
                                        .add(new TermQuery(new Term("kind", "look")), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                                        .add(who.build(), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                                        .add(new TermQuery(new Term("event", event)), org.apache.lucene.search.BooleanClause.Occur.FILTER).build()}) {
                            ScoreDoc[] want = Retriever.ordered(s, q, n);
                            ScoreDoc[] got = Retriever.orderedFilter(s, q, n);
                            assertThat(got).hasSameSizeAs(want);
                            for (int i = 0; i < want.length; i++) {
                                assertThat(got[i].doc).isEqualTo(want[i].doc);
                                assertThat(got[i].score).isEqualTo(want[i].score);
                            }
                        }
                    }
                }
            }
        }
    }
}
