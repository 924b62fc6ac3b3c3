package dev.redcarpet.reliability;

import dev.redcarpet.cli.Main;
import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.Fixtures;
import dev.redcarpet.index.CorpusIndex;
import dev.redcarpet.index.IndexException;
import dev.redcarpet.index.IndexInUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 14, items 1 and 2: one process owns an index folder; a second is refused or reads only; a held
 * lock is never taken for damage; nothing but a marked index folder's own Lucene files is ever deleted.
 */
class IndexOwnershipTest {
    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSecondWriterIsRefusedNamingThePidAndTheOwnerKeepsReloading() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Config config = Fixtures.config(data, tmp.resolve("index"));
        try (Engine owner = Engine.open(config)) {
            List<String> before = names(tmp.resolve("index"));
            assertThatThrownBy(() -> Engine.open(config))
                    .isInstanceOf(IndexInUseException.class)
                    .hasMessageContaining("in use by PID " + ProcessHandle.current().pid());
            assertThat(names(tmp.resolve("index"))).as("the refused process deleted nothing").isEqualTo(before);

            Files.writeString(data.resolve("2025-01-01-new.txt"), " date 2025-01-01 Lia Moor wore a plum Dior gown to the 2025 Golden Globes.\n");
            assertThat(owner.reload().added()).as("the owner's writer still works").isEqualTo(1);
            assertThat(owner.ask("what did lia moor wear to the golden globes").answer()).contains("Dior");
        }
    }

    @Test
    void askNextToARunningBotReadsTheIndexWithoutTouchingIt() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Path index = tmp.resolve("index");
        Config config = Fixtures.config(data, index);
        try (Engine owner = Engine.open(config)) {
            List<String> before = names(index);
            try (Engine reader = Engine.open(config, Engine.Options.defaults().withAccess(CorpusIndex.Access.SHARED))) {
                assertThat(reader.readOnly()).isTrue();
                assertThat(reader.indexNote()).contains("in use by PID").contains("read-only");
                assertThat(reader.ask("What did Nova Reyes wear to the 2025 Met Gala?").answer()).contains("Valentino");
                assertThatThrownBy(reader::reload).isInstanceOf(IndexException.class);
            }
            assertThat(names(index)).isEqualTo(before);
            Files.writeString(data.resolve("2025-01-01-new.txt"), " date 2025-01-01 Lia Moor wore a plum Dior gown to the 2025 Golden Globes.\n");
            assertThat(owner.reload().added()).isEqualTo(1);
            assertThat(owner.stats().articles()).isEqualTo(7);
        }
    }

    @Test
    void askOnAFreeIndexStillBuildsIt() {
        Path data = Fixtures.copyCorpus(tmp);
        try (Engine e = Engine.open(Fixtures.config(data, tmp.resolve("index")), Engine.Options.defaults().withAccess(CorpusIndex.Access.SHARED))) {
            assertThat(e.readOnly()).isFalse();
            assertThat(e.stats().articles()).isEqualTo(6);
        }
    }

    private int cli(String... args) {
        PrintStream oldErr = System.err;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return Main.run(args);
        } finally {
            System.setErr(oldErr);
            System.setOut(oldOut);
            lastErr = err.toString(StandardCharsets.UTF_8);
        }
    }

    private String lastErr = "";

    @Test
    void rebuildRefusesTheDataFolderAndWhatHoldsIt() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        List<String> before = names(data);
        assertThat(cli("index", "--rebuild", "--data", data.toString(), "--index", data.toString())).isEqualTo(2);
        assertThat(lastErr).contains("refusing index folder").contains("data folder");
        assertThat(cli("index", "--rebuild", "--data", data.toString(), "--index", tmp.toString())).isEqualTo(2);
        assertThat(cli("index", "--data", data.toString(), "--index", data.resolve("idx").toString())).isEqualTo(2);
        assertThat(names(data)).isEqualTo(before);
    }

    @Test
    void rebuildRefusesTheWorkingFolderAndSystemPaths() {
        Path data = Fixtures.copyCorpus(tmp);
        for (String bad : List.of(".", "..", "/", "/proc/self", "/etc", "/usr/lib/redcarpet")) {
            assertThat(cli("index", "--rebuild", "--data", data.toString(), "--index", bad)).as(bad).isEqualTo(2);
            assertThat(lastErr).as(bad).startsWith("error: refusing index folder").doesNotContain("\tat ");
        }
        assertThat(Path.of("pom.xml")).as("the working folder is untouched").exists();
    }

    @Test
    void aFolderHoldingOtherFilesIsNeverUsedOrWiped() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Path mine = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(mine.resolve("thesis.docx"), "years of work");
        assertThat(cli("index", "--rebuild", "--data", data.toString(), "--index", mine.toString())).isEqualTo(2);
        assertThat(lastErr).contains("holds other files").contains("thesis.docx");
        assertThat(names(mine)).containsExactly("thesis.docx");
    }

    @Test
    void rebuildWipesOnlyLuceneFilesOfAMarkedIndex() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Path index = tmp.resolve("index");
        assertThat(cli("index", "--data", data.toString(), "--index", index.toString())).isZero();
        Files.writeString(index.resolve("notes.txt"), "kept by the operator");
        assertThat(cli("index", "--rebuild", "--data", data.toString(), "--index", index.toString())).isZero();
        assertThat(index.resolve("notes.txt")).hasContent("kept by the operator");
        try (Engine e = Engine.open(Fixtures.config(data, index))) {
            assertThat(e.lastReload().unchanged()).isEqualTo(6);
        }
    }

    @Test
    void aSecondIndexRunIsRefusedWhileTheFirstHoldsTheFolder() {
        Path data = Fixtures.copyCorpus(tmp);
        Path index = tmp.resolve("index");
        try (Engine first = Engine.open(Fixtures.config(data, index))) {
            assertThat(cli("index", "--rebuild", "--data", data.toString(), "--index", index.toString())).isEqualTo(2);
            assertThat(lastErr).contains("in use by PID");
            assertThat(first.stats().articles()).isEqualTo(6);
            assertThat(first.reload().unchanged()).isEqualTo(6);
        }
    }
}
