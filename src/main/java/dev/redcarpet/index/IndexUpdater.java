package dev.redcarpet.index;

import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusLoad;
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

    public synchronized Result sync(CorpusLoad load, Progress progress) {
        Map<String, String> indexed = index.articleHashes();
        List<Article> changed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Article a : load.articles()) {
            seen.add(a.id());
            String old = indexed.get(a.id());
            if (old == null) {
                added++;
                changed.add(a);
            } else if (!old.equals(a.hash())) {
                updated++;
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
                index.put(a.id(), DocumentMapper.toDocuments(a, facts));
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
