package dev.redcarpet.index;

import dev.redcarpet.analysis.Ascii;

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

    /**
     * The key of a text. Plain ASCII text (nearly every passage and name) is folded by one scan that gives
     * exactly what the Unicode route gives: it was a tenth of a question's CPU, run on every passage a
     * question reads, with three regex passes and a normalisation each time.
     */
    public static String fold(String s) {
        if (s == null) return "";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && PUNCTUATION.indexOf(c) < 0) return foldUnicode(s);
        }
        return foldAscii(s);
    }

    /**
     * The characters outside ASCII that news text is full of and that the scan folds too: the right single quote
     * (an apostrophe, as the regex route reads it) and punctuation that decomposes to nothing but itself, so that
     * it only ever separates words: no-break space, left single and double quotes, dashes, ellipsis, bullet.
     */
    private static final String PUNCTUATION = "\u2019\u00A0\u2018\u201C\u201D\u2013\u2014\u2026\u2022";

    /** The general route: decomposed, marks dropped, lower case, possessive dropped, runs of non-letters to one space. */
    static String foldUnicode(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        n = MARKS.matcher(n).replaceAll("");
        n = n.replace('’', '\'').toLowerCase(Locale.ROOT);
        n = POSSESSIVE.matcher(n).replaceAll("");
        n = NON_WORD.matcher(n).replaceAll(" ");
        return n.strip();
    }

    /**
     * The same for text of ASCII characters and {@link #PUNCTUATION} only: nothing to decompose; "'s" (or "’s") is dropped where the regex
     * {@code 's\b} drops it (before a character that is not a letter, digit or underscore, or at the end);
     * every other run of characters that are not letters or digits becomes one space, none at either end.
     */
    static String foldAscii(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char c = Ascii.lower(s.charAt(i));
            if ((c == '\'' || c == '\u2019') && i + 1 < n && Ascii.lower(s.charAt(i + 1)) == 's' && (i + 2 == n || !Ascii.isRegexWord(s.charAt(i + 2)))) {
                i++; // the possessive goes; what stands on either side of it is then side by side
                continue;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && !out.isEmpty()) out.append(' ');
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
