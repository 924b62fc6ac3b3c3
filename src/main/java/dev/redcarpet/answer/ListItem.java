package dev.redcarpet.answer;

import java.util.List;

/**
 * One line of a list: who (or which edition) and the values that describe it, each line cited.
 *
 * @param label  a person ("who wore X") or an edition (a person's looks)
 * @param values designer, colour, garment… values, most telling first
 */
public record ListItem(String label, List<String> values, List<String> sourceIds) {
    public ListItem {
        values = List.copyOf(values);
        sourceIds = List.copyOf(sourceIds);
    }
}
