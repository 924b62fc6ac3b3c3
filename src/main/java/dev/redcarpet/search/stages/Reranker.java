package dev.redcarpet.search.stages;

import dev.redcarpet.config.Config;
import dev.redcarpet.index.IndexedArticle;
import dev.redcarpet.index.Keys;
import dev.redcarpet.search.Question;
import dev.redcarpet.search.TypeCues;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The second stage: re-scores the first stage's articles with what the question names. Each feature
 * is a yes/no (or a share) times its weight from {@code ranking:} in the config, added to the
 * first-stage score normalised to the best article.
 */
public final class Reranker {
    private final Config.Ranking w;

    public Reranker(Config.Ranking weights) {
        this.w = weights;
    }

    /**
     * @param candidates first-stage articles, passages with their text loaded
     * @param articles   article metadata by id (null when the article is gone)
     */
    public List<Candidate> rerank(Question q, List<Candidate> candidates, Function<String, IndexedArticle> articles) {
        if (candidates.isEmpty()) return candidates;
        double top = Math.max(1e-9, candidates.get(0).score());
        Integer newest = q.year() == null && q.person() != null ? newest(q, candidates, articles) : null;
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            IndexedArticle a = articles.apply(c.articleId());
            if (a == null) continue;
            double f = features(q, c, a) + (newest != null && newest.equals(a.year()) && names(a, q.person()) ? w.recency() : 0);
            out.add(c.withScore(w.bm25() * c.score() / top + f));
        }
        out.sort(Candidate.BEST_FIRST);
        return out;
    }

    /** The newest year among the candidates that name the person (at the asked event). */
    private static Integer newest(Question q, List<Candidate> candidates, Function<String, IndexedArticle> articles) {
        Integer newest = null;
        for (Candidate c : candidates) {
            IndexedArticle a = articles.apply(c.articleId());
            if (a == null || a.year() == null || !names(a, q.person())) continue;
            if (q.eventId() != null && !q.eventId().equals(a.eventId())) continue;
            if (newest == null || a.year() > newest) newest = a.year();
        }
        return newest;
    }

    private static boolean names(IndexedArticle a, String person) {
        return a.people().stream().anyMatch(p -> p.equalsIgnoreCase(person));
    }

    double features(Question q, Candidate c, IndexedArticle a) {
        double f = 0;
        String person = q.person();
        Candidate.PassageScore best = c.passages().isEmpty() ? null : c.passages().get(0);
        if (person != null) {
            if (a.people().stream().anyMatch(p -> p.equalsIgnoreCase(person))) f += w.person();
            String title = Keys.fold(a.title());
            if (!title.isEmpty() && SubjectOf.mentions(person, title)) f += w.mainPerson();
            f += w.subject() * bestShare(c, p -> SubjectOf.isAbout(person, p.subjects(), p.text()));
        }
        String event = q.eventCount() == 1 ? q.eventId() : null;
        if (event != null && event.equals(a.eventId())) f += w.event();
        if (q.year() != null && q.year().equals(a.year())) f += w.year();
        // an article of the asked event whose year could not be told is not another edition: it may be this one
        else if (q.year() != null && a.year() == null && event != null && event.equals(a.eventId())) f += w.year() / 2;
        f += w.type() * bestShare(c, p -> TypeCues.matches(q, p.text()));
        if (best != null && best.text() != null && best.text().length() < w.shortPassageChars()) f -= w.shortPassage();
        return f;
    }

    /**
     * How well the article's best passage of a kind matched the words, against its best passage of all:
     * 1 when its best passage is of that kind, 0 when none of its loaded passages is.
     */
    static double bestShare(Candidate c, java.util.function.Predicate<Candidate.PassageScore> kind) {
        if (c.passages().isEmpty() || c.passages().get(0).score() <= 0) return 0;
        double top = c.passages().get(0).score();
        for (Candidate.PassageScore p : c.passages()) {
            if (p.text() != null && kind.test(p)) return p.score() / top;
        }
        return 0;
    }
}
