package dev.redcarpet.index;

import dev.redcarpet.analysis.events.Edition;
import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.quotes.Quote;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a question reads of each passage, quote and look hit, kept as one small binary doc value per
 * document ({@link IndexSchema#RECORD}) instead of stored fields. Reading a stored document
 * decompresses the whole block around it (tens of kilobytes, allocated afresh each time), which made
 * stored fields the largest cost of a question; a doc value is read in place, hits sorted by document
 * within each segment.
 */
public final class Records {
    /** One passage as a question reads it. */
    public record PassageRecord(String articleId, int ordinal, String text, List<String> subjects) {
    }

    private Records() {
    }

    static BytesRef passage(String articleId, int ordinal, String text, List<String> subjects) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeString(articleId);
            out.writeVInt(ordinal);
            out.writeString(text);
            out.writeVInt(subjects.size());
            for (String s : subjects) out.writeString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    static BytesRef quote(String articleId, Quote q) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            optional(out, q.text());
            optional(out, q.speaker());
            optional(out, q.outlet());
            optional(out, articleId);
            out.writeVInt(q.passage());
            optional(out, q.context());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    static BytesRef look(Look look, String fieldsJson) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            optional(out, look.person());
            Edition e = look.edition();
            out.writeByte((byte) (e == null ? 0 : 1));
            if (e != null) {
                out.writeString(e.eventId());
                optional(out, e.eventName());
                out.writeZInt(e.year());
            }
            out.writeString(fieldsJson);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** The passage records of hits (document numbers of the reader), in the hits' order. */
    public static List<PassageRecord> passages(IndexReader reader, int[] docs) throws IOException {
        List<PassageRecord> out = new ArrayList<>(docs.length);
        for (BytesRef b : read(reader, docs)) {
            ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
            String article = in.readString();
            int ordinal = in.readVInt();
            String text = in.readString();
            int n = in.readVInt();
            List<String> subjects = new ArrayList<>(n);
            for (int i = 0; i < n; i++) subjects.add(in.readString());
            out.add(new PassageRecord(article, ordinal, text, List.copyOf(subjects)));
        }
        return out;
    }

    /** The quotes of hits, in the hits' order. */
    public static List<Quote> quotes(IndexReader reader, int[] docs) throws IOException {
        List<Quote> out = new ArrayList<>(docs.length);
        for (BytesRef b : read(reader, docs)) {
            ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
            String text = optional(in);
            String speaker = optional(in);
            String outlet = optional(in);
            String article = optional(in);
            int passage = in.readVInt();
            out.add(new Quote(text, speaker, outlet, article, passage, optional(in)));
        }
        return out;
    }

    /**
     * Decoded looks by segment and document, kept while the segment lives: a question about an event reads
     * every look recorded there, and the next question about it reads the same ones. Bounded per segment.
     */
    private static final Map<Object, Map<Integer, Look>> LOOKS = Collections.synchronizedMap(new WeakHashMap<>());
    private static final int LOOKS_PER_SEGMENT = 200_000;

    /** The looks of hits, in the hits' order. */
    public static List<Look> looks(IndexReader reader, int[] docs) throws IOException {
        Look[] out = new Look[docs.length];
        List<LeafReaderContext> leaves = reader.leaves();
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            Map<Integer, Look> known = known(leaf);
            out[i] = known == null ? null : known.get(docs[i] - leaf.docBase);
            if (out[i] == null) missing.add(i);
        }
        int[] unread = missing.stream().mapToInt(i -> docs[i]).toArray();
        BytesRef[] bytes = read(reader, unread);
        for (int k = 0; k < unread.length; k++) {
            BytesRef b = bytes[k];
            ByteArrayDataInput in = new ByteArrayDataInput(b.bytes, b.offset, b.length);
            String person = optional(in);
            Edition edition = null;
            if (in.readByte() == 1) edition = new Edition(in.readString(), optional(in), in.readZInt());
            Look look = new Look(person, edition, DocumentMapper.fields(in.readString()));
            out[missing.get(k)] = look;
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(unread[k], leaves));
            Map<Integer, Look> known = known(leaf);
            if (known != null) {
                if (known.size() >= LOOKS_PER_SEGMENT) known.clear(); // start over rather than grow without bound
                known.put(unread[k] - leaf.docBase, look);
            }
        }
        return List.of(out);
    }

    /** The decoded looks of one segment, or null when it cannot be cached. */
    private static Map<Integer, Look> known(LeafReaderContext leaf) {
        IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
        return helper == null ? null : LOOKS.computeIfAbsent(helper.getKey(), k -> new ConcurrentHashMap<>());
    }

    /** Each hit's record (copied), in the hits' order: read in document order with one iterator per segment. */
    private static BytesRef[] read(IndexReader reader, int[] docs) throws IOException {
        BytesRef[] out = new BytesRef[docs.length];
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int i : order) {
            int doc = docs[i];
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = leaf.reader().getBinaryDocValues(IndexSchema.RECORD);
            }
            int local = doc - leaf.docBase;
            // a document read twice in one call: the iterator cannot go back, so it gets a fresh one
            if (values != null && values.docID() >= local) values = leaf.reader().getBinaryDocValues(IndexSchema.RECORD);
            if (values == null || !values.advanceExact(local)) throw new IllegalStateException("document " + doc + " has no record");
            out[i] = BytesRef.deepCopyOf(values.binaryValue());
        }
        return out;
    }

    private static void optional(ByteBuffersDataOutput out, String s) throws IOException {
        out.writeByte((byte) (s == null ? 0 : 1));
        if (s != null) out.writeString(s);
    }

    private static String optional(ByteArrayDataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }
}
