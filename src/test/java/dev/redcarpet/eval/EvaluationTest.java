package dev.redcarpet.eval;

import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The eval package scores a run into a figures record: stages, leads, wrong terms and follow-ups. */
class EvaluationTest {
    @TempDir
    Path tmp;

    private Path data() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/answers/articles"))) {
            for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
        }
        return data;
    }

    private Evaluation.Report run(String questionsJsonl) throws IOException {
        Path data = data();
        Path qs = tmp.resolve("q.jsonl");
        Files.writeString(qs, questionsJsonl);
        var config = new ConfigLoader(Map.of()).load(Path.of("config")).withData(data).withIndex(tmp.resolve("index"));
        try (Engine engine = Engine.open(config)) {
            return Evaluation.run(engine, new CorpusReader(config.corpus().maxFileBytes()).load(data), Evaluation.read(qs));
        }
    }

    @Test
    void figuresCountRecallLeadsWrongTermsAndDeclines() throws IOException {
        Evaluation.Report r = run("""
                {"id":"a","question":"What did Mira Okafor wear to the 2024 Met Gala?","kind":"look","relevant":["2024-05-07-met-mira-okafor"],"answer_terms":["valentino","glass beads"],"lead_terms":["valentino"],"wrong_terms":["schiaparelli"]}
                {"id":"b","question":"Who styled Mira Okafor at the 2024 Golden Globes?","kind":"detail","relevant":["2024-01-08-globes-who-wore-what"],"answer_terms":["dana whitlock"],"lead_terms":["dana whitlock"]}
                {"id":"c","question":"What did Quentin Zorblax wear?","kind":"negative","relevant":[],"answer_terms":[],"wrong_terms":["okafor"]}
                """);
        Figures all = r.all();
        assertThat(all.questions()).isEqualTo(3);
        assertThat(all.answerable()).isEqualTo(2);
        assertThat(all.recall1()).isEqualTo(1.0);
        assertThat(all.leadTerms()).isEqualTo(1.0);
        assertThat(all.wrongReplies()).isZero();
        assertThat(all.negativesDeclined()).isEqualTo(1);
        assertThat(all.wronglyAbstained()).isZero();
        assertThat(all.plainRecall1()).isBetween(0.0, 1.0);
        assertThat(all.firstStageRecall1()).isEqualTo(1.0);
        assertThat(r.byKind()).containsKeys("look", "detail", "negative");
        assertThat(r.grounding().clean()).isTrue();
    }

    @Test
    void aLeadTermOutsideTheFirstSentenceIsAMiss() {
        EvalQuestion q = new EvalQuestion("x", "q", "look", List.of("d"), List.of("gold"), List.of("gold"), List.of("silver"), List.of());
        Scorer s = new Scorer();
        s.add(q, new Reply("x", List.of("d"), "She wore white. The cape was gold.", "She wore white. The cape was gold.", false,
                List.of("d"), List.of("d"), List.of()));
        assertThat(s.figures(null).leadTerms()).isZero();
        assertThat(s.figures(null).answerTerms()).isEqualTo(1.0);
        s.add(new EvalQuestion("y", "q", "look", List.of("d"), List.of(), List.of(), List.of("silver"), List.of()),
                new Reply("y", List.of("e"), "A silver dress.", "A silver dress.", false, List.of(), List.of(), List.of("d")));
        assertThat(s.figures(null).wrongReplies()).isEqualTo(0.5);
        assertThat(s.figures(null).plainRecall1()).isEqualTo(0.5);
    }

    @Test
    void aFollowUpIsAskedAfterItsHistory() throws IOException {
        Evaluation.Report r = run("""
                {"id":"f","question":"Who styled her?","kind":"conversation","relevant":["2024-05-07-met-mira-okafor"],"answer_terms":["dana whitlock"],"history":["What did Mira Okafor wear to the 2024 Met Gala?"]}
                """);
        assertThat(r.all().recall1()).isEqualTo(1.0);
        assertThat(r.all().answerTerms()).isEqualTo(1.0);
    }

    @Test
    void aBadQuestionLineIsNamed() throws IOException {
        Path qs = tmp.resolve("bad.jsonl");
        Files.writeString(qs, "{\"question\":\"ok\"}\n{not json\n");
        assertThatThrownBy(() -> Evaluation.read(qs)).hasMessageContaining("line 2").hasMessageContaining("not valid JSON");
    }
}
