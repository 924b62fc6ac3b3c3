package dev.redcarpet.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.Source;
import dev.redcarpet.answer.TextRenderer;
import dev.redcarpet.corpus.CorpusLoad;
import dev.redcarpet.engine.Conversation;
import dev.redcarpet.engine.Engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a question file through an engine and scores it: each question's history is asked first in
 * the same conversation, then the question; the reply, each ranking stage and a plain-Lucene baseline
 * are scored, and every quote and card line is checked against the articles.
 */
public final class Evaluation {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The outcome of a run. */
    public record Report(Figures all, Map<String, Figures> byKind, Grounding grounding, List<Scorer.Item> items) {
    }

    private Evaluation() {
    }

    /** Reads a JSONL question file; a bad line is named in the message. */
    public static List<EvalQuestion> read(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("questions file not found: " + file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
        }
        List<EvalQuestion> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            JsonNode q;
            try {
                q = JSON.readTree(lines.get(i));
            } catch (IOException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": not valid JSON");
            }
            if (!q.isObject() || !q.path("question").isTextual()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected an object with a \"question\"");
            }
            out.add(new EvalQuestion(q.path("id").asText("line" + (i + 1)), q.path("question").asText(), q.path("kind").asText("?"),
                    strings(q.path("relevant")), strings(q.path("answer_terms")), strings(q.path("lead_terms")),
                    strings(q.path("wrong_terms")), strings(q.path("history"))));
        }
        return out;
    }

    public static Report run(Engine engine, CorpusLoad articles, List<EvalQuestion> questions) {
        Scorer scorer = new Scorer();
        Grounding grounding = new Grounding(articles);
        try (PlainLucene plain = new PlainLucene(articles)) {
            for (EvalQuestion q : questions) {
                Conversation context = Conversation.empty();
                for (String earlier : q.history()) context = engine.contextOf(engine.ask(earlier, context), context);
                Answer a = engine.ask(q.question(), context);
                String rendered = TextRenderer.render(a);
                grounding.check(q.id(), a, rendered);
                Engine.StageRanking stages = engine.stages(q.question(), context);
                List<String> ranked = a.sources().stream().map(Source::id).toList();
                scorer.add(q, new Reply(q.id(), ranked, rendered, a.answer(), a.abstained(), stages.firstStage(), stages.reranked(),
                        plain.rank(q.question())));
            }
        }
        return new Report(scorer.figures(null), scorer.byKind(), grounding, scorer.items());
    }

    /** Writes one JSON line per reply in the form score.py reads (id, ranked, answer, lead, abstained). */
    public static void writeRun(Report report, Path out) {
        StringBuilder b = new StringBuilder();
        for (Scorer.Item it : report.items()) {
            var o = JSON.createObjectNode();
            Reply r = it.reply();
            o.put("id", r.id());
            var ranked = o.putArray("ranked");
            r.ranked().forEach(ranked::add);
            o.put("answer", r.answer());
            o.put("lead", r.lead());
            o.put("abstained", r.abstained());
            // each stage's order beside the reply's, to see where an article was lost
            var first = o.putArray("first_stage");
            r.firstStage().forEach(first::add);
            var reranked = o.putArray("reranked");
            r.reranked().forEach(reranked::add);
            var plain = o.putArray("plain_lucene");
            r.plain().forEach(plain::add);
            try {
                b.append(JSON.writeValueAsString(o)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            Files.writeString(out, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array.isArray()) array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
