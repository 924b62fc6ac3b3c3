package dev.redcarpet.analysis.structure;

import java.util.regex.Pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences. A sentence ends at '.', '!' or '?' (with any closing quotes
 * or brackets after it) followed by a space and an upper-case letter, a digit or an opening quote,
 * except after common abbreviations and initials, and always at a line break. A sentence never ends
 * inside a quotation that goes on with a lower-case attribution ("…skirt,” Kim said).
 */
public final class SentenceSplitter {
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(\\p{Lu}\\.)+\\p{Lu}");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "vs", "etc", "inc", "co", "ltd",
            "no", "fig", "approx", "dept", "est", "gen", "gov", "sen", "rep", "mt", "ft", "u.s", "u.k",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private SentenceSplitter() {
    }

    /** Characters split into sentences so far, in this process: a measure of work, for tests. */
    public static final java.util.concurrent.atomic.LongAdder SPLIT_CHARS = new java.util.concurrent.atomic.LongAdder();

    public static List<Sentence> split(int passage, String paragraph) {
        SPLIT_CHARS.add(paragraph.length());
        List<Sentence> out = new ArrayList<>();
        int n = paragraph.length();
        int start = skipSpace(paragraph, 0);
        int i = start;
        while (i < n) {
            char c = paragraph.charAt(i);
            if (c == '\n') {
                // a line break inside a paragraph (a heading, a caption) always ends the sentence
                add(out, passage, paragraph, start, i);
                start = skipSpace(paragraph, i);
                i = start;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < n && isCloser(paragraph.charAt(end))) end++;
                if (end >= n) break;
                if (Character.isWhitespace(paragraph.charAt(end))) {
                    int next = skipSpace(paragraph, end);
                    if (next < n && startsSentence(paragraph.charAt(next)) && !isAbbreviation(paragraph, i)) {
                        add(out, passage, paragraph, start, end);
                        start = next;
                        i = next;
                        continue;
                    }
                }
                i = end;
                continue;
            }
            i++;
        }
        if (start < n) add(out, passage, paragraph, start, n);
        return out;
    }

    private static void add(List<Sentence> out, int passage, String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > start) out.add(new Sentence(passage, start, e, text.substring(start, e)));
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '.' || c == '!' || c == '?';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '(' || c == '[';
    }

    private static boolean isAbbreviation(String s, int dot) {
        if (s.charAt(dot) != '.') return false;
        int j = dot;
        while (j > 0 && (Character.isLetter(s.charAt(j - 1)) || s.charAt(j - 1) == '.')) j--;
        String word = s.substring(j, dot).toLowerCase();
        if (word.length() == 1 && Character.isUpperCase(s.charAt(j))) return true; // an initial: "John F. Kennedy"
        if (DOTTED_INITIALS.matcher(s.substring(j, dot)).matches() && dot + 2 < s.length()
                && Character.isUpperCase(s.charAt(dot + 2))) {
            return true; // initials before a name: "J.R. Tolliver"
        }
        return ABBREVIATIONS.contains(word);
    }
}
