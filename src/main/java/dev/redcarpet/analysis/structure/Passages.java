package dev.redcarpet.analysis.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article's text into passages: one per paragraph, and long paragraphs into windows of
 * whole sentences, so a match points at a few sentences rather than a whole page.
 */
public final class Passages {
    static final int MAX_CHARS = 900;

    private Passages() {
    }

    /** The non-blank paragraphs between blank lines ({@code \n\s*\n}), stripped. */
    public static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        int[] at = new int[1];
        int from = 0;
        for (int end = ParagraphBreaks.blankLine(text, 0, at); end >= 0; end = ParagraphBreaks.blankLine(text, from, at)) {
            add(text.substring(from, at[0]), out);
            from = end;
        }
        add(text.substring(from), out);
        return out;
    }

    private static void add(String paragraph, List<String> out) {
        String s = paragraph.strip();
        if (!s.isEmpty()) out.add(s);
    }

    public static List<Passage> of(String text) {
        List<Passage> out = new ArrayList<>();
        List<String> paragraphs = paragraphs(text);
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            String paragraph = paragraphs.get(pi);
            if (paragraph.length() <= MAX_CHARS) {
                out.add(new Passage(out.size(), paragraph, pi, List.of(), 0));
                continue;
            }
            StringBuilder window = new StringBuilder();
            for (Sentence s : SentenceSplitter.split(0, paragraph)) {
                if (window.length() > 0 && window.length() + s.text().length() > MAX_CHARS) {
                    out.add(new Passage(out.size(), window.toString(), pi, List.of(), 0));
                    window.setLength(0);
                }
                if (window.length() > 0) window.append(' ');
                window.append(s.text());
            }
            if (window.length() > 0) out.add(new Passage(out.size(), window.toString(), pi, List.of(), 0));
        }
        return out;
    }
}
