package dev.redcarpet.index;

import java.text.Normalizer;
import java.util.Locale;

/** Folds names and phrases to comparable keys: no accents, lower case, single spaces, no punctuation. */
public final class Keys {
    private Keys() {
    }

    public static String fold(String s) {
        if (s == null) return "";
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        n = n.replace('’', '\'').toLowerCase(Locale.ROOT);
        n = n.replaceAll("'s\\b", "");
        n = n.replaceAll("[^\\p{L}\\p{N}]+", " ");
        return n.strip();
    }
}
