package dev.redcarpet.analysis;

/**
 * Whether a text holds any of a fixed set of strings, found in one pass over the text: each string is tried
 * only where the text's next two characters are its first two. Used to skip a regular expression on texts that
 * cannot match it (each of its matches holds one of the strings), which is cheaper than one search per string.
 * Each string must start with two ASCII characters.
 */
public final class AnyOf {
    /** Bit (first * 128 + second) set when some string starts with those two characters (lower case when ignoring case). */
    private final long[] pairs = new long[128 * 128 / 64];
    /** The strings by their first character (lower case when ignoring case). */
    private final String[][] byFirst = new String[128][];
    private final boolean ignoreCase;
    private final int shortest;

    private AnyOf(boolean ignoreCase, String... strings) {
        this.ignoreCase = ignoreCase;
        int min = Integer.MAX_VALUE;
        for (String s : strings) {
            if (s.length() < 2 || s.charAt(0) >= 128 || s.charAt(1) >= 128) {
                throw new IllegalArgumentException("each string must start with two ASCII characters: " + s);
            }
            String w = ignoreCase ? s.toLowerCase(java.util.Locale.ROOT) : s;
            int a = w.charAt(0);
            pairs[(a * 128 + w.charAt(1)) >>> 6] |= 1L << (a * 128 + w.charAt(1));
            String[] known = byFirst[a] == null ? new String[0] : byFirst[a];
            String[] more = java.util.Arrays.copyOf(known, known.length + 1);
            more[known.length] = w;
            byFirst[a] = more;
            min = Math.min(min, w.length());
        }
        this.shortest = strings.length == 0 ? Integer.MAX_VALUE : min;
    }

    /** Finds the strings exactly as written. */
    public static AnyOf of(String... strings) {
        return new AnyOf(false, strings);
    }

    /** Finds the strings with ASCII letters in either case (as a CASE_INSENSITIVE pattern without UNICODE_CASE does). */
    public static AnyOf ignoringCase(String... strings) {
        return new AnyOf(true, strings);
    }

    /** True when the text holds one of the strings. */
    public boolean in(String text) {
        if (shortest == Integer.MAX_VALUE) return false;
        int last = text.length() - shortest;
        for (int i = 0; i <= last; i++) {
            int a = text.charAt(i);
            if (a >= 128) continue;
            int b = text.charAt(i + 1);
            if (b >= 128) continue;
            if (ignoreCase) {
                a = Ascii.lower((char) a);
                b = Ascii.lower((char) b);
            }
            int key = a * 128 + b;
            if ((pairs[key >>> 6] & (1L << key)) == 0) continue;
            for (String s : byFirst[a]) if (at(text, i, s)) return true;
        }
        return false;
    }

    private boolean at(String text, int i, String s) {
        if (i + s.length() > text.length()) return false;
        if (!ignoreCase) return text.startsWith(s, i);
        for (int k = 0; k < s.length(); k++) {
            char c = text.charAt(i + k);
            if (c != s.charAt(k) && (c >= 128 || Ascii.lower(c) != s.charAt(k))) return false;
        }
        return true;
    }
}
