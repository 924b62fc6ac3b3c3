package dev.redcarpet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.CardLine;
import dev.redcarpet.answer.CitedQuote;
import dev.redcarpet.answer.LookCard;
import dev.redcarpet.answer.Source;
import dev.redcarpet.answer.TextRenderer;

/** The stable JSON form of an answer printed by {@code ask --json} and {@code ask --batch}. */
public final class AnswerJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {
    }

    public static ObjectNode of(String id, Answer a) {
        ObjectNode o = JSON.createObjectNode();
        if (id != null) o.put("id", id);
        o.put("question", a.question());
        o.put("abstained", a.abstained());
        o.put("answer", TextRenderer.shortAnswer(a));
        o.put("kind", kind(a));
        if (a.decline() != null) {
            ObjectNode d = o.putObject("decline").put("reason", a.decline().reason().name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode known = d.putArray("known");
            a.decline().known().forEach(known::add);
        }
        ArrayNode quotes = o.putArray("quotes");
        for (CitedQuote q : a.quotes()) {
            quotes.addObject().put("text", q.text()).put("speaker", q.speaker()).put("sourceId", q.sourceId());
        }
        ArrayNode looks = o.putArray("looks");
        for (LookCard c : a.looks()) {
            ObjectNode card = looks.addObject().put("person", c.person()).put("edition", c.edition());
            ArrayNode fields = card.putArray("fields");
            for (CardLine l : c.lines()) {
                ObjectNode f = fields.addObject().put("kind", l.kind()).put("value", l.value()).put("evidence", l.evidence()).put("conflict", l.conflict());
                ArrayNode ids = f.putArray("sourceIds");
                l.sourceIds().forEach(ids::add);
            }
        }
        ArrayNode sources = o.putArray("sources");
        for (Source s : a.sources()) {
            sources.addObject().put("id", s.id()).put("title", s.title()).put("date", s.date() == null ? null : s.date().toString())
                    .put("url", s.url()).put("path", s.path());
        }
        o.put("rendered", inertMentions(TextRenderer.render(a)));
        return o;
    }

    /** What the answer is, as data: "declined", "comparison", or the kind of its lead ("wore", "verdict", "said"…), else "sentences". */
    static String kind(Answer a) {
        if (a.decline() != null) return a.decline().abstains() ? "declined" : "only_mentioned";
        if (!a.sides().isEmpty()) return "comparison";
        if (a.lead() == null) return "sentences";
        return a.lead().getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The text with Discord mentions made inert (a zero-width space after the @), so pasting or relaying
     * the rendered answer never pings @everyone, @here, a user, a role or a channel.
     */
    static String inertMentions(String s) {
        if (s == null) return null;
        return s.replaceAll("@(everyone|here)\\b", "@\u200b$1").replaceAll("<([@#])", "<$1\u200b");
    }
}
