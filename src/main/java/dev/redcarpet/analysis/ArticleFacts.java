package dev.redcarpet.analysis;

import dev.redcarpet.analysis.events.Edition;
import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.analysis.structure.Passage;

import java.util.List;

/**
 * Everything understood of one article.
 *
 * @param edition the event edition the article covers, or null when none is recognised
 * @param people  full names of the people it names, most mentioned first
 */
public record ArticleFacts(String articleId, List<Passage> passages, List<Quote> quotes,
                           List<String> people, Edition edition, List<Look> looks) {
    public ArticleFacts {
        passages = List.copyOf(passages);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        looks = List.copyOf(looks);
    }
}
