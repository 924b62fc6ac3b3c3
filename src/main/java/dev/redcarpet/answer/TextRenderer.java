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

    public static String render(Answer a) {
        String shortAnswer = shortAnswer(a);
        StringBuilder out = new StringBuilder(shortAnswer);
        if (a.others() != null && !a.others().editions().isEmpty()) out.append("\n").append(Wording.others(a.others()));
        if (a.abstained()) return out.toString();
        String shown = Wording.plain(shortAnswer);
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
        if (!a.sources().isEmpty()) {
            out.append("\n\nSources:");
            for (int i = 0; i < a.sources().size(); i++) {
                Source s = a.sources().get(i);
                out.append("\n[").append(i + 1).append("] ").append(clip(s.title(), 60));
                if (s.date() != null) out.append(" \u2014 ").append(s.date());
                // the file only where the article has no title of its own to know it by
                if (s.path() != null && (s.title() == null || s.title().isBlank())) out.append(" \u2014 ").append(s.path());
                // a web article: its address, so the reader can open it
                if (s.url() != null && (s.url().startsWith("https://") || s.url().startsWith("http://"))) out.append(" \u2014 ").append(s.url());
            }
        }
        return out.toString();
    }

    /** Both sides of a comparison: one first sentence holding each side's lead, then each side's support. */
    private static String bothSides(List<Answer> sides) {
        String[] first = split(shortAnswer(sides.get(0)));
        String[] second = split(shortAnswer(sides.get(1)));
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
