package dev.redcarpet.analysis.structure;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article's text into passages: one per paragraph, and long paragraphs into windows of
 * whole sentences, so a match points at a few sentences rather than a whole page.
 */
public final class Passages {
    /** Compiled once: String.split compiles its regex on every call. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");
    static final int MAX_CHARS = 900;

    private Passages() {
    }

    public static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : PARAGRAPH_BREAK.split(text)) {
            String s = p.strip();
            if (!s.isEmpty()) out.add(s);
        }
        return out;
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
