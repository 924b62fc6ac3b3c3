package dev.redcarpet.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names and phrases to comparable keys: no accents, lower case, single spaces, no punctuation. */
public final class Keys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Keys() {
    }

    public static String fold(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("");
        n = n.replace('’', '\'').toLowerCase(Locale.ROOT);
        n = POSSESSIVE.matcher(n).replaceAll("");
        n = NON_WORD.matcher(n).replaceAll(" ");
        return n.strip();
    }
}
