package dev.redcarpet.cli;

import dev.redcarpet.engine.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's own eval set runs in CI with floors, so a regression in answer quality fails the build. */
class EvalFixtureTest {
    @TempDir
    Path tmp;

    @Test
    void ownEvalSetStaysAboveItsFloors() {
        Path data = Fixtures.copyCorpus(tmp);
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("eval", "--questions", "src/test/resources/fixtures/questions.jsonl", "--data", data.toString(),
                    "--index", tmp.resolve("i").toString(), "--run", tmp.resolve("run.jsonl").toString());
        } finally {
            System.setOut(old);
        }
        assertThat(code).isZero();
        String all = buf.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("all:")).findFirst().orElseThrow();
        assertThat(figure(all, "recall@1")).isGreaterThanOrEqualTo(0.85);
        assertThat(figure(all, "answer_terms")).isGreaterThanOrEqualTo(0.85);
        assertThat(all).contains("negatives_declined=3/3").contains("wrongly_abstained=0");
        assertThat(figure(all, "median_reply_chars")).isLessThanOrEqualTo(1200);
        String grounding = buf.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("grounding:")).findFirst().orElseThrow();
        Matcher q = Pattern.compile("quotes verbatim (\\d+)/(\\d+), look lines sourced (\\d+)/(\\d+), longest reply (\\d+)").matcher(grounding);
        assertThat(q.find()).isTrue();
        assertThat(q.group(1)).as("every quote verbatim").isEqualTo(q.group(2));
        assertThat(Integer.parseInt(q.group(2))).as("the run shows quotes").isPositive();
        assertThat(q.group(3)).as("every look line sourced").isEqualTo(q.group(4));
        assertThat(Integer.parseInt(q.group(4))).as("the run shows look cards").isPositive();
        assertThat(Integer.parseInt(q.group(5))).isLessThanOrEqualTo(4096);
        assertThat(buf.toString(StandardCharsets.UTF_8)).doesNotContain("ungrounded:");
    }

    private static double figure(String line, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "=([0-9.]+)").matcher(line);
        assertThat(m.find()).as(name).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
