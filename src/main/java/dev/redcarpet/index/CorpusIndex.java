package dev.redcarpet.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The Lucene index on disk: one writer, and a {@link SearcherManager} so that questions keep being
 * answered from the last committed state while a reload writes the next one.
 */
public final class CorpusIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusIndex.class);
    private static final String VERSION_KEY = "redcarpet.schema";
    /** BM25 parameters, chosen on the dev set (see README); system properties allow re-tuning without a rebuild. */
    public static final float BM25_K1 = Float.parseFloat(System.getProperty("redcarpet.bm25.k1", "1.2"));
    public static final float BM25_B = Float.parseFloat(System.getProperty("redcarpet.bm25.b", "0.75"));

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String openNote;

    private CorpusIndex(Path dir, Directory directory, IndexWriter writer, String openNote) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.openNote = openNote;
        this.searchers = new SearcherManager(writer, new org.apache.lucene.search.SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader,
                                             org.apache.lucene.index.IndexReader previous) {
                IndexSearcher s = new IndexSearcher(reader);
                s.setSimilarity(similarity());
                return s;
            }
        });
    }

    public static BM25Similarity similarity() {
        return new BM25Similarity(BM25_K1, BM25_B);
    }

    /**
     * Opens the index at dir, creating it when missing. An index that is corrupt, unreadable or
     * written by another schema version is wiped and started afresh (the caller then fills it from data/).
     */
    public static CorpusIndex open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IndexException("cannot create index folder " + dir + " (" + e.getMessage() + ")");
        }
        String note = null;
        try {
            Directory directory = FSDirectory.open(dir);
            if (DirectoryReader.indexExists(directory)) {
                String problem = check(directory);
                if (problem != null) {
                    note = "index at " + dir + " " + problem + "; rebuilding it from data/";
                    LOG.warn(note);
                    directory.close();
                    wipe(dir);
                    directory = FSDirectory.open(dir);
                }
            }
            return new CorpusIndex(dir, directory, newWriter(directory), note);
        } catch (IOException | RuntimeException e) {
            LOG.warn("index at {} cannot be opened ({}); rebuilding it from data/", dir, e.toString());
            try {
                wipe(dir);
                Directory directory = FSDirectory.open(dir);
                return new CorpusIndex(dir, directory, newWriter(directory),
                        "index at " + dir + " could not be opened; rebuilt from data/");
            } catch (IOException again) {
                throw new IndexException("cannot open index at " + dir + " (" + again.getMessage() + ")");
            }
        }
    }

    /** Null when the index is readable and of this version, else what is wrong with it. */
    private static String check(Directory directory) {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, String> data = reader.getIndexCommit().getUserData();
            String version = data.get(VERSION_KEY);
            if (!IndexSchema.VERSION.equals(version)) {
                return "was written by another version (schema " + version + ", expected " + IndexSchema.VERSION + ")";
            }
            // Touch every segment's stored fields once, so truncated files show up now, not mid-question.
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i += Math.max(1, reader.maxDoc() / 16)) stored.document(i);
            return null;
        } catch (IOException | RuntimeException e) {
            return "is damaged (" + e.getClass().getSimpleName() + ")";
        }
    }

    private static void wipe(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) Files.delete(f);
            }
        }
    }

    private static IndexWriter newWriter(Directory directory) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(IndexSchema.indexAnalyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setSimilarity(similarity());
        cfg.setRAMBufferSizeMB(64);
        return new IndexWriter(directory, cfg);
    }

    /** Why the index had to be rebuilt at open, or null. */
    public String openNote() {
        return openNote;
    }

    public Path dir() {
        return dir;
    }

    /** One indexed article: its id, content hash, file and the file's stamp when read. */
    public record Entry(String id, String hash, String path, String stamp) {
    }

    /** Every article in the committed index, by id. */
    public Map<String, Entry> entries() {
        return withSearcher(s -> {
            Map<String, Entry> out = new HashMap<>();
            try {
                TopDocs top = s.search(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE)), Math.max(1, s.getIndexReader().maxDoc()));
                StoredFields stored = s.storedFields();
                java.util.Set<String> fields = java.util.Set.of(IndexSchema.ARTICLE, IndexSchema.HASH, IndexSchema.PATH, IndexSchema.STAMP);
                for (ScoreDoc sd : top.scoreDocs) {
                    Document d = stored.document(sd.doc, fields);
                    out.put(d.get(IndexSchema.ARTICLE), new Entry(d.get(IndexSchema.ARTICLE), d.get(IndexSchema.HASH),
                            d.get(IndexSchema.PATH), d.get(IndexSchema.STAMP)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        });
    }

    /** Metadata of every article in the committed index. */
    public List<IndexedArticle> articles() {
        return withSearcher(s -> {
            List<IndexedArticle> out = new java.util.ArrayList<>();
            try {
                TopDocs top = s.search(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE)), Math.max(1, s.getIndexReader().maxDoc()));
                StoredFields stored = s.storedFields();
                for (ScoreDoc sd : top.scoreDocs) out.add(DocumentMapper.toArticle(stored.document(sd.doc)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        });
    }

    /** Counts documents of one kind (passages, quotes, looks…) in the committed index. */
    public int count(String kind) {
        return withSearcher(s -> {
            try {
                return s.count(new TermQuery(new Term(IndexSchema.KIND, kind)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Replaces all documents of an article (adds it when new). Visible after {@link #commit()}. */
    public void put(String articleId, List<Document> docs) {
        try {
            writer.updateDocuments(new Term(IndexSchema.ARTICLE, articleId), docs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(String articleId) {
        try {
            writer.deleteDocuments(new Term(IndexSchema.ARTICLE, articleId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable and visible to new questions in one step. */
    public void commit() {
        try {
            writer.setLiveCommitData(Map.of(VERSION_KEY, IndexSchema.VERSION).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a read against one consistent point-in-time view of the index. */
    public <T> T withSearcher(Function<IndexSearcher, T> read) {
        IndexSearcher s;
        try {
            s = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return read.apply(s);
        } finally {
            try {
                searchers.release(s);
            } catch (IOException e) {
                LOG.warn("releasing a searcher failed", e);
            }
        }
    }

    public long sizeBytes() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warn("closing the index failed", e);
        }
    }
}
