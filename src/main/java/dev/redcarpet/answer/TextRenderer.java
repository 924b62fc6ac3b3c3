package dev.redcarpet.answer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders an answer as plain text for the console, the CLI and {@code ask --json} (Discord has its own
 * embed renderer). The short answer opens with the lead, in {@link Wording}'s words.
 */
public final class TextRenderer {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'\u201d\u2019)]?\\s+(?=[A-Z\"\u201c'(\\[*])");
    /**
     * The most characters one rendered reply holds, whatever its shape (a list, both sides of a comparison, an
     * overview): under a Discord embed description (4,096). Each part has its own share, so the sum stays under it.
     */
    public static final int MAX_REPLY = 4000;
    /** The short answer's share: the lead, its sentences, a list's lines or both sides. */
    static final int SHORT_CHARS = 1600;
    private static final int OTHERS_CHARS = 300;
    private static final int SOURCES_CHARS = 1400;
    private static final int TITLE_CHARS = 60;
    private static final int ADDRESS_CHARS = 400;

    private TextRenderer() {
    }

    /** The short answer: the lead first, then the supporting sentences (or the decline, the list, both sides). */
    public static String shortAnswer(Answer a) {
        Decline d = a.decline();
        if (d != null) {
            String line = Wording.decline(d);
            if (d.evidence() != null && d.evidence().sourceId() != null) line += refs(a, List.of(d.evidence().sourceId()));
            if (a.facts() != null) return Wording.edition(a.facts()) + " " + line;
            return line;
        }
        if (!a.sides().isEmpty()) return bothSides(a.sides());
        StringBuilder out = new StringBuilder();
        if (a.lead() instanceof Lead.EventOverview && a.facts() != null) {
            out.append(Wording.edition(a.facts()));
        } else if (a.facts() != null) {
            String bg = Wording.background(a.facts(), true);
            if (bg != null) out.append(bg);
        }
        if (a.lead() != null) out.append(out.isEmpty() ? "" : " ").append(Wording.lead(a.lead()));
        for (ListItem item : a.items()) {
            out.append("\n\u2022 ").append(item.label());
            if (!item.values().isEmpty()) out.append(" \u2014 ").append(Wording.values(item));
            out.append(refs(a, item.sourceIds()));
        }
        String said = a.lead() instanceof Lead.Said s ? Wording.plain(unclipped(s.quote().text())) : null;
        for (Cited c : a.support()) {
            // no quote printed twice: a sentence around the quote that opens the answer is left out
            if (said != null && Wording.plain(c.text()).contains(said)) continue;
            if (!out.isEmpty()) out.append(' ');
            out.append(c.text());
        }
        return out.toString();
    }

    /** The whole reply: short answer, other editions, quotes, look cards and sources; never over {@link #MAX_REPLY} characters. */
    public static String render(Answer a) {
        // the short answer within its share (a renderer that pages, like Discord's, may show it whole)
        String shortAnswer = fit(shortAnswer(a), SHORT_CHARS);
        StringBuilder out = new StringBuilder(shortAnswer);
        if (a.others() != null && !a.others().editions().isEmpty()) out.append("\n").append(clip(Wording.others(a.others()), OTHERS_CHARS));
        if (a.abstained()) return out.toString();
        String sources = fitLines(sources(a), SOURCES_CHARS);
        // quotes and cards share what the short answer and the sources leave: quotes up to half, cards the rest
        int left = MAX_REPLY - out.length() - sources.length();
        String quotes = fitLines(quotes(a, Wording.plain(shortAnswer)), left / 2);
        String cards = fitLines(cards(a), left - quotes.length());
        return out.append(quotes).append(cards).append(sources).toString();
    }

    private static String quotes(Answer a, String shown) {
        StringBuilder out = new StringBuilder();
        if (a.quotes().stream().anyMatch(q -> !shown.contains(Wording.plain(unclipped(q.text()))))) {
            out.append("\n\nQuotes:");
            for (CitedQuote q : a.quotes()) {
                if (shown.contains(Wording.plain(unclipped(q.text())))) continue;   // already in the short answer: no quote printed twice
                out.append("\n> \u201C").append(q.text()).append("\u201D");
                out.append(" \u2014 ").append(q.speaker() == null ? "unattributed" : q.speaker());
                int n = a.sourceNumber(q.sourceId());
                if (n > 0) out.append(" [").append(n).append(']');
            }
        }
        return out.toString();
    }

