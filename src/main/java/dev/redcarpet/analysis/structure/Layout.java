package dev.redcarpet.analysis.structure;

import dev.redcarpet.analysis.Ascii;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells an article's pieces apart line by line: the headline (the title, else the first heading-like
 * line before any body text), a standfirst, bylines, captions and credits, section headings (short
 * lines without closing punctuation that stand over more text), list items and body paragraphs.
 * Page furniture was already removed when the article was read; what is left of it here (a credit,
 * a byline) is marked so it is never taken as a sentence or a title.
 */
public final class Layout {
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*•–]|\\d{1,2}[.)])\\s+");
    private static final Pattern MD_HEADING = Pattern.compile("^\\s*#{1,6}\\s+");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by|words by|written by|story by|text by)\\s+\\p{Lu}.{0,80}$");
    /** A caption opens on a photo word, or ends on a picture agency (see {@link #isCaption}). */
    private static final Pattern CAPTION_OPENING = Pattern.compile(
            "(?i)(?:photo(?:graph)?s?|images?|pictured|credits?|courtesy)\\b(?:\\s+(?:caption|credits?))?\\s*(?::|by\\b|of\\b)");
    private static final Pattern CAPTION_AGENCY = Pattern.compile(
            "(?i)\\b(?:Getty Images|Shutterstock|WireImage|FilmMagic|Invision/AP|AP Photo|Reuters|AFP|Backgrid|REX)\\b\\s*\\)?$");
    /** The longest agency name: an agency match starts at most this far before the line's closing spaces and bracket. */
    private static final int LONGEST_AGENCY = "Shutterstock".length();
    private static final Pattern CLOSED = Pattern.compile("[.!?…:;,\"”'’)\\]]$");
    /** Longest line (in words) read as a heading. */
    static final int HEADING_WORDS = 12;

    private Layout() {
    }

    /** The pieces of an article in reading order. */
    public static List<Block> of(String title, String text) {
        List<Block> out = new ArrayList<>();
        boolean hasTitle = title != null && !title.isBlank();
        if (hasTitle) out.add(new Block(Part.HEADLINE, -1, title.strip()));
        List<String> paragraphs = Passages.paragraphs(text == null ? "" : text);
        boolean bodySeen = false;
        boolean headlineSet = hasTitle;
        boolean standfirstOpen = true;
        for (int p = 0; p < paragraphs.size(); p++) {
            String[] lines = paragraphs.get(p).split("\n");
            boolean list = isList(lines);
            for (int l = 0; l < lines.length; l++) {
                String line = lines[l].strip();
                if (line.isEmpty()) continue;
                if (hasTitle && !bodySeen && sameWords(line, title)) continue; // the title repeated atop the text
                boolean lastParagraph = p == paragraphs.size() - 1;
                boolean moreBelow = l < lines.length - 1 || !lastParagraph;
                Part part = list && words(line) > 1 ? Part.LIST_ITEM : classify(line, moreBelow);
                String shown = line;
                Matcher m = LIST_MARK.matcher(line);
                if (part == Part.LIST_ITEM && m.find()) shown = line.substring(m.end());
                Matcher h = MD_HEADING.matcher(line);
                if (h.find()) shown = line.substring(h.end());
                if (part == Part.HEADING && !headlineSet && !bodySeen && words(shown) >= 3) {
                    part = Part.HEADLINE;
                    headlineSet = true;
                } else if (part == Part.BODY && !bodySeen && headlineSet && standfirstOpen && lines.length == 1
                        && shown.length() <= 220 && !lastParagraph) {
                    part = Part.STANDFIRST;
                }
                if (part == Part.BODY || part == Part.LIST_ITEM) bodySeen = true;
                if (part != Part.HEADLINE && part != Part.BYLINE && part != Part.CAPTION) standfirstOpen = false;
                if (part == Part.STANDFIRST) bodySeen = true;
                out.add(new Block(part, p, shown));
            }
        }
        return listRuns(out);
    }

    /** Three or more headings in a row with nothing under them: a list (its first line may head it). */
    private static List<Block> listRuns(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        int i = 0;
        while (i < out.size()) {
            int j = i;
            while (j < out.size() && out.get(j).part() == Part.HEADING) j++;
            if (j - i >= 3) {
                for (int k = i + 1; k < j; k++) out.set(k, new Block(Part.LIST_ITEM, out.get(k).paragraph(), out.get(k).text()));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /** Two or more short lines none of which closes like a sentence: a list whose markers were stripped. */
    private static boolean isList(String[] lines) {
        int items = 0;
        for (String l : lines) {
            String t = l.strip();
            if (t.isEmpty()) continue;
            if (words(t) > HEADING_WORDS || CLOSED.matcher(t).find() || MD_HEADING.matcher(t).find()) return false;
            items++;
        }
        return items >= 2 && lines.length == items && Arrays.stream(lines).allMatch(l -> words(l) > 1);
    }

    static Part classify(String line, boolean moreBelow) {
        if (MD_HEADING.matcher(line).find()) return Part.HEADING;
        if (LIST_MARK.matcher(line).find()) return Part.LIST_ITEM;
        int words = words(line);
        if (words <= 10 && BYLINE.matcher(line).matches()) return Part.BYLINE;
        if (words <= 40 && isCaption(line)) return Part.CAPTION;
        if (moreBelow && words <= HEADING_WORDS && !CLOSED.matcher(line).find()) return Part.HEADING;
        return Part.BODY;
    }

    /**
     * A photo word opening the line or an agency name closing it. The agency is searched for only in the line's last
     * characters: searching the whole line tried every agency name at every word of a paragraph.
     */
    static boolean isCaption(String line) {
        if (CAPTION_OPENING.matcher(line).lookingAt()) return true;
        // after the name come only spaces, a bracket and a final line break: step back over those to where the name ends
        int end = line.length();
        while (end > 0 && closesCaption(line.charAt(end - 1))) end--;
        Matcher m = CAPTION_AGENCY.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
        m.region(Math.max(0, end - LONGEST_AGENCY), line.length());
        return m.find();
    }

    private static boolean closesCaption(char c) {
        return c == ')' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The headline, else the first whole sentence of prose; null for an article without either. */
    public static String title(List<Block> blocks) {
        for (Block b : blocks) if (b.part() == Part.HEADLINE) return b.text();
        for (Block b : blocks) {
            if (!b.part().prose()) continue;
            List<Sentence> s = SentenceSplitter.split(b.paragraph(), b.text());
            if (!s.isEmpty()) return s.get(0).text();
        }
        return null;
    }

    /** True when a sentence ends as sentences do (closing punctuation or quote), not cut off mid-word. */
    public static boolean complete(String sentence) {
        return CLOSED.matcher(sentence.strip()).find() && !sentence.strip().endsWith(",");
    }

    /** The same words, or the title's words run over several lines of the text. */
    private static boolean sameWords(String line, String title) {
        String a = line.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
        String b = title.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
        return !a.isEmpty() && (a.equals(b) || (a.length() >= 12 && b.startsWith(a)) || (b.length() >= 12 && a.startsWith(b)));
    }

    /** How many pieces split("\\s+") cuts the stripped text into, counted without a regex: one more than its space runs. */
    static int words(String s) {
        String t = s.strip();
        if (t.isEmpty()) return 0;
        int words = 1;
        for (int i = 1; i < t.length(); i++) {
            if (Ascii.isRegexSpace(t.charAt(i)) && !Ascii.isRegexSpace(t.charAt(i - 1))) words++;
        }
        return words;
    }
}
