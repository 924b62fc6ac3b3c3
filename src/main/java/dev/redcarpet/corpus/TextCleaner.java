package dev.redcarpet.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises an article body: line ends become \n, a byte-order mark and control characters go,
 * non-breaking and other odd spaces become plain spaces, page noise is removed, whitespace runs
 * inside a paragraph collapse to one space, and paragraphs are separated by exactly one blank
 * line. Quotes and all other characters are kept as they are.
 *
 * <p>Lines of one block are joined into one paragraph, except that a short line without closing
 * punctuation followed by a capitalised line ("Michelle Yeoh" above the text about her) and list
 * items ("- a corset dress") start paragraphs of their own.
 */
final class TextCleaner {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:[-*•‣▪◦]|\\d{1,3}[.)])\\s+\\S.*");

    private TextCleaner() {
    }

    /** The cleaned text: paragraphs joined by "\n\n", or "" when nothing is left. */
    static String clean(String raw, NoiseFilter noise) {
        return String.join("\n\n", paragraphs(raw, noise));
    }

    static List<String> paragraphs(String raw, NoiseFilter noise) {
        String text = normaliseChars(raw);
        List<String> paragraphs = new ArrayList<>();
        for (String block : BLANK_LINE.split(text)) {
            List<String> lines = new ArrayList<>();
            for (String line : block.split("\n")) {
                String s = collapse(line);
                if (s.isEmpty()) continue;
                String caption = noise.describingCaption(s);
                if (caption != null) {
                    // a caption is a paragraph of its own, never glued to the text around it
                    if (!lines.isEmpty()) paragraphs.addAll(group(lines));
                    lines = new ArrayList<>();
                    paragraphs.add(caption);
                    continue;
                }
                if (noise.isNoise(s)) continue;
                s = noise.stripInlineCredits(s);
                if (!s.isEmpty()) lines.add(s);
            }
            paragraphs.addAll(group(lines));
        }
        return noise.dropBios(paragraphs);
    }

    /** Line ends to \n; BOMs, zero-width and control characters out; odd spaces to plain spaces. */
    static String normaliseChars(String raw) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t') {
                out.append(c);
            } else if (c == '\f' || c == '\u000B' || c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060'
                    || c < 0x20 || (c >= 0x7F && c < 0xA0)) {
                // invisible or control character: dropped
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Runs of spaces to one space, then stripped: what replacing the regex
     * {@code [\s\u00A0\u2007\u202F\u2000-\u200A\u205F\u3000]+} with " " gives, as a scan, because it
     * runs on every line read.
     */
    static String collapse(String s) {
        StringBuilder out = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (!isSpace(c)) {
                if (out != null) out.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < s.length() && isSpace(s.charAt(end))) end++;
            if (out == null && (c != ' ' || end - i > 1)) out = new StringBuilder(s.length()).append(s, 0, i);
            if (out != null) out.append(' ');
            i = end;
        }
        return (out == null ? s : out.toString()).strip();
    }

    /** A space of {@link #collapse}: what regex \s matches (space, and tab to carriage return) and the odd spaces. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u3000';
    }

    /** Joins the lines of one block into paragraphs. */
    private static List<String> group(List<String> lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean startsNew = current.length() > 0
                    && (LIST_ITEM.matcher(line).matches() || isHeading(lines.get(i - 1), line));
            if (startsNew) {
                out.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) current.append(' ');
            current.append(line);
        }
        if (current.length() > 0) out.add(current.toString());
        return out;
    }

    /** A short line with no closing punctuation, above a line that starts like a sentence. */
    private static boolean isHeading(String line, String next) {
        if (line.split(" ").length > 10) return false;
        char last = line.charAt(line.length() - 1);
        if (".,;:!?…\"”’')]".indexOf(last) >= 0) return false;
        char first = next.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || "\"“‘'—–-".indexOf(first) >= 0;
    }
}
