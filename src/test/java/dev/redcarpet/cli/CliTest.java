package dev.redcarpet.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redcarpet.engine.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path tmp;
    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    @Test
    void askJsonPrintsTheStableSchema() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        int code = Main.run("ask", "--json", "--data", data.toString(), "--index", tmp.resolve("i").toString(),
                "Why were Kim Kardashian's Met Gala shoes heelless?");
        assertThat(code).isZero();
        JsonNode o = new ObjectMapper().readTree(streams.out());
        assertThat(o.get("abstained").asBoolean()).isFalse();
        assertThat(o.get("question").asText()).contains("heelless");
        assertThat(o.get("sources").get(0).get("date").asText()).isEqualTo("2024-05-08");
        assertThat(o.get("sources").get(0).get("path").asText()).endsWith("2024-05-08-kim-kardashian-met-gala-shoes.txt");
        assertThat(o.get("quotes").isArray()).isTrue();
        assertThat(o.get("looks").isArray()).isTrue();
        assertThat(o.get("rendered").asText()).contains("Sources:");
    }

    @Test
    void batchKeepsIdsAndAnswersEveryLine() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Path batch = tmp.resolve("q.jsonl");
        Files.writeString(batch, "{\"id\":\"a1\",\"question\":\"what did nova reyes wear to the 2025 met\"}\nwhat did lila park wear at cannes\n\n");
        assertThat(Main.run("ask", "--batch", batch.toString(), "--data", data.toString(), "--index", tmp.resolve("i").toString())).isZero();
        String[] lines = streams.out().strip().split("\n");
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(lines[0]).get("id").asText()).isEqualTo("a1");
        assertThat(json.readTree(lines[1]).get("answer").asText()).containsIgnoringCase("cape");
    }

    @Test
    void missingDataDirIsOneLineNamingIt() {
        int code = Main.run("ask", "--data", tmp.resolve("nowhere").toString(), "--index", tmp.resolve("i").toString(), "hi");
        assertThat(code).isEqualTo(2);
        assertThat(streams.err().strip()).startsWith("error:").contains("nowhere").doesNotContain("\tat ");
        assertThat(streams.err().strip().lines()).hasSize(1);
    }

    @Test
    void badConfigIsOneLineNamingTheKey() throws IOException {
        Path cfg = tmp.resolve("cfg");
        Files.createDirectories(cfg);
        Files.writeString(cfg.resolve("redcarpet.yaml"), "index: var/x\ncorpus:\n  maxFileBytes: -4\n");
        assertThat(Main.run("index", "--config", cfg.toString())).isEqualTo(2);
        assertThat(streams.err()).contains("'corpus.maxFileBytes'").doesNotContain("\tat ");
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[]{"run", "console", "ask", "index", "inspect", "eval"}) {
            streams.reset();
            assertThat(Main.run(cmd, "--help")).isZero();
            assertThat(streams.out()).contains("Usage:").contains(cmd);
        }
    }

    @Test
    void inspectShowsWhatWasUnderstoodOfTheSeed() {
        assertThat(Main.run("inspect", "data/articles/2024-05-08-kim-kardashian-met-gala-shoes.txt")).isZero();
        assertThat(streams.out()).contains("date:    2024-05-08").contains("2024 Met Gala").contains("Kim Kardashian")
                .contains("Maison Margiela");
    }

    @Test
    void indexPrintsASummaryWithSkippedFiles() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Files.write(data.resolve("noise.json"), new byte[]{0, 1, 2, 3});
        assertThat(Main.run("index", "--data", data.toString(), "--index", tmp.resolve("i").toString())).isZero();
        assertThat(streams.out()).contains("6 articles loaded").contains("skipped noise.json");
    }
}
