package dev.redcarpet.search;

import java.util.List;

/** What the question parser needs of the event catalogue: finding event names in folded text. */
public interface EventNames {
    /** An event named in a question, where it was found (in the folded text). */
    record Match(String eventId, String eventName, int start, int end) {
    }

    /** Every event named in folded text, in order of position. */
    List<Match> find(String foldedText);
}