    private static String cards(Answer a) {
        StringBuilder out = new StringBuilder();
        for (LookCard card : a.looks()) {
            out.append("\n\nLook: ").append(card.person());
            if (card.edition() != null) out.append(" \u2014 ").append(card.edition());
            for (String kind : LookCards.KINDS) {
                List<CardLine> lines = card.lines().stream().filter(l -> l.kind().equals(kind)).toList();
                if (lines.isEmpty()) continue;
                out.append("\n  ").append(kind).append(": ");
                for (int i = 0; i < lines.size(); i++) {
                    if (i > 0) out.append(", ");
                    out.append(lines.get(i).value()).append(refs(a, lines.get(i).sourceIds()));
                }
                if (lines.stream().anyMatch(CardLine::conflict)) out.append(" (sources disagree)");
            }
        }
        return out.toString();
    }

    private static String sources(Answer a) {
        StringBuilder out = new StringBuilder();
        if (!a.sources().isEmpty()) {
            out.append("\n\nSources:");
            for (int i = 0; i < a.sources().size(); i++) {
                Source s = a.sources().get(i);
                out.append("\n[").append(i + 1).append("] ").append(clip(s.title(), TITLE_CHARS));
                if (s.date() != null) out.append(" \u2014 ").append(s.date());
                // the file only where the article has no title of its own to know it by
                if (s.path() != null && (s.title() == null || s.title().isBlank())) out.append(" \u2014 ").append(clip(s.path(), ADDRESS_CHARS));
                // a web article: its address, so the reader can open it (an address too long to show whole is left out: cut, it opens nothing)
                if (s.url() != null && (s.url().startsWith("https://") || s.url().startsWith("http://")) && s.url().length() <= ADDRESS_CHARS) {
                    out.append(" \u2014 ").append(s.url());
                }
            }
        }
        return out.toString();
    }

    /** Both sides of a comparison: one first sentence holding each side's lead, then each side's support. */
    private static String bothSides(List<Answer> sides) {
        // each side within half the short answer's share, so the second is never crowded out by the first
        String[] first = split(fit(shortAnswer(sides.get(0)), SHORT_CHARS / 2));
        String[] second = split(fit(shortAnswer(sides.get(1)), SHORT_CHARS / 2));
        StringBuilder text = new StringBuilder(first[0].replaceAll("[.!?]+$", "")).append("; ").append(second[0]);
        if (!first[1].isBlank()) text.append("\n").append(first[1]);
        if (!second[1].isBlank()) text.append("\n").append(second[1]);
        return text.toString();
    }

    /** The first sentence and the rest. */
    private static String[] split(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return new String[]{"(nothing found)", ""};
        Matcher m = SENTENCE_END.matcher(t);
        if (!m.find()) return new String[]{t, ""};
        return new String[]{t.substring(0, m.start()), t.substring(m.end())};
    }

    /**
     * A text within max characters: whole lines while they fit, then whole sentences of the line that does not,
     * then words; what is left out is marked with an ellipsis.
     */
    static String fit(String text, int max) {
        if (text == null || text.length() <= max) return text;
        int room = max - 1;
        int line = text.lastIndexOf('\n', room);
        int sentence = -1;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find() && m.start() <= room) sentence = m.start();
        int cut = Math.max(line, sentence);
        if (cut > max / 2) return text.substring(0, cut).stripTrailing() + "\u2026";
        return clip(text, max);
    }

    /** A block of lines ("Quotes:", "Look:", "Sources:") within max characters: whole lines while they fit, or nothing. */
    static String fitLines(String block, int max) {
        if (block.length() <= max) return block;
        String more = "\n\u2026";
        int cut = block.lastIndexOf('\n', max - more.length());
        String kept = cut <= 0 ? "" : block.substring(0, cut).stripTrailing();
        // a heading with nothing under it says nothing
        return kept.lines().filter(l -> !l.isBlank()).count() < 2 ? "" : kept + more;
    }

    static String unclipped(String quote) {
        return quote.endsWith("\u2026") ? quote.substring(0, quote.length() - 1) : quote;
    }

    /** Cuts at a word boundary with an ellipsis. */
    static String clip(String text, int max) {
        if (text == null || text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
    }

    private static String refs(Answer a, List<String> ids) {
        StringBuilder b = new StringBuilder();
        for (String id : ids) {
            int n = a.sourceNumber(id);
            if (n > 0) b.append(" [").append(n).append(']');
        }
        return b.toString();
    }
}
