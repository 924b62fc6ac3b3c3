package dev.redcarpet.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The Lucene index on disk: one writer, and a {@link SearcherManager} so that questions keep being
 * answered from the last committed state while a reload writes the next one.
 *
 * <p>One process owns the folder ({@link IndexLock}); a second one is refused, or opens it read-only
 * when that is all it needs ({@link Access#SHARED}). A failed write (disk full, a file removed) rolls
 * the writer back to the last commit; the next update opens a new writer, and rebuilds from nothing
 * when the committed files are gone, so the index recovers without a restart.
 */
public final class CorpusIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusIndex.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION_KEY = "redcarpet.schema";

    /** How a process means to use the folder. */
    public enum Access {
        /** Own it and keep it in line with data/; refused when another process owns it. */
        WRITE,
        /** Own it, and start it afresh (index --rebuild). */
        REBUILD,
        /** Own it when free; else read the owner's last commit without writing (ask, eval). */
        SHARED
    }

    private final Path dir;
    private final Directory directory;
    private final IndexLock lock;
    private final String openNote;
    private IndexWriter writer;
    private boolean writerFailed;
    private boolean searchersOnWriter;
    private volatile SearcherManager searchers;
    /** Article and file metadata per segment, parsed once per segment. */
    private final Catalogue catalogue = new Catalogue();
    /** The commit ({@link #commitKey}) at which data/ was known to be exactly what the index records, or null. */
    private volatile String settledCommit;
    /** What the start-up file last written or read holds (commit, settled, segments), to skip writing it again. */
    private volatile String savedState;
    /** Writes the start-up file, one at a time, in the order of the commits. */
    private final java.util.concurrent.ExecutorService saver = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "redcarpet-startup-file");
        t.setDaemon(true);
        return t;
    });

    private CorpusIndex(Path dir, Directory directory, IndexLock lock, IndexWriter writer, String openNote) throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.lock = lock;
        this.writer = writer;
        this.openNote = openNote;
        this.searchers = writer != null ? new SearcherManager(writer, factory()) : new SearcherManager(directory, factory());
        this.searchersOnWriter = writer != null;
    }

    private static SearcherFactory factory() {
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
                IndexSearcher s = new IndexSearcher(reader);
                s.setSimilarity(similarity());
                return s;
            }
        };
    }

    /**
     * Lucene's BM25 with its usual k1 and b. The first ranking stage scores with the k1 and b of the
     * config's {@code ranking:} section; lengths are written the same way for any k1 and b.
     */
    public static BM25Similarity similarity() {
        return new BM25Similarity();
    }

    /** Opens dir for writing, with no data folder to keep clear of and no directory wrapper. */
    public static CorpusIndex open(Path dir) {
        return open(dir, null, Access.WRITE, d -> d);
    }

    /**
     * Opens the index at dir, creating it when missing. An index that is corrupt, unreadable or written
     * by another schema version is wiped (Lucene's files only) and started afresh; the caller then fills
     * it from data/. A folder held by another process is never wiped.
     *
     * @param data the data folder the index must stay clear of, or null
     * @param wrap wraps the Lucene directory (tests inject faults through it)
     */
    public static CorpusIndex open(Path dir, Path data, Access access, UnaryOperator<Directory> wrap) {
        IndexFolder.checkPlace(dir, data);
        IndexLock lock;
        try {
            IndexFolder.claim(dir);
            lock = IndexLock.acquire(dir);
        } catch (IndexInUseException busy) {
            if (access != Access.SHARED) throw busy;
            return readOnly(dir, busy, wrap);
        } catch (IOException e) {
            throw new IndexException("cannot use index folder " + dir + " (" + IndexFailures.cause(e) + ")");
        }
        Directory directory = null;
        try {
            directory = wrap.apply(FSDirectory.open(dir));
            String note = null;
            if (access == Access.REBUILD) {
                IndexFolder.wipe(dir);
            } else if (DirectoryReader.indexExists(directory)) {
                String problem = check(directory);
                if (problem != null) {
                    note = "index at " + dir + " " + problem + "; rebuilding it from data/";
                    LOG.warn(note);
                    IndexFolder.wipe(dir);
                }
            }
            IndexWriter w;
            try {
                w = newWriter(directory);
            } catch (LockObtainFailedException held) {
                throw new IndexInUseException(dir, "unknown");
            } catch (IOException | RuntimeException e) {
                note = "index at " + dir + " could not be opened (" + IndexFailures.cause(e) + "); rebuilt from data/";
                LOG.warn(note);
                IndexFolder.wipe(dir);
                w = newWriter(directory);
            }
            CorpusIndex index = new CorpusIndex(dir, directory, lock, w, note);
            if (access != Access.REBUILD) index.loadStartup();
            return index;
        } catch (IndexException e) {
            closeQuietly(directory);
            lock.close();
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            lock.close();
            throw new IndexException("cannot open index at " + dir + " (" + IndexFailures.cause(e) + ")");
        }
    }

    private static CorpusIndex readOnly(Path dir, IndexInUseException busy, UnaryOperator<Directory> wrap) {
        Directory directory = null;
        try {
            directory = wrap.apply(FSDirectory.open(dir));
            if (!DirectoryReader.indexExists(directory)) {
                throw new IndexException(busy.getMessage() + "; it has committed nothing yet, so there is nothing to read");
            }
            CorpusIndex index = new CorpusIndex(dir, directory, null, null, busy.getMessage().replaceFirst(";.*", "")
                    + "; answering read-only from its last commit");
            index.loadStartup();
            return index;
        } catch (IndexException e) {
            closeQuietly(directory);
            throw e;
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw new IndexException(busy.getMessage() + "; its last commit cannot be read (" + IndexFailures.cause(e) + ")");
        }
    }

    /** Null when the index is readable and of this version, else what is wrong with it. */
    private static String check(Directory directory) {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Map<String, String> data = reader.getIndexCommit().getUserData();
            String version = data.get(VERSION_KEY);
            if (version == null) return "has no version mark";
            if (!IndexSchema.VERSION.equals(version)) {
                return "was written by another version (schema " + version + ", expected " + IndexSchema.VERSION + ")";
            }
            // Touch every segment's stored fields once, so truncated files show up now, not mid-question.
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < reader.maxDoc(); i += Math.max(1, reader.maxDoc() / 16)) stored.document(i);
            return null;
        } catch (IOException | RuntimeException e) {
            return "is damaged (" + IndexFailures.cause(e) + ")";
        }
    }

    /** Null when every file of the last commit is on disk, else which is missing. */
    private String missingFiles() {
        try {
            if (!DirectoryReader.indexExists(directory)) return null;
            Set<String> present = new HashSet<>(List.of(directory.listAll()));
            for (String f : SegmentInfos.readLatestCommit(directory).files(true)) {
                if (!present.contains(f)) return "an index file was removed (" + f + ")";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "is damaged (" + IndexFailures.cause(e) + ")";
        }
    }

    /** True when every file of the last commit is on disk (or there is no commit yet). */
    public boolean intact() {
        return missingFiles() == null;
    }

    private static IndexWriter newWriter(Directory directory) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(IndexSchema.indexAnalyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setSimilarity(similarity());
        cfg.setRAMBufferSizeMB(64);
        cfg.setCommitOnClose(false); // only explicit commits count: a half-done update is never kept
        return new IndexWriter(directory, cfg);
    }

    /** Why the index had to be rebuilt at open, or that it is read-only, or null. */
    public String openNote() {
        return openNote;
    }

    /** True when another process owns the folder and this one only reads its last commit. */
    public boolean readOnly() {
        return lock == null;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Readies the writer for an update: after a failed write it is reopened at the last commit, and when
     * files of that commit are gone the index is started afresh. Questions keep reading the last
     * published state until the next commit.
     *
     * @return why the index was started afresh (the update must then treat it as empty), or null
     */
    public synchronized String prepare() {
        if (readOnly()) throw new IndexException(openNote);
        String missing = missingFiles();
        if (missing == null && writer != null && writer.isOpen() && writer.getTragicException() == null && !writerFailed) return null;
        rollbackQuietly();
        String fresh = null;
        try {
            if (missing != null) {
                fresh = "index at " + dir + ": " + missing + "; rebuilding it from data/";
                LOG.warn(fresh);
                IndexFolder.wipe(dir);
            }
            try {
                writer = newWriter(directory);
            } catch (IOException | RuntimeException e) {
                if (fresh != null) throw e;
                fresh = "index at " + dir + " could not be reopened (" + IndexFailures.cause(e) + "); rebuilding it from data/";
                LOG.warn(fresh);
                IndexFolder.wipe(dir);
                writer = newWriter(directory);
            }
        } catch (IOException | RuntimeException e) {
            writer = null;
            writerFailed = true;
            throw writeFailed(e);
        }
        writerFailed = false;
        searchersOnWriter = false;
        return fresh;
    }

    private IndexWriteException writeFailed(Throwable e) {
        Throwable cause = e;
        if (e instanceof AlreadyClosedException && writer != null && writer.getTragicException() != null) cause = writer.getTragicException();
        return new IndexWriteException("could not write the index at " + dir + ": " + IndexFailures.cause(cause)
                + "; still answering from the last good state, and the next reload tries again", cause);
    }

    /** Drops every uncommitted change after a failed update; the next {@link #prepare()} reopens the writer. */
    public synchronized void abort() {
        rollbackQuietly();
        writerFailed = true;
    }

    private void rollbackQuietly() {
        if (writer == null) return;
        try {
            if (writer.isOpen()) writer.rollback();
        } catch (IOException | RuntimeException e) {
            LOG.debug("rolling back the index writer failed: {}", e.toString());
        }
        writer = null;
    }

    /** One indexed article: its id, content hash, file and the file's stamp when read. */
    public record Entry(String id, String hash, String path, String stamp) {
    }

    /** What the index recorded of one file of data/: its stamp and every article it held, in order (duplicates too). */
    public record FileRecord(String path, String stamp, List<List<String>> articles) {
        public FileRecord {
            articles = List.copyOf(articles);
        }
    }

    /** Every article in the committed index, by id (read from {@link Catalogue}, no stored fields). */
    public Map<String, Entry> entries() {
        return withSearcher(s -> {
            Map<String, Entry> out = new HashMap<>();
            for (Catalogue.ArticleMeta m : catalogue.articles(s.getIndexReader())) out.put(m.id(), m.entry());
            return out;
        });
    }

    /** The file records of the committed index, by path. */
    public Map<String, FileRecord> files() {
        return withSearcher(s -> {
            Map<String, FileRecord> out = new HashMap<>();
            for (FileRecord r : catalogue.files(s.getIndexReader())) out.put(r.path(), r);
            return out;
        });
    }

    /** Metadata of every article in the committed index. */
    public List<IndexedArticle> articles() {
        return withSearcher(s -> catalogue.served(s.getIndexReader()));
    }

    /** {@link #articlesById(org.apache.lucene.index.IndexReader)} by index view. */
    private final Map<Object, Map<String, IndexedArticle>> byId = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * Every live article of a view of this index by id, from {@link Catalogue} (what the stored fields say, no
     * stored field read); an id held twice gives its first article in document order, as a search for it does.
     * Made once per view and dropped with it: a reload's new view gets its own.
     */
    public Map<String, IndexedArticle> articlesById(org.apache.lucene.index.IndexReader reader) {
        org.apache.lucene.index.IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) return byIdOf(reader);
        return byId.computeIfAbsent(helper.getKey(), k -> byIdOf(reader));
    }

    private Map<String, IndexedArticle> byIdOf(org.apache.lucene.index.IndexReader reader) {
        List<IndexedArticle> served = catalogue.served(reader);
        Map<String, IndexedArticle> out = HashMap.newHashMap(served.size());
        for (IndexedArticle a : served) out.putIfAbsent(a.id(), a);
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The identity of the last commit: its generation and every segment's id with the generations of its
     * deletions and doc-value updates, so that any other commit, of this index or of one rebuilt in its
     * place, has another. Null when there is no readable commit.
     */
    String commitKey() {
        try {
            if (!DirectoryReader.indexExists(directory)) return null;
            SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
            StringBuilder key = new StringBuilder().append(infos.getGeneration());
            for (org.apache.lucene.index.SegmentCommitInfo info : infos) {
                key.append(' ').append(org.apache.lucene.util.StringHelper.idToString(info.info.getId()))
                        .append('/').append(info.getDelGen()).append('/').append(info.getDocValuesGen());
            }
            return key.toString();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * True when the last commit is the one at which data/ was last found to be exactly what the index
     * records ({@link #saveStartup}): then a listing of data/ whose every file has the stamp recorded for
     * it ({@link #files()}) proves that nothing needs to be read, analysed or written.
     */
    public boolean settled() {
        String s = settledCommit;
        return s != null && s.equals(commitKey());
    }

    /** Reads the start-up file: its segments are taken instead of parsing them; a damaged one is ignored. */
    private void loadStartup() {
        StartupFile.Content c;
        try {
            c = StartupFile.read(dir);
        } catch (IOException e) {
            LOG.warn("start-up file {} cannot be used ({}); reading the index instead, and writing it again after the next update",
                    dir.resolve(StartupFile.NAME), e.getMessage());
            return;
        }
        if (c == null) return;
        catalogue.seed(c.articles(), c.files());
        String commit = commitKey();
        if (!c.commit().equals(commit)) {
            LOG.warn("start-up file {} was saved for another commit (stale); data/ is compared file by file and the file written again",
                    dir.resolve(StartupFile.NAME));
            return;
        }
        if (c.settled()) settledCommit = commit;
        savedState = state(commit, c.settled(), c.articles().keySet());
    }

    private static String state(String commit, boolean settled, java.util.Collection<String> segments) {
        return commit + "|" + settled + "|" + new java.util.TreeSet<>(segments);
    }

    /**
     * Saves the start-up file for the last commit, unless it already says the same.
     *
     * @param settled whether data/ is now exactly what the index records (nothing skipped, nothing failed)
     * @return done when the file is written (or was already up to date)
     */
    public synchronized java.util.concurrent.Future<?> saveStartup(boolean settled) {
        if (readOnly()) return java.util.concurrent.CompletableFuture.completedFuture(null);
        String commit = commitKey();
        settledCommit = settled ? commit : null;
        if (commit == null) return java.util.concurrent.CompletableFuture.completedFuture(null);
        // written on its own thread, off the reload's path; close() waits for it
        try {
            return saver.submit(() -> writeStartup(commit, settled));
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            // closing: the next start reads the index, and writes the file
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
    }

    private void writeStartup(String commit, boolean settled) {
        try {
            withSearcher(s -> {
                org.apache.lucene.index.IndexReader reader = s.getIndexReader();
                catalogue.retain(reader);
                Map<String, Catalogue.ArticleLeaf> articles = catalogue.articleLeaves(reader);
                String state = state(commit, settled, articles.keySet());
                if (state.equals(savedState)) return null;
                try {
                    StartupFile.write(dir, new StartupFile.Content(commit, settled, articles, catalogue.fileLeaves(reader)));
                    savedState = state;
                } catch (IOException | RuntimeException e) {
                    LOG.warn("could not write the start-up file in {} ({}); the next start reads the index instead", dir, IndexFailures.cause(e));
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("could not write the start-up file in {} ({}); the next start reads the index instead", dir, IndexFailures.cause(e));
        }
    }

    /** The user data of the last commit (schema version, config fingerprint). */
    public Map<String, String> commitData() {
        try {
            if (!DirectoryReader.indexExists(directory)) return Map.of();
            return SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
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

    private synchronized IndexWriter writer() {
        if (readOnly()) throw new IndexException(openNote);
        if (writer == null) throw new IndexWriteException("the index at " + dir + " is not open for writing; the next reload reopens it", null);
        return writer;
    }

    /**
     * Replaces all documents of an article (adds it when new). Visible after {@link #commit}.
     *
     * @throws IndexWriteException when the writer fails (disk full…): the whole update must stop
     */
    public void put(String articleId, List<Document> docs) {
        IndexWriter w = writer();
        try {
            w.updateDocuments(new Term(IndexSchema.ARTICLE, articleId), docs);
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed(e);
        } catch (RuntimeException e) {
            if (w.getTragicException() != null) throw writeFailed(w.getTragicException());
            throw e; // a problem with this article's documents only
        }
    }

    public void remove(String articleId) {
        delete(new Term(IndexSchema.ARTICLE, articleId));
    }

    /**
     * Merges the index into one segment before the next commit: every question then looks each term up once, and
     * the scorers' per-segment buffers are made once, instead of once per segment (at 100k articles, 9 segments).
     */
    public void mergeAll() {
        IndexWriter w = writer();
        try (org.apache.lucene.index.DirectoryReader now = org.apache.lucene.index.DirectoryReader.open(w)) {
            // one segment already (a small corpus): left as written, not rewritten without its deleted documents
            if (now.leaves().size() > 1) w.forceMerge(1);
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailed(e);
        }
    }

    /** Segments of the committed index. */
    public int segments() {
        return withSearcher(s -> s.getIndexReader().leaves().size());
    }

    /** Records what a file of data/ held, so the next scan can leave it unread and still resolve duplicates. */
    public void putFile(FileRecord file) {
        Document d = new Document();
        d.add(new StringField(IndexSchema.KIND, IndexSchema.KIND_FILE, Field.Store.YES));
        d.add(new StringField(IndexSchema.FILE, file.path(), Field.Store.YES));
        if (file.stamp() != null) d.add(new StoredField(IndexSchema.STAMP, file.stamp()));
        try {
            d.add(new StoredField(IndexSchema.FILE_ARTICLES, JSON.writeValueAsString(file.articles())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        d.add(new org.apache.lucene.document.BinaryDocValuesField(IndexSchema.FILE_META, Catalogue.encode(file)));
        IndexWriter w = writer();
        try {
            w.updateDocument(new Term(IndexSchema.FILE, file.path()), d);
        } catch (IOException | RuntimeException e) {
            throw writeFailed(e);
        }
    }

    public void removeFile(String path) {
        delete(new Term(IndexSchema.FILE, path));
    }

    private void delete(Term term) {
        IndexWriter w = writer();
        try {
            w.deleteDocuments(term);
        } catch (IOException | RuntimeException e) {
            throw writeFailed(e);
        }
    }

    /** Makes the changes durable and visible to new questions in one step. */
    public void commit() {
        commit(Map.of());
    }

    /** Commits with extra user data (the schema version is always added); a failure rolls the update back. */
    public synchronized void commit(Map<String, String> data) {
        IndexWriter w = writer();
        Map<String, String> all = new HashMap<>(data);
        all.put(VERSION_KEY, IndexSchema.VERSION);
        try {
            w.setLiveCommitData(all.entrySet());
            w.commit();
        } catch (IOException | RuntimeException e) {
            IndexWriteException failed = writeFailed(e);
            abort();
            throw failed;
        }
        publish(w);
    }

    private void publish(IndexWriter w) {
        try {
            if (searchersOnWriter) {
                searchers.maybeRefreshBlocking();
                return;
            }
            SearcherManager old = searchers;
            searchers = new SearcherManager(w, factory());
            searchersOnWriter = true;
            try {
                old.close(); // questions still holding one of its searchers finish on it
            } catch (IOException | RuntimeException e) {
                LOG.debug("closing the previous searchers: {}", e.toString());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("the index at {} was committed but cannot be re-read yet: {}", dir, IndexFailures.cause(e));
        }
    }

    /** Runs a read against one consistent point-in-time view of the index. */
    public <T> T withSearcher(Function<IndexSearcher, T> read) {
        SearcherManager manager = searchers;
        IndexSearcher s;
        try {
            s = manager.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return read.apply(s);
        } finally {
            try {
                manager.release(s);
            } catch (IOException | RuntimeException e) {
                LOG.debug("releasing a searcher failed: {}", e.toString());
            }
        }
    }

    public long sizeBytes() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    @Override
    public synchronized void close() {
        saver.shutdown();
        try {
            if (!saver.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES)) LOG.warn("the start-up file in {} was not written in time", dir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            searchers.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing the searchers: {}", e.toString());
        }
        rollbackQuietly(); // everything worth keeping was committed
        closeQuietly(directory);
        if (lock != null) lock.close();
    }

    private static void closeQuietly(Directory directory) {
        if (directory == null) return;
        try {
            directory.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing the index directory: {}", e.toString());
        }
    }
}
