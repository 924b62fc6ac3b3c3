package dev.redcarpet.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What the engine needs at start-up of every article and every file of data/, read from the commit
 * without stored fields: each article document carries its metadata, and each file document its
 * record, as one small binary doc value ({@link IndexSchema#ARTICLE_META}, {@link IndexSchema#FILE_META}).
 * Reading them is a sequential pass over a compact column instead of decompressing every article's
 * stored block; and each segment is parsed once and kept while it lives, so a reload parses only the
 * segments it wrote (its cost follows the change, not the corpus).
 */
final class Catalogue {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An article's metadata and how it was indexed: the record the engine serves, plus hash and stamp. */
    record ArticleMeta(String id, String title, String url, String source, String date, String path, String format,
                       String eventId, String eventName, Integer year, List<String> people, int passages,
                       String hash, String stamp) {
        IndexedArticle article() {
            return new IndexedArticle(id, title, url, source, date == null ? null : LocalDate.parse(date), path, format,
                    eventId, eventName, year, people == null ? List.of() : people, passages);
        }

        CorpusIndex.Entry entry() {
            return new CorpusIndex.Entry(id, hash, path, stamp);
        }
    }

    /** The parsed values of one segment and their documents, in document order. */
    private record Leaf(int[] docs, Object[] values) {
    }

    private final Map<Object, Leaf> articles = Collections.synchronizedMap(new WeakHashMap<>());
    private final Map<Object, Leaf> files = Collections.synchronizedMap(new WeakHashMap<>());

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
        for (Object o : live(reader, IndexSchema.ARTICLE_META, articles, ArticleMeta.class)) out.add((ArticleMeta) o);
        return out;
    }

    /** Every live file record of the view, in document order; unreadable ones are left out (the file is read again). */
    List<CorpusIndex.FileRecord> files(IndexReader reader) {
        List<CorpusIndex.FileRecord> out = new ArrayList<>();
        for (Object o : live(reader, IndexSchema.FILE_META, files, CorpusIndex.FileRecord.class)) out.add((CorpusIndex.FileRecord) o);
        return out;
    }

    private static List<Object> live(IndexReader reader, String field, Map<Object, Leaf> cache, Class<?> type) {
        List<Object> out = new ArrayList<>();
        for (LeafReaderContext ctx : reader.leaves()) {
            LeafReader leaf = ctx.reader();
            IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
            Leaf parsed = helper == null ? null : cache.get(helper.getKey());
            if (parsed == null) {
                parsed = parse(leaf, field, type);
                if (helper != null) cache.put(helper.getKey(), parsed);
            }
            Bits liveDocs = leaf.getLiveDocs();
            for (int i = 0; i < parsed.docs().length; i++) {
                if (liveDocs == null || liveDocs.get(parsed.docs()[i])) out.add(parsed.values()[i]);
            }
        }
        return out;
    }

    private static Leaf parse(LeafReader leaf, String field, Class<?> type) {
        List<Integer> docs = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        try {
            BinaryDocValues column = leaf.getBinaryDocValues(field);
            if (column != null) {
                for (int doc = column.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = column.nextDoc()) {
                    BytesRef b = column.binaryValue();
                    try {
                        values.add(JSON.readValue(b.bytes, b.offset, b.length, type));
                        docs.add(doc);
                    } catch (IOException | RuntimeException e) {
                        // an unreadable value is treated as absent: for a file, it is read again from data/
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Leaf(docs.stream().mapToInt(Integer::intValue).toArray(), values.toArray());
    }

}
