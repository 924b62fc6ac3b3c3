package dev.redcarpet.answer;

import java.util.List;

/**
 * One line of a look card, e.g. designer: Maison Margiela.
 * When sources disagree, the card holds one line per claim with {@code conflict} set on each.
 */
public record CardLine(String kind, String value, List<String> sourceIds, String evidence, boolean conflict) {
    public CardLine {
        sourceIds = List.copyOf(sourceIds);
    }
}
