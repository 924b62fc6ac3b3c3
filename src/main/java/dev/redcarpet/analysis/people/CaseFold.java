package dev.redcarpet.analysis.people;

import java.util.Locale;

/** Case folding that agrees with {@link String#equalsIgnoreCase}, so words compared that way can be looked up by key. */
final class CaseFold {
    private CaseFold() {
    }

    /** Equal for two words exactly when equalsIgnoreCase says they are: each code point upper- then lower-cased. */
    static String fold(String w) {
        if (ascii(w)) return w.toLowerCase(Locale.ROOT); // the same for ASCII, without a pass over code points
        StringBuilder b = new StringBuilder(w.length());
        w.codePoints().forEach(cp -> b.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp))));
        return b.toString();
    }

    static boolean ascii(String w) {
        for (int i = 0; i < w.length(); i++) if (w.charAt(i) >= 128) return false;
        return true;
    }
}
