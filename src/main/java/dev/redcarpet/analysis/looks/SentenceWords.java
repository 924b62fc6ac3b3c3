package dev.redcarpet.analysis.looks;

import dev.redcarpet.analysis.LexiconTokens;
import dev.redcarpet.analysis.events.EventCatalogue;
import dev.redcarpet.analysis.events.EventMention;

import java.util.List;

/**
 * One sentence cut into words once, and the events it names found once, for the several readings of a look that
 * need them (its terms, the cues before a term, unknown names before a term).
 */
final class SentenceWords {
    private final String text;
    private final EventCatalogue catalogue;
    private List<LexiconTokens.Token> tokens;
    private List<EventMention> events;

    SentenceWords(String text, EventCatalogue catalogue) {
        this.text = text;
        this.catalogue = catalogue;
    }

    String text() {
        return text;
    }

    List<LexiconTokens.Token> tokens() {
        if (tokens == null) tokens = LexiconTokens.tokenize(text);
        return tokens;
    }

    /** What {@link EventCatalogue#mentions(String)} finds in the sentence. */
    List<EventMention> events() {
        if (events == null) events = catalogue.mentions(text, tokens());
        return events;
    }

    /**
     * The words before {@code pos}, where a word (or the text) starts: the same words as tokenizing the text up
     * to there, since no word crosses the start of another.
     */
    List<LexiconTokens.Token> before(int pos) {
        List<LexiconTokens.Token> all = tokens();
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).start() < pos) lo = mid + 1;
            else hi = mid;
        }
        return all.subList(0, lo);
    }
}
