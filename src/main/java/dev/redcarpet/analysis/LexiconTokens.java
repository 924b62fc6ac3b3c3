package dev.redcarpet.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word tokens for phrase matching: runs of letters and digits, folded to lower case
 * without accents, each with its place in the text. "&amp;" is the word "and"; a possessive "'s" is
 * dropped and marked on the word before it. Hyphens, quotes and other punctuation separate words.
 */
public final class LexiconTokens {
    private LexiconTokens() {
    }

    /**
     * @param norm        folded form, e.g. "chloe" for "Chloé"
     * @param raw         the token as written
     * @param start       offset of its first char in the text
     * @param end         offset after its last char (before any possessive)
     * @param capitalised first char is an upper-case letter
     */
    public record Token(String norm, String raw, int start, int end, boolean capitalised) {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '&') {
                out.add(new Token("and", "&", i, i + 1, false));
                i++;
                continue;
            }
            if (!isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            // plain lower-case ASCII, the common word, is its own folded form
            boolean plain = true;
            // an ASCII word ("Met") only needs lower-casing: no second pass to find it has no accents to drop
            boolean ascii = true;
            for (; i < n; i++) {
                char d = text.charAt(i);
                if (d < 128) {
                    if (!Ascii.isLetterOrDigit(d)) break;
                    if (d <= 'Z' && d >= 'A') plain = false;
                } else {
                    if (!Character.isLetterOrDigit(d)) break;
                    plain = false;
                    ascii = false;
                }
            }
            String raw = text.substring(start, i);
            String norm = plain ? raw : ascii ? raw.toLowerCase(Locale.ROOT) : fold(raw);
            out.add(new Token(norm, raw, start, i, Character.isUpperCase(c)));
            // a possessive 's (straight or curly apostrophe) belongs to the word: skip it
            if (i + 1 < n && isApostrophe(text.charAt(i)) && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
                i += 2;
            }
        }
        return out;
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? Ascii.isLetterOrDigit(c) : Character.isLetterOrDigit(c);
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘';
    }

    /** Lower case without accents: "Chloé" to "chloe". */
    static String fold(String s) {
        if (isAscii(s)) return s.toLowerCase(Locale.ROOT); // nothing to decompose
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int k = 0; k < d.length(); k++) {
            char ch = d.charAt(k);
            if (Character.getType(ch) != Character.NON_SPACING_MARK) b.append(ch);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String s) {
        for (int k = 0; k < s.length(); k++) if (s.charAt(k) >= 128) return false;
        return true;
    }

    /** The folded words of a phrase joined by single spaces: "Critics’ Choice" to "critics choice". */
    static String key(String phrase) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokenize(phrase)) {
            if (!b.isEmpty()) b.append(' ');
            b.append(t.norm());
        }
        return b.toString();
    }
}
