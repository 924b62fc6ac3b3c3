package dev.redcarpet.analysis;

import dev.redcarpet.analysis.events.Edition;
import dev.redcarpet.analysis.events.EventEntry;
import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.people.PersonRole;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.analysis.structure.Passage;
import dev.redcarpet.analysis.structure.ReadSentence;

import java.util.List;

/**
 * Everything understood of one article.
 *
 * @param edition   the event edition the article covers, or null when none is recognised
 * @param people    full names of the people it names (never a house; designers by name included), most mentioned first
 * @param title     the headline, else the first real sentence; null when there is neither
 * @param sentences every sentence with its part, subject and segment
 * @param roles     every person named, designers included, with their role and the sentence naming them
 * @param event     the event the article is about, also when its year cannot be told; null when it names none
 */
public record ArticleFacts(String articleId, List<Passage> passages, List<Quote> quotes,
                           List<String> people, Edition edition, List<Look> looks,
                           String title, List<ReadSentence> sentences, List<PersonRole> roles, EventEntry event) {
    public ArticleFacts {
        passages = List.copyOf(passages);
        quotes = List.copyOf(quotes);
        people = List.copyOf(people);
        looks = List.copyOf(looks);
        sentences = List.copyOf(sentences);
        roles = List.copyOf(roles);
    }

    public ArticleFacts(String articleId, List<Passage> passages, List<Quote> quotes,
                        List<String> people, Edition edition, List<Look> looks) {
        this(articleId, passages, quotes, people, edition, looks, null, List.of(), List.of(), null);
    }

    public ArticleFacts(String articleId, List<Passage> passages, List<Quote> quotes, List<String> people, Edition edition,
                        List<Look> looks, String title, List<ReadSentence> sentences, List<PersonRole> roles) {
        this(articleId, passages, quotes, people, edition, looks, title, sentences, roles, null);
    }

    /** The id of the article's event: its edition's, else the event it names when the year cannot be told; or null. */
    public String eventId() {
        return edition != null ? edition.eventId() : event != null ? event.id() : null;
    }

    /** The name of the article's event, as {@link #eventId()}. */
    public String eventName() {
        return edition != null ? edition.eventName() : event != null ? event.name() : null;
    }
}
