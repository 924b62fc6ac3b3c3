package dev.redcarpet.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The article ids of search hits read from doc values ({@link IndexSchema#PASSAGE_ARTICLE}), in doc
 * order with one iterator per segment: no stored fields are decompressed to learn whose hit it is.
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** The article id of each hit, in the hits' order; null for a hit without one. */
    public static String[] of(IndexReader reader, ScoreDoc[] hits) throws IOException {
        String[] out = new String[hits.length];
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        LeafReaderContext leaf = null;
        SortedDocValues ids = null;
        for (int i : order) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leafIndex = ReaderUtil.subIndex(doc, leaves);
                leaf = leaves.get(leafIndex);
                ids = leaf.reader().getSortedDocValues(IndexSchema.PASSAGE_ARTICLE);
            }
            if (ids != null && ids.docID() <= doc - leaf.docBase && ids.advanceExact(doc - leaf.docBase)) {
                out[i] = ids.lookupOrd(ids.ordValue()).utf8ToString();
            }
        }
        return out;
    }
}
