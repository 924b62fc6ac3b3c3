package dev.redcarpet.eval;

import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusLoad;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline every ranking must beat: Lucene with its standard analyzer, one document per article
 * (title and text), the question as typed, BM25. Built in memory from the same articles.
 */
public final class PlainLucene implements AutoCloseable {
    private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public PlainLucene(CorpusLoad load) {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Article a : load.articles()) {
                Document d = new Document();
                d.add(new StringField("id", a.id(), Field.Store.YES));
                d.add(new TextField("text", (a.title() == null ? "" : a.title() + "\n") + a.text(), Field.Store.NO));
                w.addDocument(d);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            reader = DirectoryReader.open(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
    }

    /** Article ids best first (at most ten). */
    public List<String> rank(String question) {
        List<String> out = new ArrayList<>();
        try {
            Query q = new QueryBuilder(analyzer).createBooleanQuery("text", question == null ? "" : question, BooleanClause.Occur.SHOULD);
            if (q == null) return out;
            for (ScoreDoc sd : searcher.search(q, 10).scoreDocs) out.add(searcher.storedFields().document(sd.doc).get("id"));
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    @Override
    public void close() {
        try {
            reader.close();
            dir.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
