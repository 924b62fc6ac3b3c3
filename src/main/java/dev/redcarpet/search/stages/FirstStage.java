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
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.redcarpet.index.IndexSchema.ARTICLE_TEXT;
import static dev.redcarpet.index.IndexSchema.KIND;
import static dev.redcarpet.index.IndexSchema.KIND_PASSAGE;
import static dev.redcarpet.index.IndexSchema.TEXT;

/**
 * The first ranking stage: plain BM25 (k1 and b from {@code ranking:}) of the question's words over
 * whole articles (their own field, with their own lengths and document frequencies) and over passages
 * (an article scores its best passage plus a share of its second best), each normalised to its best
 * and added with the weights of {@code ranking:}. No boosts, no knowledge of people or events: what
 * it finds is what the words alone find. Equal scores are ordered by article id, so the order never
 * depends on the order in which the index happened to write its documents.
 */
public final class FirstStage {
    private final QueryBuilder text;
    private final Config.Ranking weights;
    private final BM25Similarity similarity;

    public FirstStage(QueryBuilder text, Config.Ranking weights) {
        this.text = text;
        this.weights = weights;
        this.similarity = new BM25Similarity((float) weights.k1(), (float) weights.b());
    }

    /** Articles best first; each with its matched passages (documents and scores only, no text loaded). */
    public List<Candidate> search(IndexSearcher shared, String words) throws IOException {
        if (words == null || words.isBlank()) return List.of();
        Query passageWords = text.createBooleanQuery(TEXT, words, BooleanClause.Occur.SHOULD);
        Query articleWords = text.createBooleanQuery(ARTICLE_TEXT, words, BooleanClause.Occur.SHOULD);
        if (passageWords == null || articleWords == null) return List.of();
        // the same reader, scored with the configured BM25 (lengths are stored the same way for any k1 and b)
        IndexSearcher s = new IndexSearcher(shared.getIndexReader());
        s.setSimilarity(similarity);
        Map<String, Double> whole = new HashMap<>();
        int[] articleDocs = articleScores(s, articleWords, whole);
        Map<String, List<Candidate.PassageScore>> byArticle = passageScores(s, passageWords, articleDocs);
        Map<String, Double> passage = new HashMap<>();
        for (Map.Entry<String, List<Candidate.PassageScore>> e : byArticle.entrySet()) {
            List<Candidate.PassageScore> ps = e.getValue();
            passage.put(e.getKey(), ps.get(0).score() + (ps.size() > 1 ? weights.secondPassageWeight() * ps.get(1).score() : 0));
        }
        double topPassage = passage.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        double topWhole = whole.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        List<Candidate> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(whole.keySet());
        ids.addAll(byArticle.keySet());
        for (String id : ids) {
            double score = weights.articleWeight() * whole.getOrDefault(id, 0.0) / topWhole
                    + weights.passageWeight() * passage.getOrDefault(id, 0.0) / topPassage;
            out.add(new Candidate(id, score, byArticle.getOrDefault(id, List.of())));
        }
        out.sort(Candidate.BEST_FIRST);
        return out;
    }

    /**
     * The best passages of the words, grouped by article, each article's best first. Only passages of the
     * articles the whole-article search found are scored: an article's text holds every word of its passages,
     * so a passage that matches belongs to an article that matched, and when that search found fewer articles
     * than its limit nothing is left out. On a large corpus this scores a few thousand passages instead of every
     * passage holding a common word. The articles are given by their documents, whose passages follow them in the
     * index ({@link PassagesOf}): no seek of each article id in every segment.
     */
    private Map<String, List<Candidate.PassageScore>> passageScores(IndexSearcher s, Query words, int[] articleDocs) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, KIND_PASSAGE)), BooleanClause.Occur.FILTER)
                .add(words, BooleanClause.Occur.MUST);
        if (articleDocs.length > 0) b.add(new PassagesOf(s.getIndexReader(), articleDocs), BooleanClause.Occur.FILTER);
        Query q = b.build();
        Map<String, List<Candidate.PassageScore>> byArticle = new HashMap<>();
        ScoreDoc[] hits = TopHits.of(s, q, weights.passages());
        String[] hitArticles = ArticleIds.of(s.getIndexReader(), hits); // doc values: no stored fields decompressed per hit
        for (int i = 0; i < hits.length; i++) {
            if (hitArticles[i] == null) continue;
            byArticle.computeIfAbsent(hitArticles[i], k -> new ArrayList<>()).add(new Candidate.PassageScore(hits[i].doc, hits[i].score, -1, null, List.of()));
        }
        // an article's passages are written together, in order: equal scores go to the earlier passage
        for (List<Candidate.PassageScore> ps : byArticle.values()) ps.sort(Candidate.PassageScore.BEST_FIRST);
        return byArticle;
    }

    /**
     * Whole-article BM25 of the words, by article id, into {@code out}; returns the article documents found. No
     * filter on the kind of document: only article documents have {@code ARTICLE_TEXT} (a filter of every article
     * document was a second iterator on every candidate).
     */
    private int[] articleScores(IndexSearcher s, Query words, Map<String, Double> out) throws IOException {
        ScoreDoc[] hits = TopHits.of(s, words, weights.passages());
        String[] ids = ArticleIds.of(s.getIndexReader(), hits); // doc values: no stored fields decompressed per hit
        int[] docs = new int[hits.length];
        int n = 0;
        for (int i = 0; i < hits.length; i++) {
            if (ids[i] == null) continue;
            out.put(ids[i], (double) hits[i].score);
            docs[n++] = hits[i].doc;
        }
        return n == docs.length ? docs : java.util.Arrays.copyOf(docs, n);
    }
}
