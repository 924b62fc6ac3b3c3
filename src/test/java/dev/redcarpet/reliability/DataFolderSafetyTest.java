package dev.redcarpet.reliability;

import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusLoad;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.corpus.SkippedFile;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.Fixtures;
import dev.redcarpet.engine.IngestReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14, item 5: nothing outside data/ is read through a symbolic link, and one bad folder never stops a load. */
class DataFolderSafetyTest {
    @TempDir
    Path tmp;

    private Path data() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("a.txt"), "Ada Pell wore a green Prada gown to the 2024 Met Gala.\n");
        return data;
    }

    private static String reason(CorpusLoad load, String path) {
        return load.skipped().stream().filter(s -> s.path().equals(path)).map(SkippedFile::reason).findFirst().orElse(null);
    }

    @Test
    void aLinkToAFileOutsideDataIsNeitherIndexedNorQuoted() throws IOException {
        Path data = data();
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "root:x:0:0:the password is hunter2 and Ada Pell wore it\n");
        Files.createSymbolicLink(data.resolve("passwd.txt"), secret);
        CorpusLoad load = new CorpusReader(1_000_000).load(data);
        assertThat(load.articles()).extracting(Article::path).containsExactly("a.txt");
        assertThat(reason(load, "passwd.txt")).isEqualTo("symbolic link to outside the data folder; not followed");
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("index")))) {
            assertThat(engine.ask("what is the password hunter2").answer()).doesNotContain("hunter2");
        }
    }

    @Test
    void aLinkedFolderOutsideDataAndALinkToTheRootAreSkippedAndTheRestLoads() throws IOException {
        Path data = data();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.writeString(outside.resolve("b.txt"), "Bo Rusk chose a black Dior suit for the 2023 Oscars.\n");
        Files.createSymbolicLink(data.resolve("more"), outside);
        Files.createSymbolicLink(data.resolve("root"), Path.of("/"));
        CorpusLoad load = new CorpusReader(1_000_000).load(data);
        assertThat(load.articles()).extracting(Article::path).containsExactly("a.txt");
        assertThat(reason(load, "more")).contains("outside the data folder");
        assertThat(reason(load, "root")).contains("outside the data folder");
    }

    @Test
    void linksInsideDataAreFollowedUnlessTurnedOff() throws IOException {
        Path data = data();
        Path sub = Files.createDirectories(data.resolve("sub"));
        Files.writeString(sub.resolve("b.txt"), "Bo Rusk chose a black Dior suit for the 2023 Oscars.\n");
        Files.createSymbolicLink(data.resolve("alias.txt"), sub.resolve("b.txt"));
        assertThat(new CorpusReader(1_000_000, true).load(data).skipped())
                .singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo("same text as alias.txt"));
        CorpusLoad off = new CorpusReader(1_000_000, false).load(data);
        assertThat(off.articles()).extracting(Article::path).containsExactly("a.txt", "sub/b.txt");
        assertThat(reason(off, "alias.txt")).contains("not followed");
    }

    @Test
    void aFolderThatCannotBeListedIsReportedAndTheRestLoads() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root lists any folder");
        Path data = data();
        Path locked = Files.createDirectories(data.resolve("locked"));
        Files.writeString(locked.resolve("c.txt"), "Cy Lund arrived in a red Gucci cape.\n");
        Files.setPosixFilePermissions(locked, Set.of());
        try {
            CorpusLoad load = new CorpusReader(1_000_000).load(data);
            assertThat(load.articles()).extracting(Article::path).containsExactly("a.txt");
            assertThat(reason(load, "locked")).startsWith("cannot list folder");
        } finally {
            Files.setPosixFilePermissions(locked, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        }
    }

    @Test
    void aSymlinkedIngestedFolderIsRefusedAndNothingIsWrittenOutside() throws IOException {
        Path data = Fixtures.copyCorpus(tmp);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(data.resolve("ingested"), elsewhere);
        try (Engine engine = Engine.open(Fixtures.config(data, tmp.resolve("index")))) {
            IngestReport r = engine.ingest("new.txt", " date 2025-01-02 Kit Vale wore yellow Chanel.\n".getBytes(StandardCharsets.UTF_8));
            assertThat(r.accepted()).isFalse();
            assertThat(r.message()).contains("symbolic link");
            try (var left = Files.list(elsewhere)) {
                assertThat(left).isEmpty();
            }
        }
    }
}
