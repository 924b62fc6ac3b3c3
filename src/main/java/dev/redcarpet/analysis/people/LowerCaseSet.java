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
    /** The words by hash, open addressing; a power of two long, at most half full. */
    private final String[] slots;

    LowerCaseSet(Set<String> words) {
        this.words = Set.copyOf(words);
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4));
        slots = new String[size];
        for (String w : this.words) {
            int i = spread(w.hashCode()) & (size - 1);
            while (slots[i] != null) i = (i + 1) & (size - 1);
            slots[i] = w;
        }
    }

    boolean contains(String word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 128) return words.contains(word.toLowerCase(Locale.ROOT));
            h = 31 * h + lower(c); // String.hashCode of the lower-case word
        }
        int mask = slots.length - 1;
        for (int i = spread(h) & mask; slots[i] != null; i = (i + 1) & mask) {
            if (sameLowerCase(slots[i], word)) return true;
        }
        return false;
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
