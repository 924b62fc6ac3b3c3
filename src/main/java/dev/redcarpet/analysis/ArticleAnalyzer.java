package dev.redcarpet.analysis;

import dev.redcarpet.analysis.events.Edition;
import dev.redcarpet.analysis.events.EditionDetector;
import dev.redcarpet.analysis.events.EventCatalogue;
import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.looks.LookExtractor;
import dev.redcarpet.analysis.people.People;
import dev.redcarpet.analysis.people.PeopleFinder;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.analysis.quotes.QuoteExtractor;
import dev.redcarpet.analysis.structure.Passage;
import dev.redcarpet.analysis.structure.Passages;

import dev.redcarpet.corpus.Article;

import java.util.List;

/**
 * Understands one article: passages, people, quotes with speakers, the event edition it covers,
 * and the looks it describes. Stateless and thread-safe, so articles are analysed in parallel.
 */
public final class ArticleAnalyzer {
    private final EventCatalogue catalogue;
    private final Lexicons lexicons;
    private final PeopleFinder peopleFinder;
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();

    public ArticleAnalyzer(EventCatalogue catalogue, Lexicons lexicons) {
        this.catalogue = catalogue;
        this.lexicons = lexicons;
        this.peopleFinder = new PeopleFinder(lexicons, catalogue);
    }

    public ArticleFacts analyze(Article article) {
        List<Passage> passages = Passages.of(article.text());
        People people = peopleFinder.find(article.text());
        List<Quote> quotes = quoteExtractor.extract(article.id(), article.text(), people);
        Edition edition = new EditionDetector(catalogue).detect(article);
        List<Look> looks = new LookExtractor(lexicons, catalogue).extract(article, people, edition);
        return new ArticleFacts(article.id(), passages, quotes, people.names(), edition, looks);
    }
}
