package dev.redcarpet.analysis.people;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into words with their offsets, keeping initials ("J.G.") and inner apostrophes and hyphens. */
public final class NameTokens {
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}(\\.\\p{Lu})*\\.?");
    /** A word of the text; {@code possessive} when it ended in 's (which {@code word} leaves out). */
    public record Token(String word, int start, int end, boolean possessive) {
        public boolean capitalised() {
            return Character.isUpperCase(word.charAt(0));
        }

        boolean initial() {
            return INITIALS.matcher(word).matches() ;
        }
    }

    private static final Pattern WORD = Pattern.compile(
            "\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}\\.(?=\\s\\p{Lu})|[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");

    private NameTokens() {
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
            if (last[i] == text) {
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

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            boolean possessive = false;
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
                w = w.substring(0, w.length() - 2);
                possessive = true;
            } else if (w.length() > 1 && (w.endsWith("s") || w.endsWith("z")) && m.end() < text.length()
                    && (text.charAt(m.end()) == '’' || text.charAt(m.end()) == '\'')
                    && (m.end() + 1 >= text.length() || !Character.isLetter(text.charAt(m.end() + 1)))) {
                possessive = Character.isUpperCase(w.charAt(0));
            }
            out.add(new Token(w, m.start(), m.start() + w.length(), possessive));
        }
        return out;
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
