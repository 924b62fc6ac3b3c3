package dev.redcarpet.analysis.quotes;

import dev.redcarpet.analysis.structure.ParagraphBreaks;

import java.util.ArrayList;
import java.util.List;

/** Finds paragraphs and the quoted spans inside them: double quotes (curly or straight), else single ones. */
public final class QuoteMarks {
    /** A paragraph: its number and where it starts and ends in the article text. */
    public record Paragraph(int index, int start, int end) {
    }

    /**
     * A quoted span. {@code open} is the opening mark; {@code close} is the closing mark, or the
     * paragraph's end when the quote runs on into the next paragraph ({@code closed} false).
     * {@code textStart}/{@code textEnd} bound the quoted words, trimmed of spaces and a trailing comma.
     */
    public record Span(Paragraph paragraph, int open, int close, boolean closed, int textStart, int textEnd) {
        String text(String article) {
            return article.substring(textStart, textEnd);
        }

        public boolean contains(int pos) {
            return pos > open && pos < close;
        }
    }

    // paragraphs break at "\n[ \t]*\n\s*" (ParagraphBreaks.blankLineAndSpace)

    private QuoteMarks() {
    }

    /** Non-blank paragraphs separated by blank lines, numbered from 0. */
    public static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        int[] at = new int[1];
        int start = 0;
        while (true) {
            int breakEnd = ParagraphBreaks.blankLineAndSpace(text, start, at);
            boolean found = breakEnd >= 0;
            int end = found ? at[0] : text.length();
            addParagraph(text, start, end, out);
            if (!found) break;
            start = breakEnd;
        }
        return out;
    }

    private static void addParagraph(String text, int start, int end, List<Paragraph> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Paragraph(out.size(), s, e));
    }

    public static List<Span> spans(String text, Paragraph p) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        for (int i = p.start(); i < p.end(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '“' || c == '"') open = i;
            } else if (c == '”' || c == '"') {
                add(text, p, open, i, true, out);
                open = -1;
            }
        }
        if (open >= 0) add(text, p, open, p.end(), false, out);
        if (out.isEmpty()) singles(text, p, out);
        return out;
    }

    /**
     * Single-quoted speech in a paragraph that uses no double quotes ('It was a dream,' she said): an opening
     * mark after a space or the line start and before a letter, a closing mark after a letter or punctuation
     * and before no letter ("It's" and "the '90s" hold no quote marks). A single quote left open is no quote.
     */
    private static void singles(String text, Paragraph p, List<Span> out) {
        int open = -1;
        for (int i = p.start(); i < p.end(); i++) {
            char c = text.charAt(i);
            if (c != '\'' && c != '‘' && c != '’') continue;
            char before = i > p.start() ? text.charAt(i - 1) : ' ';
            char after = i + 1 < p.end() ? text.charAt(i + 1) : ' ';
            if (open < 0) {
                boolean opens = (c == '\'' || c == '‘') && (Character.isWhitespace(before) || "(:—–".indexOf(before) >= 0 || i == p.start())
                        && Character.isLetter(after);
                if (opens) open = i;
            } else if ((c == '\'' || c == '’') && !Character.isLetterOrDigit(after) && (Character.isLetter(before) || ".,!?…".indexOf(before) >= 0)
                    && i - open > 2) {
                if (speechLike(text.substring(open + 1, i))) add(text, p, open, i, true, out);
                open = -1;
            }
        }
    }

    /** Single quotes also mark titles ('Best Actress in a Drama'): a span reads as speech when it holds no stray mark and is no title-case phrase. */
    private static boolean speechLike(String span) {
        for (int i = 0; i < span.length(); i++) {
            char c = span.charAt(i);
            if (c != '\'' && c != '‘' && c != '’') continue;
            boolean inWord = i > 0 && i + 1 < span.length() && Character.isLetter(span.charAt(i - 1)) && Character.isLetter(span.charAt(i + 1));
            if (!inWord) return false;
        }
        int longWords = 0;
        int capitalised = 0;
        for (String w : span.split("[^\\p{L}]+")) {
            if (w.length() < 4) continue;
            longWords++;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
        }
        return longWords == 0 || capitalised * 10 < longWords * 8;
    }

    private static void add(String text, Paragraph p, int open, int close, boolean closed, List<Span> out) {
        int s = open + 1;
        int e = close;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) e--;
        out.add(new Span(p, open, close, closed, s, e));
    }
}
