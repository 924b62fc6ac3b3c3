package dev.redcarpet.analysis.people;

import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case words asked about in any case: {@code contains(w)} answers as
 * {@code words.contains(w.toLowerCase(Locale.ROOT))} does, but an ASCII word (most words asked) is hashed and
 * compared in lower case as it is read, without making and hashing a lower-case copy at each ask.
 */
final class LowerCaseSet {
    private final Set<String> words;
    private final AsciiLowerTable table;

    LowerCaseSet(Set<String> words) {
        this.words = Set.copyOf(words);
        table = new AsciiLowerTable(this.words.size());
        for (String w : this.words) table.add(w);
    }

    boolean contains(String word) {
        int slot = table.find(word);
        if (slot == AsciiLowerTable.NOT_ASCII) return words.contains(word.toLowerCase(Locale.ROOT));
        return slot >= 0;
    }
}
