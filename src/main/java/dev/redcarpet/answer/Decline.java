package dev.redcarpet.answer;

import java.util.List;

/**
 * Why a question is not answered, as data: the reason, what was asked, and what is known instead.
 * The renderers say it in one line.
 *
 * @param person  the person asked about (as resolved, or as typed for an unknown name); may be null
 * @param event   the event's display name; may be null
 * @param year    the edition's year; may be null
 * @param detail  the missing detail ("shoes"), the out-of-scope topic, or the typed event or topic name
 * @param known   alternatives: editions, years or events the corpus does have
 * @param size    a length (too-long input) or a limit; 0 when unused
 * @param evidence the sentence that names the person in passing (ONLY_MENTIONED), else null
 */
public record Decline(Reason reason, String person, String event, Integer year, String detail, List<String> known,
                      int size, Cited evidence) {
    public Decline {
        known = known == null ? List.of() : List.copyOf(known);
    }

    public enum Reason {
        /** an empty question or one with no letters */
        EMPTY,
        /** a question or a command input over the limit ({@code size} characters) */
        TOO_LONG,
        /** the engine is shutting down */
        SHUTTING_DOWN,
        /** an internal failure */
        FAILED,
        /** nothing matched */
        NOT_FOUND,
        /** "who designed her dress?" with no one named before: who is meant is unknown */
        WHO_IS_MEANT,
        /** a name the corpus never prints, as typed */
        UNKNOWN_NAME,
        /** a recognised person the corpus has no article on */
        UNKNOWN_PERSON,
        /** a topic red-carpet articles do not report */
        OUT_OF_SCOPE,
        /** an edition the corpus has no article on */
        NO_EDITION,
        /** a person the corpus has, but not at the asked edition */
        NOT_AT_EDITION,
        /** the person's look at the edition is described, but not the asked detail */
        UNDESCRIBED,
        /** the person is named at the edition only in passing; the sentence is given */
        ONLY_MENTIONED,
        /** /event with a name the catalogue does not know */
        UNKNOWN_EVENT,
        /** /event for an edition with no articles */
        EDITION_WITHOUT_ARTICLES,
        /** /person or /quote for a name no article prints */
        PERSON_NOT_NAMED,
        /** /person: articles name them but no look is recorded */
        NO_LOOKS,
        /** /quote: no quote from them (on the topic) */
        NO_QUOTES
    }

    public static Decline of(Reason reason) {
        return new Decline(reason, null, null, null, null, List.of(), 0, null);
    }

    /** Whether the reply abstains: a sentence naming the person in passing is still a (partial) answer. */
    public boolean abstains() {
        return reason != Reason.ONLY_MENTIONED;
    }
}
