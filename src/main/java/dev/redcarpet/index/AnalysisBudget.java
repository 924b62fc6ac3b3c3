package dev.redcarpet.index;

import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.analysis.structure.Passages;
import dev.redcarpet.corpus.Article;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Analyses an article within a time budget. Past the budget the article is indexed with its text
 * alone (passages, no people, quotes or looks), so one pathological article can never hold a reload
 * for minutes; the update reports it. The abandoned analysis is interrupted and left to finish on a
 * daemon thread.
 */
final class AnalysisBudget {
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "redcarpet-analysis");
        t.setDaemon(true);
        return t;
    });

    /** The facts to index, and whether the budget cut the analysis short. */
    record Outcome(ArticleFacts facts, boolean cut) {
    }

    private final Function<Article, ArticleFacts> analyze;
    private final Duration budget;

    /** @param budget zero or negative for no budget */
    AnalysisBudget(Function<Article, ArticleFacts> analyze, Duration budget) {
        this.analyze = analyze;
        this.budget = budget;
    }

    Duration budget() {
        return budget;
    }

    Outcome analyze(Article a) {
        if (budget.isZero() || budget.isNegative()) return new Outcome(analyze.apply(a), false);
        Future<ArticleFacts> f = WORKERS.submit(() -> analyze.apply(a));
        try {
            return new Outcome(f.get(budget.toMillis(), TimeUnit.MILLISECONDS), false);
        } catch (TimeoutException late) {
            f.cancel(true);
            return new Outcome(new ArticleFacts(a.id(), Passages.of(a.text()), List.of(), List.of(), null, List.of()), true);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing " + a.id());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }
}
