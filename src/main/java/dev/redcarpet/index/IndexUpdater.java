package dev.redcarpet.index;

import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.ArticleSink;
import dev.redcarpet.corpus.CorpusLoad;
import dev.redcarpet.corpus.KnownFiles;
import dev.redcarpet.corpus.SkippedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Brings the index in line with a fresh scan of data/: analyses and writes only articles whose
 * content is new or changed, removes those that are gone, then commits once, so questions see
 * either the whole old state or the whole new one. The result always equals a fresh build.
 *
 * <p>It refuses an update that would remove more than a set share of the articles (data/ vanished
 * or shrank) unless forced; re-analyses everything when the config files that analysis reads have
 * changed since the last commit; and stops at the first write failure with one message naming its
 * cause, rolling back so that the next update starts from the last commit.
 */
public final class IndexUpdater {
    private static final Logger LOG = LoggerFactory.getLogger(IndexUpdater.class);
    /** Commit user data keys of the config fingerprint start with this. */
    public static final String CONFIG_KEY = "redcarpet.config.";

    /** Told how many of the changed articles are done, for progress bars. */
    public interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /**
     * How updates behave.
     *
     * @param config         the fingerprint of the config files analysis reads: file name to hash
     * @param maxDropShare   the largest share (0 to 1) of indexed articles one update may remove without force
     * @param analysisBudget time one article's analysis may take; zero for no limit
     */
    public record Options(Map<String, String> config, double maxDropShare, Duration analysisBudget) {
        public static final Options DEFAULTS = new Options(Map.of(), 1.0, Duration.ZERO);

        public Options {
            config = Map.copyOf(config);
        }
    }

    /**
     * Counts of articles by what happened to them; failed articles are also counted as added or updated.
     *
     * @param notes what the update did beyond the counts (a config change re-analysed everything, the index was started afresh)
     */
    public record Result(int added, int updated, int removed, int unchanged, List<SkippedFile> failed, List<String> notes) {
        public Result {
            failed = List.copyOf(failed);
            notes = List.copyOf(notes);
        }
    }

    private final CorpusIndex index;
    private final AnalysisBudget analysis;
    private final Options options;

    public IndexUpdater(CorpusIndex index, Function<Article, ArticleFacts> analyze) {
        this(index, analyze, Options.DEFAULTS);
    }

    public IndexUpdater(CorpusIndex index, Function<Article, ArticleFacts> analyze, Options options) {
        this.index = index;
        this.analysis = new AnalysisBudget(analyze, options.analysisBudget());
        this.options = options;
    }

    /** A scan of data/ and what the index did with it. */
    public record Update(CorpusLoad load, Result result) {
    }

    public synchronized Update update(Function<KnownFiles, CorpusLoad> scan, Progress progress) {
        return update(scan, progress, false);
    }

    /**
     * Reads data/ for an update: hands each article it reads to the sink, in scan order, as soon as it is known to
     * be in the corpus, and returns what else it found (articles it still returns are taken after those handed over).
     */
    @FunctionalInterface
    public interface Scan {
        CorpusLoad run(KnownFiles known, ArticleSink sink);
    }

    /**
     * Reads what the index holds once, lets {@code scan} read data/ leaving unchanged files unread,
     * then brings the index in line with the scan.
     *
     * @param force apply the update even when it removes more than the allowed share of articles
     * @throws ReloadRefusedException when the update would remove too much (nothing is changed)
     * @throws IndexWriteException    when writing failed (nothing of this update is kept)
     */
    public synchronized Update update(Function<KnownFiles, CorpusLoad> scan, Progress progress, boolean force) {
        return updateFrom((known, sink) -> scan.apply(known), progress, force);
    }

    /**
     * As {@link #update(Function, Progress, boolean)}, analysing and writing the articles while the scan reads on:
     * reading, analysis and writing overlap, and memory holds a bounded window of articles however many changed.
     * Nothing is committed before the scan ends; an update refused then (it would remove too much) is rolled back.
     */
    public synchronized Update updateFrom(Scan scan, Progress progress, boolean force) {
        long started = System.nanoTime();
        List<String> notes = new ArrayList<>();
        String fresh = index.prepare();
        if (fresh != null) notes.add(fresh);
        Map<String, CorpusIndex.Entry> indexed = fresh != null ? Map.of() : index.entries();
        Map<String, CorpusIndex.FileRecord> records = fresh != null ? Map.of() : index.files();
        String configChange = indexed.isEmpty() ? null : configChange(index.commitData());
        if (configChange != null) {
            notes.add(configChange);
            LOG.info(configChange);
        }
        Sync sync = new Sync(indexed, records, configChange != null, force, progress, notes, Set.of());
        sync.started = started;
        long t0 = System.nanoTime();
        Update update = sync.run(scan, configChange != null ? KnownFiles.NONE : known(records, indexed));
        long synced = System.nanoTime();
        Result result = update.result();
        if (result.added() + result.updated() > 0) result = relinkUnchanged(scan, result);
        LOG.debug("update phases: reading the index's records {} ms, scan with analysis and writing {} ms, finishing {} ms "
                        + "(removals, file records, last writes {} ms, relinks {} ms, commit {} ms), unchanged articles to relink {} ms",
                (t0 - sync.started) / 1_000_000, (sync.scanned - t0) / 1_000_000, (synced - sync.scanned) / 1_000_000,
                (sync.written - sync.scanned) / 1_000_000, (sync.relinked - sync.written) / 1_000_000,
                (synced - sync.relinked) / 1_000_000, (System.nanoTime() - synced) / 1_000_000);
        return new Update(update.load(), result);
    }

