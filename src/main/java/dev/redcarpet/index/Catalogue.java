package dev.redcarpet.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the engine needs at start-up of every article and every file of data/, read from the commit
 * without stored fields: each article document carries its metadata, and each file document its
 * record, as one small binary doc value ({@link IndexSchema#ARTICLE_META}, {@link IndexSchema#FILE_META}).
 * Each segment is parsed once and kept by its Lucene segment id (random, never reused, and a segment's
 * values never change), so a reload parses only the segments it wrote; and the parsed segments are
 * saved beside the commit ({@link StartupFile}) so that the next start reads them in one go instead
 * of parsing every segment again. Segments a stale saved file lacks are simply parsed.
 */
final class Catalogue {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An article's metadata and how it was indexed: the record the engine serves, plus hash and stamp. */
    record ArticleMeta(String id, String title, String url, String source, String date, String path, String format,
                       String eventId, String eventName, Integer year, List<String> people, int passages,
                       String hash, String stamp) {
        IndexedArticle article() {
            return new IndexedArticle(id, title, url, source, date == null ? null : day(date), path, format,
                    eventId, eventName, year, people == null ? List.of() : people, passages);
        }

        /** An ISO date as stored ("2024-05-06"), read without the general parser when it has that plain form. */
        private static LocalDate day(String date) {
            if (date.length() == 10 && date.charAt(4) == '-' && date.charAt(7) == '-') {
                try {
                    return LocalDate.of(Integer.parseInt(date, 0, 4, 10), Integer.parseInt(date, 5, 7, 10), Integer.parseInt(date, 8, 10, 10));
                } catch (RuntimeException e) {
                    // not a plain date after all: the parser says why
                }
            }
            return LocalDate.parse(date);
        }

        CorpusIndex.Entry entry() {
            return new CorpusIndex.Entry(id, hash, path, stamp);
        }
    }

    /** The parsed articles of one segment and their documents, in document order (the served records made once). */
    record ArticleLeaf(int[] docs, ArticleMeta[] metas, IndexedArticle[] articles) {
        static ArticleLeaf of(int[] docs, ArticleMeta[] metas) {
            IndexedArticle[] served = new IndexedArticle[metas.length];
            for (int i = 0; i < metas.length; i++) served[i] = metas[i].article();
            return new ArticleLeaf(docs, metas, served);
        }
    }

    /** The parsed file records of one segment and their documents, in document order. */
    record FileLeaf(int[] docs, CorpusIndex.FileRecord[] records) {
    }

    /** By segment key ({@link #key}): a segment's parsed values. */
    private final Map<String, ArticleLeaf> articles = new ConcurrentHashMap<>();
    private final Map<String, FileLeaf> files = new ConcurrentHashMap<>();

    static BytesRef encode(Object value) {
        try {
            return new BytesRef(JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every live article of the view, in document order. */
    List<ArticleMeta> articles(IndexReader reader) {
        List<ArticleMeta> out = new ArrayList<>();
        for (LeafReaderContext ctx : reader.leaves()) {
            ArticleLeaf leaf = articleLeaf(ctx.reader());
            Bits live = ctx.reader().getLiveDocs();
            for (int i = 0; i < leaf.docs().length; i++) if (live == null || live.get(leaf.docs()[i])) out.add(leaf.metas()[i]);
        }
        return out;
    }

    /** Every live article of the view as served, in document order. */
    List<IndexedArticle> served(IndexReader reader) {
        List<IndexedArticle> out = new ArrayList<>();
        for (LeafReaderContext ctx : reader.leaves()) {
            ArticleLeaf leaf = articleLeaf(ctx.reader());
            Bits live = ctx.reader().getLiveDocs();
            for (int i = 0; i < leaf.docs().length; i++) if (live == null || live.get(leaf.docs()[i])) out.add(leaf.articles()[i]);
        }
        return out;
    }

    /** Every live file record of the view, in document order; unreadable ones are left out (the file is read again). */
    List<CorpusIndex.FileRecord> files(IndexReader reader) {
        List<CorpusIndex.FileRecord> out = new ArrayList<>();
        for (LeafReaderContext ctx : reader.leaves()) {
            FileLeaf leaf = fileLeaf(ctx.reader());
            Bits live = ctx.reader().getLiveDocs();
            for (int i = 0; i < leaf.docs().length; i++) if (live == null || live.get(leaf.docs()[i])) out.add(leaf.records()[i]);
        }
        return out;
    }

    private ArticleLeaf articleLeaf(LeafReader leaf) {
        String key = key(leaf);
        ArticleLeaf parsed = key == null ? null : articles.get(key);
        if (parsed != null) return parsed;
        List<Integer> docs = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        parse(leaf, IndexSchema.ARTICLE_META, ArticleMeta.class, docs, values);
        parsed = ArticleLeaf.of(docs.stream().mapToInt(Integer::intValue).toArray(), values.toArray(ArticleMeta[]::new));
        if (key != null) articles.put(key, parsed);
        return parsed;
    }

    private FileLeaf fileLeaf(LeafReader leaf) {
        String key = key(leaf);
        FileLeaf parsed = key == null ? null : files.get(key);
        if (parsed != null) return parsed;
        List<Integer> docs = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        parse(leaf, IndexSchema.FILE_META, CorpusIndex.FileRecord.class, docs, values);
        parsed = new FileLeaf(docs.stream().mapToInt(Integer::intValue).toArray(), values.toArray(CorpusIndex.FileRecord[]::new));
        if (key != null) files.put(key, parsed);
        return parsed;
    }

    /**
     * A segment's identity for as long as its doc values stay as they are: Lucene's random segment id
     * and the generation of its doc-value updates; null for a reader that is not a segment's.
     */
    static String key(LeafReader leaf) {
        if (!(FilterLeafReader.unwrap(leaf) instanceof SegmentReader segment)) return null;
        SegmentCommitInfo info = segment.getSegmentInfo();
        return StringHelper.idToString(info.info.getId()) + "/" + info.getDocValuesGen();
    }

    /** Forgets the segments the view no longer holds (merged away), so memory follows the index. */
    void retain(IndexReader reader) {
        Set<String> keep = keys(reader);
        articles.keySet().retainAll(keep);
        files.keySet().retainAll(keep);
    }

    static Set<String> keys(IndexReader reader) {
        Set<String> keys = new HashSet<>();
        for (LeafReaderContext ctx : reader.leaves()) {
            String k = key(ctx.reader());
            if (k != null) keys.add(k);
        }
        return keys;
    }

    /** The parsed segments of the view, for saving (every segment is parsed first when it is not yet). */
    Map<String, ArticleLeaf> articleLeaves(IndexReader reader) {
        Map<String, ArticleLeaf> out = new java.util.TreeMap<>();
        for (LeafReaderContext ctx : reader.leaves()) {
            String k = key(ctx.reader());
            if (k != null) out.put(k, articleLeaf(ctx.reader()));
        }
        return out;
    }

    Map<String, FileLeaf> fileLeaves(IndexReader reader) {
        Map<String, FileLeaf> out = new java.util.TreeMap<>();
        for (LeafReaderContext ctx : reader.leaves()) {
            String k = key(ctx.reader());
            if (k != null) out.put(k, fileLeaf(ctx.reader()));
        }
        return out;
    }

    /** Takes segments read from a saved file; only those the index still holds are ever looked up. */
    void seed(Map<String, ArticleLeaf> savedArticles, Map<String, FileLeaf> savedFiles) {
        articles.putAll(savedArticles);
        files.putAll(savedFiles);
    }

    private static void parse(LeafReader leaf, String field, Class<?> type, List<Integer> docs, List<Object> values) {
        try {
            BinaryDocValues column = leaf.getBinaryDocValues(field);
            if (column == null) return;
            for (int doc = column.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = column.nextDoc()) {
                BytesRef b = column.binaryValue();
                try {
                    values.add(JSON.readValue(b.bytes, b.offset, b.length, type));
                    docs.add(doc);
                } catch (IOException | RuntimeException e) {
                    // an unreadable value is treated as absent: for a file, it is read again from data/
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
