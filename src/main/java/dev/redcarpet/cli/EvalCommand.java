package dev.redcarpet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.Source;
import dev.redcarpet.answer.TextRenderer;
import dev.redcarpet.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** Measures answer quality over a question file in the dev-set format, overall and per question kind. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score answers to a JSONL question file (id, question, kind, relevant, answer_terms).")
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--questions", required = true, paramLabel = "FILE", description = "Questions, one JSON object per line.")
    Path questions;

    @Option(names = "--run", paramLabel = "OUT", description = "Write each reply (id, ranked, answer, abstained) as JSONL.")
    Path run;

    @Option(names = {"-v", "--verbose"}, description = "List questions that missed a term or ranked their source below 3.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(questions)) throw new Main.UserError("questions file not found: " + questions);
        List<JsonNode> qs = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(questions, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) continue;
            try {
                qs.add(AnswerJson.JSON.readTree(line));
            } catch (IOException e) {
                throw new Main.UserError(questions + " line " + n + ": not valid JSON");
            }
        }
        EvalScore score = new EvalScore();
        dev.redcarpet.config.Config config = options.load();
        Grounding grounding = new Grounding(new dev.redcarpet.corpus.CorpusReader(config.corpus().maxFileBytes()).load(config.data()));
        try (Engine engine = Engine.open(config, Engine.Options.defaults().withAccess(dev.redcarpet.index.CorpusIndex.Access.SHARED));
             BufferedWriter out = run == null ? null : Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
            for (JsonNode q : qs) {
                Answer a = engine.ask(q.path("question").asText(""));
                String rendered = TextRenderer.render(a);
                grounding.check(q.path("id").asText(), a, rendered);
                List<String> ranked = a.sources().stream().map(Source::id).toList();
                score.add(new EvalScore.Item(q.path("id").asText(), q.path("kind").asText("?"), strings(q.path("relevant")),
                        strings(q.path("answer_terms")), ranked, rendered, a.abstained()));
                if (out != null) {
                    ObjectNode o = AnswerJson.JSON.createObjectNode();
                    o.put("id", q.path("id").asText());
                    ArrayNode r = o.putArray("ranked");
                    ranked.forEach(r::add);
                    o.put("answer", rendered);
                    o.put("abstained", a.abstained());
                    out.write(AnswerJson.JSON.writeValueAsString(o));
                    out.newLine();
                }
            }
        }
        System.out.println("all: " + score.figures(null).line());
        for (String kind : new TreeSet<>(score.items().stream().map(EvalScore.Item::kind).toList())) {
            System.out.println(kind + ": " + score.figures(kind).line());
        }
        System.out.println(grounding.summary());
        grounding.problems().forEach(p -> System.out.println("  ungrounded: " + p));
        if (verbose) {
            for (EvalScore.Item it : score.items()) {
                List<String> miss = EvalScore.missing(it);
                boolean neg = it.relevant().isEmpty();
                if (neg ? !it.abstained() : (!miss.isEmpty() || it.ranked().stream().limit(3).map(EvalScore::stem)
                        .noneMatch(id -> it.relevant().stream().map(EvalScore::stem).toList().contains(id)))) {
                    System.out.println(it.id() + " [" + it.kind() + "] missing=" + miss + " ranked=" + it.ranked().stream().limit(3).toList()
                            + (neg ? " NOT DECLINED" : ""));
                }
            }
        }
        return 0;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
