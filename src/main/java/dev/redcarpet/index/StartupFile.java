package dev.redcarpet.index;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The start-up file beside the Lucene commit ({@value #NAME}): every segment's parsed article metadata
 * and file records ({@link Catalogue}), keyed by segment id, and which commit they were saved for with
 * whether data/ was fully in line with it then. Read in one go at start instead of parsing every
 * segment. It is written to a temporary file and moved into place, ends with a checksum, and is never
 * trusted beyond what it proves: a segment it lacks is parsed from the index, and a file that is
 * damaged, truncated or of another format is ignored (and written again after the next update).
 */
final class StartupFile {
    static final String NAME = "redcarpet-startup.bin";
    static final String TEMP = NAME + ".tmp";
    private static final int MAGIC = 0x52435355; // "RCSU"
    private static final int FORMAT = 1;

    /**
     * What the file holds.
     *
     * @param commit  the commit it was saved for ({@link CorpusIndex#commitKey})
     * @param settled whether data/ was, at that commit, exactly what the index and its file records say
     */
    record Content(String commit, boolean settled, Map<String, Catalogue.ArticleLeaf> articles, Map<String, Catalogue.FileLeaf> files) {
    }

    private StartupFile() {
    }

    static void write(Path dir, Content c) throws IOException {
        Path temp = dir.resolve(TEMP);
        CRC32C crc = new CRC32C();
        try (java.io.OutputStream file = Files.newOutputStream(temp)) {
            DataOutputStream out = new DataOutputStream(new java.util.zip.CheckedOutputStream(new java.io.BufferedOutputStream(file, 1 << 16), crc));
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            str(out, IndexSchema.VERSION);
            str(out, c.commit());
            out.writeBoolean(c.settled());
            out.writeInt(c.articles().size());
            for (Map.Entry<String, Catalogue.ArticleLeaf> e : c.articles().entrySet()) {
                str(out, e.getKey());
                Catalogue.ArticleLeaf leaf = e.getValue();
                out.writeInt(leaf.docs().length);
                for (int i = 0; i < leaf.docs().length; i++) {
                    out.writeInt(leaf.docs()[i]);
                    article(out, leaf.metas()[i]);
                }
            }
            out.writeInt(c.files().size());
            for (Map.Entry<String, Catalogue.FileLeaf> e : c.files().entrySet()) {
                str(out, e.getKey());
                Catalogue.FileLeaf leaf = e.getValue();
                out.writeInt(leaf.docs().length);
                for (int i = 0; i < leaf.docs().length; i++) {
                    out.writeInt(leaf.docs()[i]);
                    CorpusIndex.FileRecord r = leaf.records()[i];
                    str(out, r.path());
                    str(out, r.stamp());
                    out.writeInt(r.articles().size());
                    for (List<String> item : r.articles()) strings(out, item);
                }
            }
            out.flush();
            long sum = crc.getValue();
            out.writeLong(sum);
            out.flush();
        }
        try {
            Files.move(temp, dir.resolve(NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, dir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file's content; null when there is none. @throws IOException with the reason it cannot be used */
    static Content read(Path dir) throws IOException {
        ByteBuffer all;
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(dir.resolve(NAME))) {
            all = ch.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, ch.size());
        } catch (NoSuchFileException e) {
            return null;
        }
        int end = all.limit() - 8;
        if (end < 8) throw new IOException("it is truncated");
        CRC32C crc = new CRC32C();
        crc.update(all.slice(0, end));
        if (crc.getValue() != all.getLong(end)) throw new IOException("its checksum does not match");
        Reader in = new Reader(all.slice(0, end));
        try {
            if (in.getInt() != MAGIC) throw new IOException("it is not a start-up file");
            int format = in.getInt();
            if (format != FORMAT) throw new IOException("it has format " + format + ", expected " + FORMAT);
            String schema = in.str();
            if (!IndexSchema.VERSION.equals(schema)) throw new IOException("it was written for schema " + schema);
            String commit = in.str();
            boolean settled = in.buf.get() != 0;
            Map<String, Catalogue.ArticleLeaf> articles = new HashMap<>();
            for (int s = in.count(); s > 0; s--) {
                String key = in.str();
                int n = in.count();
                int[] docs = new int[n];
                Catalogue.ArticleMeta[] metas = new Catalogue.ArticleMeta[n];
                for (int i = 0; i < n; i++) {
                    docs[i] = in.getInt();
                    metas[i] = article(in);
                }
                articles.put(key, Catalogue.ArticleLeaf.of(docs, metas));
            }
            Map<String, Catalogue.FileLeaf> files = new HashMap<>();
            for (int s = in.count(); s > 0; s--) {
                String key = in.str();
                int n = in.count();
                int[] docs = new int[n];
                CorpusIndex.FileRecord[] records = new CorpusIndex.FileRecord[n];
                for (int i = 0; i < n; i++) {
                    docs[i] = in.getInt();
                    String path = in.str();
                    String stamp = in.str();
                    int k = in.count();
                    List<List<String>> items = new ArrayList<>(k);
                    for (; k > 0; k--) items.add(in.strings());
                    records[i] = new CorpusIndex.FileRecord(path, stamp, items);
                }
                files.put(key, new Catalogue.FileLeaf(docs, records));
            }
            if (in.buf.hasRemaining()) throw new IOException("it has trailing bytes");
            return new Content(commit, settled, articles, files);
        } catch (java.nio.BufferUnderflowException e) {
            throw new IOException("it is truncated");
        } catch (RuntimeException e) {
            throw new IOException("it cannot be parsed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Reads the values back from the mapped file; repeated values (sources, events, names) are kept once. */
    private static final class Reader {
        final ByteBuffer buf;
        final Map<String, String> shared = new HashMap<>();
        byte[] scratch = new byte[256];

        Reader(ByteBuffer buf) {
            this.buf = buf;
        }

        int getInt() {
            return buf.getInt();
        }

        int count() throws IOException {
            int n = buf.getInt();
            if (n < 0 || n > buf.remaining()) throw new IOException("it holds an impossible count (" + n + ")");
            return n;
        }

        String str() throws IOException {
            int n = buf.getInt();
            if (n == -1) return null;
            if (n < 0 || n > buf.remaining()) throw new IOException("it holds an impossible length (" + n + ")");
            if (scratch.length < n) scratch = new byte[Math.max(n, scratch.length * 2)];
            buf.get(scratch, 0, n);
            return new String(scratch, 0, n, StandardCharsets.UTF_8);
        }

        String shared() throws IOException {
            String s = str();
            return s == null ? null : shared.computeIfAbsent(s, k -> k);
        }

        List<String> strings() throws IOException {
            int n = count();
            if (n == 0) return List.of();
            String[] out = new String[n];
            for (int i = 0; i < n; i++) out[i] = str();
            return java.util.Arrays.asList(out);
        }
    }

    private static Catalogue.ArticleMeta article(Reader in) throws IOException {
        String id = in.str();
        String title = in.str();
        String url = in.str();
        String source = in.shared();
        String date = in.str();
        String path = in.str();
        String format = in.shared();
        String eventId = in.shared();
        String eventName = in.shared();
        int year = in.getInt();
        int n = in.count();
        String[] people = new String[n];
        for (int i = 0; i < n; i++) people[i] = in.shared();
        int passages = in.getInt();
        String hash = in.str();
        String stamp = in.str();
        return new Catalogue.ArticleMeta(id, title, url, source, date, path, format, eventId, eventName,
                year == Integer.MIN_VALUE ? null : year, List.of(people), passages, hash, stamp);
    }

    private static void article(DataOutputStream out, Catalogue.ArticleMeta m) throws IOException {
        str(out, m.id());
        str(out, m.title());
        str(out, m.url());
        str(out, m.source());
        str(out, m.date());
        str(out, m.path());
        str(out, m.format());
        str(out, m.eventId());
        str(out, m.eventName());
        out.writeInt(m.year() == null ? Integer.MIN_VALUE : m.year());
        strings(out, m.people() == null ? List.of() : m.people());
        out.writeInt(m.passages());
        str(out, m.hash());
        str(out, m.stamp());
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) str(out, s);
    }

    /** A string as its UTF-8 length (-1 for null) and bytes. */
    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }


}
