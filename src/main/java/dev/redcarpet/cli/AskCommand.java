package dev.redcarpet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.TextRenderer;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.index.CorpusIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Answers one question, or a file of questions, and exits. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer a question and exit. With --batch, answer one question per line (or JSONL objects with id and question).")
public final class AskCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question (several words are joined).")
    String[] words;

    @Option(names = "--json", description = "Print the answer as one JSON object.")
    boolean json;

    @Option(names = "--batch", paramLabel = "FILE", description = "Read questions from FILE (- for standard input); writes one JSON object per line.")
    String batch;

    @Override
    public Integer call() throws Exception {
        if (batch == null && (words == null || words.length == 0)) {
            throw new Main.UserError("give a question, e.g. ask \"what did Zendaya wear to the Met Gala?\", or --batch FILE");
        }
        BufferedReader batchIn = batch == null ? null : open(batch);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Engine engine = Engine.open(options.load(), Engine.Options.defaults().withAccess(CorpusIndex.Access.SHARED))) {
            if (engine.readOnly()) System.err.println("note: " + engine.indexNote());
            if (batchIn == null) {
                Answer a = engine.ask(String.join(" ", words));
                out.println(json ? AnswerJson.JSON.writeValueAsString(AnswerJson.of(null, a)) : Terminal.safe(TextRenderer.render(a)));
                return 0;
            }
            int n = 0;
            String line;
            while ((line = batchIn.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                String id = null;
                String question = line;
                if (line.stripLeading().startsWith("{")) {
                    try {
                        JsonNode node = AnswerJson.JSON.readTree(line);
                        id = node.hasNonNull("id") ? node.get("id").asText() : null;
                        question = node.path("question").asText("");
                    } catch (IOException e) {
                        System.err.println("line " + n + ": not valid JSON, skipped");
                        continue;
                    }
                }
                out.println(AnswerJson.JSON.writeValueAsString(AnswerJson.of(id == null ? String.valueOf(n) : id, engine.ask(question))));
            }
        } finally {
            if (batchIn != null) batchIn.close();
        }
        return 0;
    }

    private static BufferedReader open(String file) {
        if (file.equals("-")) return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Path p = Path.of(file);
        if (!Files.exists(p)) throw new Main.UserError("batch file not found: " + file);
        if (!Files.isRegularFile(p)) {
            throw new Main.UserError("batch file " + file + " is not a regular file (a device, pipe or folder); give a file of questions, or - for standard input");
        }
        try {
            return Files.newBufferedReader(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Main.UserError("cannot read batch file " + file + " (" + e.getMessage() + ")");
        }
    }
}
