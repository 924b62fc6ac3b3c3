package dev.redcarpet.search.stages;

import dev.redcarpet.config.Config;
import dev.redcarpet.index.ArticleIds;
import dev.redcarpet.index.TopHits;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.redcarpet.index.IndexSchema.KIND;
import static dev.redcarpet.index.IndexSchema.KIND_ARTICLE;
import static dev.redcarpet.index.IndexSchema.KIND_PASSAGE;
import static dev.redcarpet.index.IndexSchema.TEXT;

/**
 * The first ranking stage: plain BM25 of the question's content words over whole articles and over
 * passages (an article scores its best passage plus a share of its second best), each normalised to
 * its best and added with the weights of {@code ranking:}. No boosts, no
 * knowledge of people or events: what it finds is what the words alone find.
 */
public final class FirstStage {
    private final QueryBuilder text;
    private final Config.Ranking weights;

    public FirstStage(QueryBuilder text, Config.Ranking weights) {
        this.text = text;
        this.weights = weights;
    }

    /** Articles best first; each with its matched passages (documents and scores only, no text loaded). */
    public List<Candidate> search(IndexSearcher s, String words) throws IOException {
        Query t = words == null || words.isBlank() ? null : text.createBooleanQuery(TEXT, words, BooleanClause.Occur.SHOULD);
        if (t == null) return List.of();
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, KIND_PASSAGE)), BooleanClause.Occur.FILTER)
                .add(t, BooleanClause.Occur.MUST).build();
        ScoreDoc[] hits = TopHits.of(s, q, weights.passages());
        Map<String, Double> whole = articleScores(s, t);
        Map<String, List<Candidate.PassageScore>> byArticle = new LinkedHashMap<>();
        String[] hitArticles = ArticleIds.of(s.getIndexReader(), hits);
        for (int i = 0; i < hits.length; i++) {
            String id = hitArticles[i];
            if (id == null) continue;
            byArticle.computeIfAbsent(id, k -> new ArrayList<>()).add(new Candidate.PassageScore(hits[i].doc, hits[i].score, -1, null, List.of()));
        }
        Map<String, Double> passage = new LinkedHashMap<>();
        for (Map.Entry<String, List<Candidate.PassageScore>> e : byArticle.entrySet()) {
            List<Candidate.PassageScore> ps = e.getValue();
            passage.put(e.getKey(), ps.get(0).score() + (ps.size() > 1 ? weights.secondPassageWeight() * ps.get(1).score() : 0));
        }
        double topPassage = passage.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double topWhole = whole.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        List<Candidate> out = new ArrayList<>();
        java.util.Set<String> ids = new java.util.LinkedHashSet<>(byArticle.keySet());
        ids.addAll(whole.keySet());
        for (String id : ids) {
            double score = weights.articleWeight() * whole.getOrDefault(id, 0.0) / topWhole
                    + weights.passageWeight() * passage.getOrDefault(id, 0.0) / topPassage;
            out.add(new Candidate(id, score, byArticle.getOrDefault(id, List.of())));
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    /** Whole-article BM25 of the same words, by article id. */
    private Map<String, Double> articleScores(IndexSearcher s, Query words) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, KIND_ARTICLE)), BooleanClause.Occur.FILTER)
                .add(words, BooleanClause.Occur.MUST).build();
        Map<String, Double> out = new LinkedHashMap<>();
        ScoreDoc[] hits = TopHits.of(s, q, weights.passages());
        String[] ids = ArticleIds.of(s.getIndexReader(), hits); // doc values: no stored fields decompressed per hit
        for (int i = 0; i < hits.length; i++) if (ids[i] != null) out.put(ids[i], (double) hits[i].score);
        return out;
    }
}
