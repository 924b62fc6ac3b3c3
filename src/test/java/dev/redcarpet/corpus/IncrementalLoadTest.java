package dev.redcarpet.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;

class IncrementalLoadTest {
    @TempDir
    Path data;

    /** What the index would hold after indexing this load. */
    private static KnownFiles knownFrom(CorpusLoad load) {
        java.util.Set<java.util.List<String>> indexed = new java.util.HashSet<>();
        for (Article a : load.articles()) indexed.add(java.util.List.of(a.path(), a.id(), a.hash()));
        return new KnownFiles(load.files(), (path, id, hash) -> indexed.contains(java.util.List.of(path, id, hash)));
    }

    @Test
    void unchangedFilesAreLeftUnreadAndStillCountForDuplicates() throws IOException {
        Files.writeString(data.resolve("a.txt"), " date 2024-05-06 Ada Quill wore a green Prada gown to the Met Gala.\n");
        Files.writeString(data.resolve("b.txt"), " date 2024-05-06 Bo Lint wore a black Dior suit to the Met Gala.\n");
        CorpusReader reader = new CorpusReader(1_000_000);
        CorpusLoad first = reader.load(data);
        assertThat(first.articles()).hasSize(2);

        // a new file, one edited file (new size), one copy of an unchanged file's text
        Files.writeString(data.resolve("b.txt"), " date 2024-05-06 Bo Lint wore a black Dior suit with silver loafers to the Met Gala.\n");
        Files.setLastModifiedTime(data.resolve("b.txt"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Files.writeString(data.resolve("c.txt"), " date 2024-05-06 Cy Moss wore a red Gucci cape to the Met Gala.\n");
        Files.copy(data.resolve("a.txt"), data.resolve("d.txt"));

        CorpusLoad next = reader.load(data, knownFrom(first));
        assertThat(next.unchanged()).containsExactly("a.txt");
        assertThat(next.articles()).extracting(Article::id).containsExactly("b", "c");
        assertThat(next.skipped()).singleElement().satisfies(s -> {
            assertThat(s.path()).isEqualTo("d.txt");
            assertThat(s.reason()).isEqualTo("same text as a.txt");
        });
        assertThat(next.stamps()).containsKeys("a.txt", "b.txt", "c.txt", "d.txt");
    }

    @Test
    void aNamedPipeIsSkippedNotWaitedOn() throws Exception {
        Files.writeString(data.resolve("a.txt"), " date 2024-05-06 Ada Quill wore a green Prada gown to the Met Gala.\n");
        Process mkfifo = new ProcessBuilder("mkfifo", data.resolve("pipe.txt").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        CorpusLoad load = new CorpusReader(1_000_000).load(data);
        assertThat(load.articles()).extracting(Article::id).containsExactly("a");
        assertThat(load.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo("not a regular file"));
    }
}
