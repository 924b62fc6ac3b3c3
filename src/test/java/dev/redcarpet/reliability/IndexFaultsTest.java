package dev.redcarpet.reliability;

import ch.qos.logback.classic.Level;
import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.Fixtures;
import dev.redcarpet.index.IndexSchema;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index files damaged between runs: truncated, missing, garbage, or written by an older version.
 * Each is detected at start-up, logged, and the index is rebuilt from data/ with nothing lost.
 */
class IndexFaultsTest {
    @TempDir
    Path tmp;
    Path index;
    Config config;

    @BeforeEach
    void buildAnIndex() {
        Path data = Fixtures.copyCorpus(tmp);
        index = tmp.resolve("index");
        config = Fixtures.config(data, index);
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.stats().articles()).isEqualTo(6);
        }
    }

    List<Path> files(String glob) throws IOException {
        try (Stream<Path> all = Files.list(index)) {
            return all.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName()))
                    .sorted(Comparator.comparingLong((Path p) -> p.toFile().length()).reversed()).toList();
        }
    }

    /** Opens the engine on the damaged index: rebuilt, logged, and answering as before. */
    void assertRebuiltAndLogged(String what) {
        assertRebuiltAndLogged(what, false);
    }

    void assertRebuiltAndLogged(String what, boolean reopen) {
        try (CapturedLogs logs = CapturedLogs.of("dev.redcarpet", Level.INFO); Engine engine = Engine.open(config)) {
            assertThat(engine.indexNote()).as("note after %s", what).isNotNull().contains("rebuil");
            assertThat(logs.atLeast(Level.WARN)).as("a warning after %s", what)
                    .anyMatch(e -> e.getFormattedMessage().contains("rebuild") && e.getFormattedMessage().contains(index.toString()));
            assertThat(engine.lastReload().added()).as("every article indexed again after %s", what).isEqualTo(6);
            assertThat(engine.stats().articles()).isEqualTo(6);
            assertThat(engine.ask("What did Nova Reyes wear to the 2025 Met Gala?").answer()).contains("Valentino");
        }
        if (!reopen) return;
        try (Engine again = Engine.open(config)) {
            assertThat(again.indexNote()).as("the rebuilt index is sound").isNull();
        }
    }

    @Test
    void truncatedSegmentFilesAreRebuilt() throws IOException {
        List<Path> data = files("*.{cfs,fdt,tim,doc,pos,fdm,si}");
        assertThat(data).isNotEmpty();
        for (Path f : data) {
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                raf.setLength(raf.length() / 2);
            }
        }
        assertRebuiltAndLogged("truncating segment files", true);
    }

    @Test
    void aTruncatedCommitPointIsRebuilt() throws IOException {
        for (Path f : files("segments_*")) {
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                raf.setLength(raf.length() - 9);
            }
        }
        assertRebuiltAndLogged("truncating the commit point");
    }

    @Test
    void missingSegmentFilesAreRebuilt() throws IOException {
        List<Path> data = files("*.{cfs,si,fdt,fdx,fdm}");
        assertThat(data).isNotEmpty();
        Files.delete(data.get(0));
        assertRebuiltAndLogged("deleting " + data.get(0).getFileName());
    }

    @Test
    void garbageInEverySegmentFileIsRebuilt() throws IOException {
        for (Path f : files("*.{cfs,cfe,si}")) Files.write(f, "not lucene at all".getBytes());
        assertRebuiltAndLogged("overwriting segment files");
    }

    @Test
    void anIndexWrittenByAnOlderVersionIsRebuilt() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            w.setLiveCommitData(Map.of("redcarpet.schema", "0").entrySet());
            w.commit();
        }
        assertThat(IndexSchema.VERSION).isNotEqualTo("0");
        assertRebuiltAndLogged("an index of schema 0", true);
    }

    @Test
    void anIndexWithNoVersionMarkIsRebuilt() throws IOException {
        try (FSDirectory dir = FSDirectory.open(index);
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            w.commit();
        }
        assertRebuiltAndLogged("an index without a version");
    }

    @Test
    void strayFilesInTheIndexFolderDoNotStopTheStart() throws IOException {
        Files.writeString(index.resolve("notes.txt"), "someone left this here");
        Files.createDirectories(index.resolve("backup"));
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.stats().articles()).isEqualTo(6);
            assertThat(engine.ask("What did Nova Reyes wear to the 2025 Met Gala?").answer()).contains("Valentino");
        }
    }
}
