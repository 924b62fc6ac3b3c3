package dev.redcarpet.reliability;

import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigException;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.corpus.SkippedFile;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.Fixtures;
import dev.redcarpet.engine.IngestReport;
import dev.redcarpet.engine.Knowledge;
import dev.redcarpet.search.QueryAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 14, item 11: the smaller problems, one test each. */
class SmallFixesTest {
    @TempDir
    Path tmp;

    private static final byte[] UPLOAD = " date 2025-04-01 Kit Vale wore a yellow Chanel suit to the 2025 Met Gala.\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void theLargestMaxFileBytesStillReadsFiles() {
        Path data = Fixtures.copyCorpus(tmp);
        Config config = new ConfigLoader(Map.of("REDCARPET_CORPUS_MAX_FILE_BYTES", String.valueOf(Long.MAX_VALUE)))
                .load(Path.of("config")).withData(data).withIndex(tmp.resolve("index"));
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.lastReload().failed()).isEmpty();
            assertThat(engine.stats().articles()).isEqualTo(6);
        }
    }

    @Test
    void theSameFileIngestedFourTimesIsSavedOnceAndReportedAsADuplicate() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("index")))) {
            assertThat(engine.ingest("kit.txt", UPLOAD).accepted()).isTrue();
            for (int i = 0; i < 3; i++) {
                IngestReport again = engine.ingest("kit.txt", UPLOAD);
                assertThat(again.accepted()).isFalse();
                assertThat(again.message()).contains("already in the corpus").contains("ingested/kit.txt");
            }
            try (Stream<Path> files = Files.list(data.resolve("ingested"))) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("kit.txt");
            }
            assertThat(engine.stats().articles()).isEqualTo(7);
        }
    }

    @Test
    void ingestedFilesGetTheModeOfAnyOtherFileTheProcessWrites() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("index")))) {
            IngestReport r = engine.ingest("kit.txt", UPLOAD);
            Path plain = Files.writeString(data.resolve("ingested/.plain"), "x");
            assertThat(Files.getPosixFilePermissions(data.resolve(r.savedAs()))).isEqualTo(Files.getPosixFilePermissions(plain))
                    .contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ);
        }
    }

    @Test
    void aReportLineNeverCarriesAControlCharacter() {
        SkippedFile f = new SkippedFile("a\nb\u001b[2J.txt", "same text as c\rd.txt");
        assertThat(f.toString()).isEqualTo("a\\nb\\u001b[2J.txt: same text as c\\rd.txt");
    }

    @Test
    void aBadSynonymsFileNamesTheRightLine() throws IOException {
        Path dir = ConfigStaleTest.copyConfig(tmp.resolve("config"));
        Files.writeString(dir.resolve("synonyms.txt"), "# comment\ngown, dress\nshoes => heels => pumps\n");
        assertThatThrownBy(() -> QueryAnalyzer.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("synonyms.txt").hasMessageContaining("line 3").hasMessageNotContaining("line 0");
    }

    @Test
    void anUnknownRedcarpetVariableIsRejectedWithOneLine() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of("REDCARPET_DATTA", "/srv")).load(Path.of("config")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown environment variable REDCARPET_DATTA (did you mean REDCARPET_DATA?)");
        assertThat(new ConfigLoader(Map.of("REDCARPET_LOG", "DEBUG", "REDCARPET_HEAP", "1g", "OTHER", "x")).load(Path.of("config")))
                .as("variables the launcher and logging read are known").isNotNull();
    }

    @Test
    void duplicateYamlKeysAreRejected() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("c1"));
        Files.writeString(dir.resolve("redcarpet.yaml"), "data: a/\nindex: var/i/\ndata: b/\n");
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("Duplicate").hasMessageContaining("data");

        Path full = ConfigStaleTest.copyConfig(tmp.resolve("c2"));
        Files.writeString(full.resolve("nicknames.yaml"), "\nnicknames:\n  zz: Zed Zee\n", StandardOpenOption.APPEND);
        assertThatThrownBy(() -> Knowledge.load(full)).isInstanceOf(ConfigException.class).hasMessageContaining("nicknames.yaml");
    }

    @Test
    void aConfigFolderWithoutLexiconsIsRejected() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bare"));
        Files.copy(Path.of("config/redcarpet.yaml"), dir.resolve("redcarpet.yaml"));
        Config config = new ConfigLoader(Map.of()).load(dir).withData(Fixtures.copyCorpus(tmp)).withIndex(tmp.resolve("index"));
        assertThatThrownBy(() -> Engine.open(config)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("lexicons").hasMessageContaining("folder not found");
    }
}
