package dev.redcarpet.answer;

import java.util.List;

/**
 * Other editions where the asked person also appears, when no year was asked.
 *
 * @param focusYear the year the answer is about, or null
 */
public record OtherEditions(Integer focusYear, List<Edition> editions) {
    public OtherEditions {
        editions = List.copyOf(editions);
    }

    /** @param designers the designers of that look, or null when not known */
    public record Edition(String label, String designers) {
    }
}
