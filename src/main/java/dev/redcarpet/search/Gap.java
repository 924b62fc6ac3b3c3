package dev.redcarpet.search;

import java.util.List;

/**
 * What the corpus lacks for a question, as data (the answer layer says it in words).
 *
 * @param person the person asked about, or the name as typed (UNKNOWN_NAME); may be null
 * @param event  the event's display name (for UNDESCRIBED: the edition's label); may be null
 * @param detail the undescribed detail's label or the out-of-scope topic; may be null
 * @param known  what the corpus has instead: editions, years or covered events
 */
public record Gap(Kind kind, String person, String event, Integer year, String detail, List<String> known) {
    public Gap {
        known = List.copyOf(known);
    }

    public enum Kind { UNKNOWN_NAME, UNKNOWN_PERSON, OUT_OF_SCOPE, NO_EDITION, NOT_AT_EDITION, UNDESCRIBED }
}
