package dev.redcarpet.index;

import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusLoad;
import dev.redcarpet.corpus.KnownFiles;
import dev.redcarpet.corpus.SkippedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Brings the index in line with a fresh scan of data/: analyses and writes only articles whose
 * content hash is new or changed, removes those that are gone, then commits once, so questions
 * see either the whole old state or the whole new one.
 */
public final class IndexUpdater {
    private static final Logger LOG = LoggerFactory.getLogger(IndexUpdater.class);

    /** Told how many of the changed articles are done, for progress bars. */
    public interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** Counts of articles by what happened to them; failed articles are also counted as added or updated. */
    public record Result(int added, int updated, int removed, int unchanged, List<SkippedFile> failed) {
    }

    private final CorpusIndex index;
    private final Function<Article, ArticleFacts> analyze;

    public IndexUpdater(CorpusIndex index, Function<Article, ArticleFacts> analyze) {
        this.index = index;
        this.analyze = analyze;
    }

    /** A scan of data/ and what the index did with it. */
    public record Update(CorpusLoad load, Result result) {
    }

    /**
     * Reads what the index holds once, lets {@code scan} read data/ leaving unchanged files unread,
     * then brings the index in line with the scan.
     */
    public synchronized Update update(java.util.function.Function<KnownFiles, CorpusLoad> scan, Progress progress) {
        Map<String, CorpusIndex.Entry> indexed = index.entries();
        CorpusLoad load = scan.apply(known(indexed));
        return new Update(load, sync(load, indexed, progress));
    }

    private static KnownFiles known(Map<String, CorpusIndex.Entry> indexed) {
        Map<String, String> stamps = new java.util.HashMap<>();
        Map<String, List<KnownFiles.Known>> byPath = new java.util.HashMap<>();
        for (CorpusIndex.Entry e : indexed.values()) {
            if (e.path() == null) continue;
            if (e.stamp() != null) stamps.put(e.path(), e.stamp());
            byPath.computeIfAbsent(e.path(), k -> new ArrayList<>()).add(new KnownFiles.Known(e.id(), e.hash()));
        }
        return new KnownFiles(stamps, byPath);
    }

    private Result sync(CorpusLoad load, Map<String, CorpusIndex.Entry> indexed, Progress progress) {
        List<Article> changed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> unreadFiles = new HashSet<>(load.unchanged());
        for (CorpusIndex.Entry e : indexed.values()) {
            if (unreadFiles.contains(e.path())) {
                seen.add(e.id());
                unchanged++;
            }
        }
        for (Article a : load.articles()) {
            seen.add(a.id());
            CorpusIndex.Entry old = indexed.get(a.id());
            if (old == null) {
                added++;
                changed.add(a);
            } else if (!old.hash().equals(a.hash()) || !java.util.Objects.equals(old.stamp(), load.stamps().get(a.path()))) {
                // new text, or same text in a touched file: rewrite so the stored stamp is current
                if (old.hash().equals(a.hash())) unchanged++;
                else updated++;
                changed.add(a);
            } else {
                unchanged++;
            }
        }
        int removed = 0;
        for (String id : indexed.keySet()) {
            if (!seen.contains(id)) {
                index.remove(id);
                removed++;
            }
        }
        AtomicInteger done = new AtomicInteger();
        List<SkippedFile> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        int total = changed.size();
        changed.parallelStream().forEach(a -> {
            try {
                ArticleFacts facts = analyze.apply(a);
                index.put(a.id(), DocumentMapper.toDocuments(a, facts, load.stamps().get(a.path())));
            } catch (RuntimeException e) {
                // One article the analysis cannot handle must not stop the others.
                LOG.warn("could not analyse {}: {}", a.path(), e.toString());
                failed.add(new SkippedFile(a.path(), "could not be analysed (" + e.getClass().getSimpleName() + ")"));
                if (indexed.containsKey(a.id())) index.remove(a.id());
            }
            progress.update(done.incrementAndGet(), total);
        });
        if (total > 0 || removed > 0 || indexed.isEmpty()) index.commit();
        return new Result(added, updated, removed, unchanged, List.copyOf(failed));
    }
}
