package dev.redcarpet.analysis.people;

import java.util.HashMap;
import java.util.Map;

/**
 * A map whose keys are words folded by {@link CaseFold#fold}, asked with a word in any case: {@code get(w)} answers
 * as {@code map.get(CaseFold.fold(w))} does, but an ASCII word (most words asked) is hashed and compared in lower
 * case as it is read, without making a folded copy at each ask (the fold of an ASCII word is its lower case).
 */
final class FoldedMap<V> {
    private final Map<String, V> map;
    private final AsciiLowerTable table;
    /** Each key's value at the key's slot of the table. */
    private final Object[] values;
    /** The lengths of the keys, a bit per length below 64, and whether every key is ASCII and shorter than 64. */
    private long lengths;
    private boolean plainKeys = true;

    FoldedMap(Map<String, V> folded) {
        this.map = new HashMap<>(folded);
        table = new AsciiLowerTable(folded.size());
        values = new Object[table.slots()];
        for (Map.Entry<String, V> e : map.entrySet()) {
            values[table.add(e.getKey())] = e.getValue();
            String k = e.getKey();
            if (!CaseFold.ascii(k) || k.length() >= 64) plainKeys = false;
            else lengths |= 1L << k.length();
        }
    }

    @SuppressWarnings("unchecked")
    V get(String word) {
        int slot = table.find(word);
        if (slot == AsciiLowerTable.NOT_ASCII) return map.get(CaseFold.fold(word));
        return slot >= 0 ? (V) values[slot] : null;
    }

    /**
     * False only when no word of {@code text} starting with an ASCII capital can be a key and no other capital
     * starts a word: true at any capital not ASCII, at any non-ASCII character of a window looked up, or when a key
     * is not plain. Lets a text with none of the keys be passed over without splitting it into words.
     */
    boolean mayOpenAt(String text) {
        if (!plainKeys) return true;
        int n = text.length();
        for (int p = 0; p < n; p++) {
            char c = text.charAt(p);
            if (c < 'A' || (c > 'Z' && c < 128)) continue;
            if (c >= 128) {
                if (Character.isUpperCase(c)) return true;
                continue;
            }
            for (long ls = lengths; ls != 0; ls &= ls - 1) {
                int len = Long.numberOfTrailingZeros(ls);
                if (p + len > n) break;
                if (table.find(text, p, len) != AsciiLowerTable.NONE) return true; // a key, or a character not ASCII
            }
        }
        return false;
    }
}
