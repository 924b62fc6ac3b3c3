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
    /** The keys by hash, open addressing, with their values beside them; a power of two long, at most half full. */
    private final String[] keys;
    private final Object[] values;
    /** The lengths of the keys, a bit per length below 64, and whether every key is ASCII and shorter than 64. */
    private long lengths;
    private boolean plainKeys = true;

    FoldedMap(Map<String, V> folded) {
        this.map = new HashMap<>(folded);
        int size = Integer.highestOneBit(Math.max(4, folded.size() * 4));
        keys = new String[size];
        values = new Object[size];
        for (Map.Entry<String, V> e : map.entrySet()) {
            int i = spread(e.getKey().hashCode()) & (size - 1);
            while (keys[i] != null) i = (i + 1) & (size - 1);
            keys[i] = e.getKey();
            values[i] = e.getValue();
            String k = e.getKey();
            if (!CaseFold.ascii(k) || k.length() >= 64) plainKeys = false;
            else lengths |= 1L << k.length();
        }
    }

    @SuppressWarnings("unchecked")
    V get(String word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128) return map.get(CaseFold.fold(word));
            h = 31 * h + lower(c); // String.hashCode of the lower-case word
        }
        int mask = keys.length - 1;
        for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (sameLowerCase(keys[i], word)) return (V) values[i];
        }
        return null;
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
                int h = 0;
                for (int i = p; i < p + len; i++) {
                    char a = text.charAt(i);
                    if (a >= 128) return true;
                    h = 31 * h + lower(a);
                }
                int mask = keys.length - 1;
                for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
                    if (sameLowerCase(keys[i], text, p)) return true;
                }
            }
        }
        return false;
    }

    private static boolean sameLowerCase(String lower, String text, int at) {
        for (int i = 0; i < lower.length(); i++) if (lower.charAt(i) != lower(text.charAt(at + i))) return false;
        return true;
    }

    private static boolean sameLowerCase(String lower, String ascii) {
        if (lower.length() != ascii.length()) return false;
        for (int i = 0; i < lower.length(); i++) if (lower.charAt(i) != lower(ascii.charAt(i))) return false;
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
