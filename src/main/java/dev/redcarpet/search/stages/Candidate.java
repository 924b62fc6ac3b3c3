package dev.redcarpet.search.stages;

import java.util.Comparator;
import java.util.List;

/**
 * One article found by the first stage, with the passages of it that matched, best first.
 *
 * @param score the score the current stage gave it
 */
public record Candidate(String articleId, double score, List<PassageScore> passages) {
    /** Best score first; equal scores by article id, so that the order never depends on how the index was written. */
    public static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(Candidate::articleId);

    public Candidate {
        passages = List.copyOf(passages);
    }

    /**
     * A matched passage: its Lucene document, its first-stage score, and (once loaded) its ordinal, text
     * and the people analysis recorded as its subjects.
     */
    public record PassageScore(int doc, double score, int ordinal, String text, List<String> subjects) {
        /** Best score first; equal scores by ordinal, else by document (an article's passages are written in order). */
        public static final Comparator<PassageScore> BEST_FIRST = Comparator.comparingDouble(PassageScore::score).reversed()
                .thenComparingInt(PassageScore::ordinal).thenComparingInt(PassageScore::doc);

        public PassageScore {
            subjects = subjects == null ? List.of() : List.copyOf(subjects);
        }
    }

    public Candidate withScore(double newScore) {
        return new Candidate(articleId, newScore, passages);
    }
}
