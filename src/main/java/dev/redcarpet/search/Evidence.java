package dev.redcarpet.search;

import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.index.IndexedArticle;

import java.util.List;
import java.util.Map;

/**
 * What retrieval found for a question: ranked articles with their best passages, quotes and looks,
 * all read from one point-in-time view of the index.
 *
 * @param cited metadata of every article a passage, quote or look here comes from, by id
 */
public record Evidence(Question question, List<ArticleHit> articles, List<Quote> quotes, List<Look> looks,
                       Map<String, IndexedArticle> cited) {
    public Evidence {
        articles = List.copyOf(articles);
        quotes = List.copyOf(quotes);
        looks = List.copyOf(looks);
        cited = Map.copyOf(cited);
    }

    /** An article and the passages of it that matched, best first. */
    public record ArticleHit(IndexedArticle article, double score, List<PassageHit> passages) {
        public ArticleHit {
            passages = List.copyOf(passages);
        }
    }

    /** A passage: its ordinal, text, score and the people analysis recorded as its subjects (none when unknown). */
    public record PassageHit(int ordinal, String text, double score, List<String> subjects) {
        public PassageHit {
            subjects = subjects == null ? List.of() : List.copyOf(subjects);
        }
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }
}
