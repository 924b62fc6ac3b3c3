package dev.redcarpet.cli;

import dev.redcarpet.config.Config;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.eval.EvalQuestion;
import dev.redcarpet.eval.Evaluation;
import dev.redcarpet.eval.Figures;
import dev.redcarpet.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** Measures answer quality over a question file in the dev-set format, overall and per question kind. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score answers to a JSONL question file (id, question, kind, relevant, answer_terms, lead_terms, wrong_terms, history).")
public final class EvalCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Option(names = "--questions", required = true, paramLabel = "FILE", description = "Questions, one JSON object per line.")
    Path questions;

    @Option(names = "--run", paramLabel = "OUT", description = "Write each reply (id, ranked, answer, lead, abstained) as JSONL.")
    Path run;

    @Option(names = {"-v", "--verbose"}, description = "List questions that missed a term, a lead term, or showed a wrong one.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        List<EvalQuestion> qs;
        try {
            qs = Evaluation.read(questions);
        } catch (IllegalArgumentException e) {
            throw new Main.UserError(e.getMessage());
        }
        Config config = options.load();
        Evaluation.Report report;
        try (Engine engine = Engine.open(config, Engine.Options.defaults().withAccess(dev.redcarpet.index.CorpusIndex.Access.SHARED))) {
            report = Evaluation.run(engine, new CorpusReader(config.corpus().maxFileBytes(), config.corpus().followLinksInside()).load(config.data()), qs);
        }
        if (run != null) Evaluation.writeRun(report, run);
        System.out.println("all: " + report.all().line());
        System.out.println(report.all().stagesLine());
        for (Map.Entry<String, Figures> e : report.byKind().entrySet()) System.out.println(e.getKey() + ": " + e.getValue().line());
        System.out.println(report.grounding().summary());
        report.grounding().problems().forEach(p -> System.out.println("  ungrounded: " + p));
        if (verbose) {
            for (Scorer.Item it : report.items()) {
                var q = it.question();
                var r = it.reply();
                List<String> miss = Scorer.missing(q, r);
                List<String> lead = Scorer.leadMissing(q, r);
                List<String> wrong = Scorer.wrongTermsIn(q, r);
                boolean neg = q.relevant().isEmpty();
                if ((neg && !r.abstained()) || !miss.isEmpty() || !lead.isEmpty() || !wrong.isEmpty()) {
                    System.out.println(q.id() + " [" + q.kind() + "]" + (neg && !r.abstained() ? " NOT DECLINED" : "")
                            + (miss.isEmpty() ? "" : " missing=" + miss) + (lead.isEmpty() ? "" : " lead lacks " + lead)
                            + (wrong.isEmpty() ? "" : " wrong=" + wrong) + " ranked=" + r.ranked().stream().limit(3).toList());
                }
            }
        }
        return 0;
    }
}
