package dev.redcarpet.analysis.people;

import dev.redcarpet.analysis.Ascii;

import java.util.ArrayList;
import java.util.List;

/** Splits text into words with their offsets, keeping initials ("J.G.") and inner apostrophes and hyphens. */
public final class NameTokens {
    /** A word of the text; {@code possessive} when it ended in 's (which {@code word} leaves out). */
    public record Token(String word, int start, int end, boolean possessive, boolean capitalised) {
        /** {@code capitalised} is kept, not worked out per ask: every finder asks it of every word, many times. */
        public Token(String word, int start, int end, boolean possessive) {
            this(word, start, end, possessive, Character.isUpperCase(word.charAt(0)));
        }

        /** An initial or initials: {@code \p{Lu}(\.\p{Lu})*\.?}, the whole word (written out: asked of every name word). */
        boolean initial() {
            int n = word.length();
            int i = upperAt(word, 0);
            if (i < 0) return false;
            while (i + 1 < n && word.charAt(i) == '.') {
                int next = upperAt(word, i + 1);
                if (next < 0) break;
                i = next;
            }
            if (i < n && word.charAt(i) == '.') i++;
            return i == n;
        }
    }


    private NameTokens() {
    }

    /** Where the upper-case letter ({@code \p{Lu}}) at {@code i} ends, or -1 when none is there. */
    private static int upperAt(String s, int i) {
        if (i >= s.length()) return -1;
        int cp = s.codePointAt(i);
        return Character.getType(cp) == Character.UPPERCASE_LETTER ? i + Character.charCount(cp) : -1;
    }

    /** How many texts {@link #of} remembers per thread. */
    private static final int REMEMBERED = 4;
    /**
     * The last texts tokenised on this thread, text and tokens in turn: the finders of one article ask for the
     * same texts several times, the whole text's turns interleaved with its sentences'.
     */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2 * REMEMBERED]);

    static List<Token> of(String text) {
        Object[] last = LAST.get();
        for (int i = 0; i < last.length; i += 2) {
            if (last[i] == text || text.equals(last[i])) { // equal texts give equal tokens
                @SuppressWarnings("unchecked")
                List<Token> cached = (List<Token>) last[i + 1];
                return cached;
            }
        }
        List<Token> tokens = List.copyOf(tokenize(text));
        System.arraycopy(last, 0, last, 2, last.length - 2); // the oldest falls out
        last[0] = text;
        last[1] = tokens;
        return tokens;
    }

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int start = from;
            int end = -1;
            while (start < text.length() && (end = wordEnd(text, start)) < 0) start++;
            if (end < 0) break;
            String w = text.substring(start, end);
            boolean possessive = false;
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
                w = w.substring(0, w.length() - 2);
                possessive = true;
            } else if (w.length() > 1 && (w.endsWith("s") || w.endsWith("z")) && end < text.length()
                    && (text.charAt(end) == '’' || text.charAt(end) == '\'')
                    && (end + 1 >= text.length() || !Character.isLetter(text.charAt(end + 1)))) {
                possessive = Character.isUpperCase(w.charAt(0));
            }
            out.add(new Token(w, start, start + w.length(), possessive));
            from = end;
        }
        return out;
    }

    /**
     * Where the word starting at {@code i} ends, or -1 when none starts there: the regex
     * {@code \p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}\.(?=\s\p{Lu})|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*} matched at one
     * place, written out as a scan because it runs over every text analysed (the regex was a tenth of analysis).
     * Its three choices in order: initials "J.G.", an initial before a capitalised word "J. Smith", a word
     * of letters, marks and digits with inner apostrophes and hyphens.
     */
    private static int wordEnd(String s, int i) {
        char c0 = s.charAt(i);
        if (c0 < 128 && !Ascii.isLetterOrDigit(c0)) return -1; // most characters between words: no code point to read
        int cp = s.codePointAt(i);
        int n = Character.charCount(cp);
        if (Character.getType(cp) == Character.UPPERCASE_LETTER && i + n < s.length() && s.charAt(i + n) == '.') {
            int j = i + n + 1;
            int initials = 0;
            while (j < s.length()) {
                int c = s.codePointAt(j);
                int k = Character.charCount(c);
                if (Character.getType(c) != Character.UPPERCASE_LETTER || j + k >= s.length() || s.charAt(j + k) != '.') break;
                j += k + 1;
                initials++;
            }
            if (initials > 0) return j;
            int after = i + n + 1;
            if (after + 1 < s.length() && Ascii.isRegexSpace(s.charAt(after))
                    && Character.getType(s.codePointAt(after + 1)) == Character.UPPERCASE_LETTER) {
                return after;
            }
        }
        if (!isWordChar(cp)) return -1;
        int j = run(s, i);
        while (j + 1 < s.length() && (s.charAt(j) == '\'' || s.charAt(j) == '’' || s.charAt(j) == '-')
                && isWordChar(s.codePointAt(j + 1))) {
            j = run(s, j + 1);
        }
        return j;
    }

    /** The end of the run of letters, marks and digits starting at {@code i}. */
    private static int run(String s, int i) {
        int j = i;
        while (j < s.length()) {
            char a = s.charAt(j);
            if (a < 128) { // ASCII, most of any text: a letter or digit is a word character, anything else ends the run
                if (!Ascii.isLetterOrDigit(a)) break;
                j++;
                continue;
            }
            int c = s.codePointAt(j);
            if (!isWordChar(c)) break;
            j += Character.charCount(c);
        }
        return j;
    }

    /** {@code [\p{L}\p{M}\p{N}]} of the regex. */
    private static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** True when only spaces (no line break or punctuation) lie between two offsets. */
    static boolean spaceOnly(String text, int from, int to) {
        if (to <= from) return false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0') return false;
        }
        return true;
    }

    /** True when the word at {@code start} begins a sentence (or a title, a quote or a line). */
    static boolean sentenceInitial(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0')) i--;
        if (i < 0) return true;
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == '“' || c == '"' || c == '‘'
                || c == '(' || c == '[' || c == ':' || c == '—' || c == '–' || c == '…' || c == '-' || c == '•';
    }
}