    /**
     * Articles left unchanged by an update that give someone by one name alone, which the corpus now gives as
     * exactly one full name (the update brought it), are read and written again with that full name, so a
     * reload ends where a fresh build of the same files would.
     */
    private Result relinkUnchanged(Scan scan, Result result) {
        Map<String, String> stale = CorpusNames.unlinked(index.articles());
        if (stale.isEmpty()) return result;
        Map<String, CorpusIndex.Entry> indexed = index.entries();
        Map<String, CorpusIndex.FileRecord> records = new HashMap<>(index.files());
        records.keySet().removeAll(new HashSet<>(stale.values())); // their files are read again
        Sync again = new Sync(indexed, index.files(), false, false, Progress.NONE, new ArrayList<>(), stale.keySet());
        again.run(scan, known(records, indexed));
        List<String> notes = new ArrayList<>(result.notes());
        notes.add(stale.size() + " unchanged article(s) give a name alone that now links to a full name: written again with it");
        return new Result(result.added(), result.updated(), result.removed(), result.unchanged(), result.failed(), notes);
    }

    /** Which config files changed since the index was committed, as a note; null when none did or nothing was recorded. */
    private String configChange(Map<String, String> committed) {
        if (options.config().isEmpty() || committed.keySet().stream().noneMatch(k -> k.startsWith(CONFIG_KEY))) return null;
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, String> e : options.config().entrySet()) {
            if (!e.getValue().equals(committed.get(CONFIG_KEY + e.getKey()))) changed.add(e.getKey());
        }
        for (String k : committed.keySet()) {
            if (k.startsWith(CONFIG_KEY) && !options.config().containsKey(k.substring(CONFIG_KEY.length()))) changed.add(k.substring(CONFIG_KEY.length()));
        }
        if (changed.isEmpty()) return null;
        return "config changed since the index was built (" + String.join(", ", changed) + "): re-analysing every article";
    }

    private static KnownFiles known(Map<String, CorpusIndex.FileRecord> records, Map<String, CorpusIndex.Entry> indexed) {
        Map<String, KnownFiles.KnownFile> files = new HashMap<>();
        for (CorpusIndex.FileRecord r : records.values()) {
            if (r.stamp() == null) continue;
            List<KnownFiles.Known> items = new ArrayList<>();
            for (List<String> item : r.articles()) if (item.size() == 2) items.add(new KnownFiles.Known(item.get(0), item.get(1)));
            files.put(r.path(), new KnownFiles.KnownFile(r.stamp(), items));
        }
        return new KnownFiles(files, (path, id, hash) -> {
            CorpusIndex.Entry e = indexed.get(id);
            return e != null && e.hash().equals(hash) && Objects.equals(e.path(), path);
        });
    }

    /**
     * One update's pass over a scan: classifies each article the scan hands over (new, changed, or as indexed) and
     * sends the new and changed ones to analysis at once, on every core, while this thread writes them in scan
     * order; after the scan, removes what is gone, records the files and commits once. A bounded window of articles
     * is in analysis at any time (memory stays flat however many changed), and documents enter the index in the
     * same order on every build, so a rebuild ranks ties exactly as the last one did. The first write failure stops
     * them all and rolls the update back.
     */
    private final class Sync implements ArticleSink {
        private final Map<String, CorpusIndex.Entry> indexed;
        private final Map<String, CorpusIndex.FileRecord> records;
        private final boolean reanalyse;
        private final boolean force;
        private final Progress progress;
        private final List<String> notes;
        private final Set<String> relink;
        private final Set<String> seen;
        private final List<SkippedFile> failed = new ArrayList<>(); // written on this thread only
        private final java.util.ArrayDeque<java.util.concurrent.Future<Prepared>> inFlight = new java.util.ArrayDeque<>();
        private final CorpusNames names = new CorpusNames(index);
        private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private java.util.concurrent.ExecutorService pool;
        private int added;
        private int updated;
        private int unchanged;
        private int expected;
        private int done;
        private boolean wrote;
        /** When this pass began, its scan ended, its last article was written and its relinks were written (for the debug log). */
        private long started;
        private long scanned;
        private long written;
        private long relinked;

        Sync(Map<String, CorpusIndex.Entry> indexed, Map<String, CorpusIndex.FileRecord> records, boolean reanalyse, boolean force,
             Progress progress, List<String> notes, Set<String> relink) {
            this.indexed = indexed;
            this.records = records;
            this.reanalyse = reanalyse;
            this.force = force;
            this.progress = progress;
            this.notes = notes;
            this.relink = relink;
            this.seen = HashSet.newHashSet(indexed.size());
        }

        /** The scan with this pass as its sink, then what follows it; anything thrown rolls back what was written. */
        Update run(Scan scan, KnownFiles known) {
            try {
                CorpusLoad load = scan.run(known, this);
                return new Update(load, finish(load));
            } catch (IndexWriteException e) {
                abandon();
                LOG.warn(e.getMessage());
                throw e;
            } catch (RuntimeException | Error e) {
                abandon();
                throw e;
            } finally {
                if (pool != null) pool.shutdownNow();
            }
        }

        @Override
        public void expect(int articles) {
            expected = articles;
        }

        @Override
        public void accept(Article a, String stamp) {
            seen.add(a.id());
            CorpusIndex.Entry old = indexed.get(a.id());
            if (old == null) {
                added++;
            } else if (reanalyse || relink.contains(a.id()) || !old.hash().equals(a.hash()) || !Objects.equals(old.path(), a.path())) {
                updated++;
            } else {
                unchanged++; // same text in the same file (perhaps touched): nothing to analyse again
                return;
            }
            names.changed(a.id());
            if (pool == null) {
                pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "redcarpet-index-analysis");
                    t.setDaemon(true);
                    return t;
                });
            }
            inFlight.add(pool.submit(() -> prepare(a, stamp, Map.of())));
            while (inFlight.size() >= threads * 4) writeNext();
        }

        /** Writes the oldest article in analysis once its analysis is done. */
        private void writeNext() {
            Prepared p = take(inFlight.poll());
            Article a = p.article();
            if (p.cut() != null) failed.add(p.cut());
            if (p.failure() != null) {
                failed.add(p.failure());
                if (indexed.containsKey(a.id())) remove(a.id());
                if (!p.analysed()) return; // an article analysis could not handle is not counted as done
            } else {
                try {
                    wrote = true;
                    index.put(a.id(), p.docs());
                    names.written(a, p.people());
                } catch (IndexWriteException e) {
                    throw e;
                } catch (RuntimeException e) {
                    failed.add(new SkippedFile(a.path(), label(a) + "could not be indexed (" + e.getClass().getSimpleName() + ")"));
                    if (indexed.containsKey(a.id())) remove(a.id());
                }
            }
            done++;
            progress.update(done, Math.max(expected, done + inFlight.size()));
        }

        private void remove(String id) {
            wrote = true;
            index.remove(id);
        }

        /** After the scan: what is gone, the shrink guard, file records, the last writes, relinks, one commit. */
        private Result finish(CorpusLoad load) {
            scanned = System.nanoTime();
            for (KnownFiles.Kept k : load.kept()) {
                seen.add(k.id());
                unchanged++;
            }
            for (Article a : load.articles()) accept(a, load.stamps().get(a.path()));
            // every id seen is either indexed or added (the scan hands each id once): when the indexed ones seen are
            // all of them, nothing is gone, and 100k ids need not be looked up
            List<String> gone = seen.size() - added == indexed.size() ? List.of()
                    : indexed.keySet().stream().filter(id -> !seen.contains(id)).sorted().toList();
            if (!force && !gone.isEmpty() && gone.size() > options.maxDropShare() * indexed.size()) {
                throw new ReloadRefusedException(String.format(Locale.ROOT,
                        ReloadRefusedException.PREFIX + ": it would remove %d of the %d indexed articles (%.0f%%, more than the %.0f%% allowed by corpus.maxDropPercent); "
                                + "is the data folder missing, unmounted or emptied? Nothing was changed; to apply it anyway run "
                                + "index --force (console: /reload force)",
                        gone.size(), indexed.size(), 100.0 * gone.size() / indexed.size(), 100 * options.maxDropShare()));
            }
            List<CorpusIndex.FileRecord> newRecords = new ArrayList<>();
            int recorded = 0; // files of the scan the index has a record of
            for (Map.Entry<String, KnownFiles.KnownFile> f : load.files().entrySet()) {
                CorpusIndex.FileRecord r = records.get(f.getKey());
                if (r != null) recorded++;
                if (same(r, f.getValue())) continue; // most files of a large corpus: no record built
                newRecords.add(new CorpusIndex.FileRecord(f.getKey(), f.getValue().stamp(),
                        f.getValue().articles().stream().map(k -> List.of(k.id(), k.hash())).toList()));
            }
            // a record is gone when its file is not in the scan: none is when the scan has a file for every record
            List<String> goneRecords = recorded == records.size() ? List.of()
                    : records.keySet().stream().filter(p -> !load.files().containsKey(p)).toList();
            boolean dirty = added + updated > 0 || !gone.isEmpty() || !newRecords.isEmpty() || !goneRecords.isEmpty()
                    || indexed.isEmpty() || reanalyse || !notes.isEmpty();
            for (String id : gone) remove(id);
            for (String p : goneRecords) index.removeFile(p);
            for (CorpusIndex.FileRecord r : newRecords) index.putFile(r);
            while (!inFlight.isEmpty()) writeNext();
            written = System.nanoTime();
            // a name an article gives alone is linked to the one full name the corpus gives it elsewhere
            for (CorpusNames.Relink r : names.relinks()) {
                Prepared p = prepare(r.article(), load.stamps().get(r.article().path()), r.links());
                if (p.failure() == null && p.cut() == null) index.put(r.article().id(), p.docs());
            }
            // an update that wrote most of the corpus (a build, a re-analysis) leaves one segment; small reloads add theirs
            relinked = System.nanoTime();
            if (2L * (added + updated) > seen.size()) index.mergeAll();
            if (dirty) index.commit(commitData());
            List<SkippedFile> sorted = new ArrayList<>(failed);
            sorted.sort(java.util.Comparator.comparing(SkippedFile::path).thenComparing(SkippedFile::reason));
            return new Result(added, updated, gone.size(), unchanged, sorted, notes);
        }

        /** Stops analysis and drops whatever this update wrote: the index stays at its last commit. */
        private void abandon() {
            for (java.util.concurrent.Future<Prepared> f : inFlight) f.cancel(true);
            inFlight.clear();
            if (wrote) index.abort();
        }
    }

    /** Whether the index's record of a file says what a scan found in it: same stamp, same articles in the same order. */
    private static boolean same(CorpusIndex.FileRecord r, KnownFiles.KnownFile f) {
        if (r == null || !Objects.equals(r.stamp(), f.stamp()) || r.articles().size() != f.articles().size()) return false;
        for (int i = 0; i < f.articles().size(); i++) {
            List<String> item = r.articles().get(i);
            KnownFiles.Known k = f.articles().get(i);
            if (item.size() != 2 || !item.get(0).equals(k.id()) || !item.get(1).equals(k.hash())) return false;
        }
        return true;
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        options.config().forEach((k, v) -> data.put(CONFIG_KEY + k, v));
        return data;
    }

    /** What analysis made of one changed article, ready to be written: its documents, or why it cannot be. */
    private record Prepared(Article article, List<org.apache.lucene.document.Document> docs, SkippedFile cut, SkippedFile failure,
                            boolean analysed, List<String> people) {
    }

    /** Analysis and document building for one article, on an analysis thread; never throws for the article's sake. */
    private Prepared prepare(Article a, String stamp, Map<String, String> links) {
        AnalysisBudget.Outcome outcome;
        try {
            outcome = analysis.analyze(a);
        } catch (RuntimeException | StackOverflowError e) {
            // One article the analysis cannot handle must not stop the others. An update that stopped (a write
            // failed) interrupts the analyses still running: nothing to report about their articles.
            if (!Thread.currentThread().isInterrupted()) LOG.warn("could not analyse {}: {}", SkippedFile.printable(a.path()), e.toString());
            return new Prepared(a, null, null, new SkippedFile(a.path(), label(a) + "could not be analysed (" + e.getClass().getSimpleName() + ")"), false, List.of());
        }
        SkippedFile cut = outcome.cut() ? new SkippedFile(a.path(), label(a) + "analysis stopped after " + seconds(analysis.budget())
                + "; indexed with its text only (no people, quotes or looks read from it)") : null;
        try {
            dev.redcarpet.analysis.ArticleFacts facts = dev.redcarpet.analysis.people.NameLinks.apply(outcome.facts(), links);
            return new Prepared(a, DocumentMapper.toDocuments(a, facts, stamp), cut, null, true, facts.people());
        } catch (RuntimeException e) {
            return new Prepared(a, null, cut, new SkippedFile(a.path(), label(a) + "could not be indexed (" + e.getClass().getSimpleName() + ")"), true, List.of());
        }
    }

    private static Prepared take(java.util.concurrent.Future<Prepared> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    private static String label(Article a) {
        return "article \"" + a.id() + "\": ";
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }
}
