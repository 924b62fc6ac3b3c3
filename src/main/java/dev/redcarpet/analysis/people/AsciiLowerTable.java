package dev.redcarpet.analysis.people;

import dev.redcarpet.analysis.Ascii;
/**
 * An open-addressed table of keys found by an ASCII word read in lower case as it is hashed, so a word asked in any
 * case needs no lower-case copy: what {@link LowerCaseSet} and {@link FoldedMap} share. A key is found by the slot
 * it was given; the table is a power of two long and at most half full.
 */
final class AsciiLowerTable {
    /** What {@link #find} answers for a word with a character outside ASCII: the caller folds it the slow way. */
    static final int NOT_ASCII = -2;
    static final int NONE = -1;

    private final String[] keys;

    AsciiLowerTable(int count) {
        keys = new String[Integer.highestOneBit(Math.max(4, count * 4))];
    }

    /** How many slots there are: a key's slot is below this. */
    int slots() {
        return keys.length;
    }

    /** Puts a key in and answers its slot. */
    int add(String key) {
        int mask = keys.length - 1;
        int i = spread(key.hashCode()) & mask;
        while (keys[i] != null) i = (i + 1) & mask;
        keys[i] = key;
        return i;
    }

    /** The slot of the key equal to the word in lower case, {@link #NONE}, or {@link #NOT_ASCII}. */
    int find(String word) {
        return find(word, 0, word.length());
    }

    /** The same for the {@code length} characters of {@code text} from {@code at}. */
    int find(String text, int at, int length) {
        int h = 0;
        for (int i = at; i < at + length; i++) {
            char c = text.charAt(i);
            if (c >= 128) return NOT_ASCII;
            h = 31 * h + Ascii.lower(c); // String.hashCode of the lower-case word
        }
        int mask = keys.length - 1;
        for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (sameLowerCase(keys[i], text, at, length)) return i;
        }
        return NONE;
    }

    private static boolean sameLowerCase(String lower, String text, int at, int length) {
        if (lower.length() != length) return false;
        for (int i = 0; i < length; i++) if (lower.charAt(i) != Ascii.lower(text.charAt(at + i))) return false;
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
