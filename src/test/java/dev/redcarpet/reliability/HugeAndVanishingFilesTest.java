package dev.redcarpet.reliability;

import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusLoad;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.corpus.FileRead;
import dev.redcarpet.corpus.SkippedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines of megabytes, files over the size limit, and files that vanish between listing and reading. */
class HugeAndVanishingFilesTest {
    static final CorpusReader READER = new CorpusReader(5_000_000);

    @TempDir
    Path dir;

    /** About 3 MB of words on one line, wrapped as each format expects. */
    static String oneHugeLine(String ext) {
        String words = "Tess Marlow wore ivory silk to the Lantern Gala and smiled for the cameras ".repeat(28_000).strip();
        return switch (ext) {
            case "json" -> "{\"title\": \"Long\", \"text\": \"" + words + "\"}";
            case "jsonl" -> "{\"text\": \"" + words + "\"}\n{\"text\": \"A second, short line about a red gown.\"}";
            case "html", "htm" -> "<html><body><article><p>" + words + "</p></article></body></html>";
            case "md" -> "---\ntitle: Long\n---\n" + words;
            default -> words;
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "json", "jsonl", "md", "html"})
    void aLineOfMegabytesIsReadWhole(String ext) throws IOException {
        Path file = dir.resolve("huge." + ext);
        Files.writeString(file, oneHugeLine(ext), StandardCharsets.UTF_8);
        assertThat(Files.size(file)).isGreaterThan(2_000_000);
        FileRead read = READER.readFile(file, dir);
        assertThat(read.articles()).as("articles of huge.%s (skipped: %s)", ext, read.skipped()).isNotEmpty();
        assertThat(read.articles().get(0).text()).contains("Tess Marlow wore ivory silk").hasSizeGreaterThan(2_000_000);
    }

    @Test
    void megabytesOfOneTokenWithNoSpacesOrNewlines() throws IOException {
        Path file = dir.resolve("blob.txt");
        Files.writeString(file, "x".repeat(3_000_000));
        FileRead read = READER.readFile(file, dir);
        assertThat(read.articles().size() + read.skipped().size()).isPositive();
        read.skipped().forEach(s -> ArticleFileProperties.assertClearReason(s, "blob.txt"));
    }

    @Test
    void aFileOverTheLimitIsSkippedWithItsSize() throws IOException {
        Path file = dir.resolve("too-big.txt");
        Files.writeString(file, "Gown. ".repeat(1_000_000));
        FileRead read = new CorpusReader(1_000_000).readFile(file, dir);
        assertThat(read.articles()).isEmpty();
        assertThat(read.skipped()).singleElement().satisfies(s -> {
            ArticleFileProperties.assertClearReason(s, "too-big.txt");
            assertThat(s.reason()).startsWith("too large").contains("limit");
        });
    }

    @Test
    void aFileThatVanishedAfterListingIsSkippedWithAReason() throws IOException {
        Path file = dir.resolve("gone.txt");
        Files.writeString(file, "Ada Bloom wore a feathered cape to the Oscars.");
        Files.delete(file); // listed a moment ago, gone now
        FileRead read = READER.readFile(file, dir);
        assertThat(read.articles()).isEmpty();
        assertThat(read.skipped()).singleElement().satisfies(s -> {
            ArticleFileProperties.assertClearReason(s, "gone.txt");
            assertThat(s.reason()).contains("disappeared");
        });
    }

    @Test
    void aFileReplacedByAFolderAfterListingIsSkippedWithAReason() throws IOException {
        Path file = dir.resolve("now-a-folder.txt");
        Files.createDirectories(file);
        FileRead read = READER.readFile(file, dir);
        assertThat(read.articles()).isEmpty();
        assertThat(read.skipped()).singleElement().satisfies(s -> ArticleFileProperties.assertClearReason(s, "now-a-folder.txt"));
    }

    /**
     * Files deleted and written again while the folder is loaded over and over: every load returns,
     * and every file it reports is either an article or skipped with a clear reason.
     */
    @Test
    void loadsRacingWithDeletionsNeverThrow() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Path f = data.resolve("a" + i + (i % 2 == 0 ? ".txt" : ".json"));
            files.add(f);
            write(f, i);
        }
        AtomicBoolean stop = new AtomicBoolean();
        Thread churn = new Thread(() -> {
            int round = 0;
            while (!stop.get()) {
                Path f = files.get(round++ % files.size());
                try {
                    if (Files.exists(f)) Files.delete(f);
                    else write(f, round);
                } catch (IOException ignored) {
                    // the race is the point
                }
            }
        });
        churn.start();
        try {
            for (int n = 0; n < 60; n++) {
                CorpusLoad load = READER.load(data);
                for (SkippedFile s : load.skipped()) {
                    assertThat(s.reason()).isNotBlank().doesNotContain("\n").doesNotContainIgnoringCase("exception");
                }
                for (Article a : load.articles()) assertThat(a.text()).contains("gown");
            }
        } finally {
            stop.set(true);
            churn.join();
        }
    }

    private static void write(Path f, int i) throws IOException {
        String text = "Rhea Stone wore gown number " + i + " to the Met Gala.";
        Files.writeString(f, f.toString().endsWith(".json") ? "{\"text\": \"" + text + "\"}" : text);
    }
}
