package dev.redcarpet.search;

import dev.redcarpet.analysis.Look;
import dev.redcarpet.analysis.Quote;
import dev.redcarpet.index.IndexedArticle;

import java.util.List;

/** What retrieval found for a question: ranked articles with their best passages, quotes and looks. */
public record Evidence(Question question, List<ArticleHit> articles, List<Quote> quotes, List<Look> looks) {
    public Evidence {
        articles = List.copyOf(articles);
        quotes = List.copyOf(quotes);
        looks = List.copyOf(looks);
    }

    /** An article and the passages of it that matched, best first. */
    public record ArticleHit(IndexedArticle article, double score, List<PassageHit> passages) {
        public ArticleHit {
            passages = List.copyOf(passages);
        }
    }

    public record PassageHit(int ordinal, String text, double score) {
    }

    public boolean isEmpty() {
        return articles.isEmpty();
    }
}
