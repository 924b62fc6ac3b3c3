package dev.redcarpet.bench;

import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusLoad;
import dev.redcarpet.corpus.CorpusReader;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The anchor of the build figure: plain Lucene (StandardAnalyzer, one document per article: id,
 * title and text) indexing the same articles into a folder on disk, timed like our build from
 * reading data/ to the commit. Our build rate is reported as a share of this one, measured in the
 * same run, so that the load other processes put on the machine cancels out.
 */
public final class PlainLuceneBuild {
    private PlainLuceneBuild() {
    }

    /** Seconds to read {@code articles} and index them into a fresh {@code index} folder. */
    public static double seconds(Path articles, Path index, long maxFileBytes) {
        EngineBench.wipe(index);
        long t0 = System.nanoTime();
        CorpusLoad load = new CorpusReader(maxFileBytes).load(articles);
        IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer());
        cfg.setRAMBufferSizeMB(64);
        try (FSDirectory dir = FSDirectory.open(index); IndexWriter w = new IndexWriter(dir, cfg)) {
            for (Article a : load.articles()) {
                Document d = new Document();
                d.add(new StringField("id", a.id(), Field.Store.YES));
                d.add(new TextField("text", (a.title() == null ? "" : a.title() + "\n") + a.text(), Field.Store.NO));
                w.addDocument(d);
            }
            w.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
