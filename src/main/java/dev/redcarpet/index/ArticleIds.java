package dev.redcarpet.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The article ids of search hits read from doc values ({@link IndexSchema#PASSAGE_ARTICLE}), in doc
 * order with one iterator per segment: no stored fields are decompressed to learn whose hit it is.
 */
public final class ArticleIds {
    /**
     * Each segment's ids by ordinal, filled as they are read and kept while the segment lives: a segment's
     * values never change (nothing updates doc values in place), and looking an ordinal up decompresses a
     * block of the terms dictionary each time (two thirds of reading the ids of a question's 400 first-stage hits).
     */
    private static final Map<Object, String[]> BY_ORDINAL = Collections.synchronizedMap(new WeakHashMap<>());

    private ArticleIds() {
    }

    /** The article id of each hit, in the hits' order; null for a hit without one. */
    public static String[] of(IndexReader reader, ScoreDoc[] hits) throws IOException {
        String[] out = new String[hits.length];
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = null;
        SortedDocValues ids = null;
        String[] known = null;
        for (int i : order) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                ids = leaf.reader().getSortedDocValues(IndexSchema.PASSAGE_ARTICLE);
                known = ids == null ? null : known(leaf, ids.getValueCount());
            }
            if (ids != null && ids.docID() <= doc - leaf.docBase && ids.advanceExact(doc - leaf.docBase)) {
                int ord = ids.ordValue();
                String id = known == null ? null : known[ord];
                if (id == null) {
                    id = ids.lookupOrd(ord).utf8ToString();
                    if (known != null) known[ord] = id; // a race only writes the same id twice
                }
                out[i] = id;
            }
        }
        return out;
    }

    /** The ids of one segment by ordinal, as far as read yet; null when the segment cannot be cached. */
    private static String[] known(LeafReaderContext leaf, int count) {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        if (helper == null) return null;
        String[] known = BY_ORDINAL.computeIfAbsent(helper.getKey(), k -> new String[count]);
        return known.length == count ? known : null;
    }
}
