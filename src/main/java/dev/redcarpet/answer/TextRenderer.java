package dev.redcarpet.answer;

import java.util.List;

/** Renders an answer as plain text for the console and the CLI (Discord has its own embed renderer). */
public final class TextRenderer {
    private TextRenderer() {
    }

    public static String render(Answer a) {
        StringBuilder out = new StringBuilder(a.answer());
        if (a.note() != null) out.append("\n").append(a.note());
        if (a.quotes().stream().anyMatch(q -> !a.answer().contains(q.text()))) {
            out.append("\n\nQuotes:");
            for (CitedQuote q : a.quotes()) {
                if (a.answer().contains(q.text())) continue;   // already the short answer
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
                if (s.path() != null) out.append(" \u2014 ").append(s.path());
            }
        }
        return out.toString();
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
