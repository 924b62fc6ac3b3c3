package dev.redcarpet.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CorpusLoadTest {
    private final CorpusReader reader = new CorpusReader(1_000_000);

    @Test
    void loadsEveryArticleFileInSortedOrderAndIgnoresHiddenAndOtherFiles() {
        CorpusLoad load = reader.load(Fixtures.dir("mixed"));

        assertThat(load.articles())
                .extracting(Article::path, Article::id, Article::format)
                .containsExactly(
                        tuple("crlf-bom.txt", "crlf-bom", "txt"),
                        tuple("date-prefix.txt", "date-prefix", "txt"),
                        tuple("gala-report.json", "gala-report-2025", "json"),
                        tuple("header-block.txt", "header-block", "txt"),
                        tuple("saved-page.html", "saved-page", "html"),
                        tuple("sub/festival-notes.md", "festival-notes-iris", "md"),
                        tuple("wire.jsonl", "wire-001", "jsonl"),
                        tuple("wire.jsonl", "wire-3", "jsonl"));
        assertThat(load.articles()).extracting(Article::text)
                .noneMatch(t -> t.contains("hidden"));
    }

    @Test
    void aBadJsonlLineSkipsOnlyThatLine() {
        CorpusLoad load = reader.load(Fixtures.dir("mixed"));

        assertThat(load.skipped()).hasSize(1);
        SkippedFile skip = load.skipped().get(0);
        assertThat(skip.path()).isEqualTo("wire.jsonl");
        assertThat(skip.reason()).startsWith("line 2: invalid JSON at column ").contains("end-of-input");
        assertThat(skip.toString()).doesNotContain("\n");
    }

    @Test
    void badFilesAreSkippedWithOneLineReasonsAndTheRestStillLoads() {
        CorpusLoad load = reader.load(Fixtures.dir("broken"));

        assertThat(load.articles()).extracting(Article::id).containsExactly("a-original", "odd-date");
        assertThat(load.skipped()).extracting(SkippedFile::path, SkippedFile::reason).containsExactly(
                tuple("b-copy.txt", "same text as a-original.txt"),
                tuple("binary.txt", "binary content (contains NUL bytes), not a text file"),
                tuple("c-same-id.json", "duplicate id \"a-original\" (already loaded from a-original.txt)"),
                tuple("empty.txt", "empty file"),
                tuple("no-text.json", "no \"text\" field"),
                tuple("only-noise.txt", "no article text left after removing page noise"),
                tuple("truncated.json", "invalid JSON at line 1, column 71: Unexpected end-of-input: was expecting closing quote for a string value"));
        assertThat(load.skipped()).allSatisfy(s -> assertThat(s.reason()).doesNotContain("\n"));
    }

    @Test
    void anUnparseableDateLoadsTheArticleWithoutADate() {
        CorpusLoad load = reader.load(Fixtures.dir("broken"));

        Article odd = load.articles().stream().filter(a -> a.id().equals("odd-date")).findFirst().orElseThrow();
        assertThat(odd.date()).isNull();
        assertThat(odd.title()).isEqualTo("Odd date");
        assertThat(odd.text()).isEqualTo("Juno Pratt wore a yellow trench coat.");
    }

    @Test
    void identicalTextsShareAHashAndTheHashIsSha256OfTheText() {
        CorpusLoad load = reader.load(Fixtures.dir("broken"));

        Article a = load.articles().get(0);
        assertThat(a.hash()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(a.hash()).isEqualTo(CorpusReader.sha256(a.text()));
        Article copy = reader.read(Fixtures.dir("broken").resolve("b-copy.txt"), Fixtures.dir("broken")).get(0);
        assertThat(copy.hash()).isEqualTo(a.hash());
    }

    @Test
    void loadingTwiceGivesTheSameResult() {
        assertThat(reader.load(Fixtures.dir("mixed"))).isEqualTo(reader.load(Fixtures.dir("mixed")));
        assertThat(reader.load(Fixtures.dir("broken"))).isEqualTo(reader.load(Fixtures.dir("broken")));
    }

    @Test
    void aMissingDataFolderIsAOneLineErrorNamingThePath(@TempDir Path tmp) {
        Path missing = tmp.resolve("no-such-data");

        assertThatThrownBy(() -> reader.load(missing))
                .isInstanceOf(CorpusException.class)
                .hasMessage("data folder " + missing + " does not exist");
    }

    @Test
    void aFileGivenAsDataFolderIsAnError(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("data.txt"), "Not a folder.");

        assertThatThrownBy(() -> reader.load(file))
                .isInstanceOf(CorpusException.class)
                .hasMessage("data folder " + file + " is not a folder");
    }

    @Test
    void duplicateIdsWithinAJsonlFileNameTheArticle(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("feed.jsonl"), """
                {"id": "one", "text": "Ivo Berg wore a grey suit."}
                {"id": "one", "text": "Ivo Berg changed into a white suit later."}
                {"id": "two", "text": "Ivo Berg wore a grey suit."}
                """, StandardCharsets.UTF_8);

        CorpusLoad load = reader.load(tmp);

        assertThat(load.articles()).extracting(Article::id).containsExactly("one");
        assertThat(load.skipped()).extracting(SkippedFile::reason).containsExactly(
                "article \"one\": duplicate id \"one\" (already loaded from feed.jsonl)",
                "article \"two\": same text as feed.jsonl");
    }

    @Test
    void nestedFoldersAreWalkedAndPathsUseForwardSlashes(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("2025/spring"));
        Files.writeString(tmp.resolve("2025/spring/look.md"), "Ona Falk wore lilac.\n");
        Files.writeString(tmp.resolve("2025/a.TXT"), "Bo Lind wore a cape.\n");
        Files.writeString(tmp.resolve("2025/page.htm"), "<html><body><p>Cy Roe wore red.</p></body></html>");
        Files.writeString(tmp.resolve("2025/readme.markdown"), "Dee Moss wore teal.\n");
        Files.writeString(tmp.resolve("2025/backup.txt~"), "ignored\n");

        CorpusLoad load = reader.load(tmp);

        assertThat(load.articles()).extracting(Article::path, Article::format).containsExactly(
                tuple("2025/a.TXT", "txt"),
                tuple("2025/page.htm", "html"),
                tuple("2025/readme.markdown", "md"),
                tuple("2025/spring/look.md", "md"));
        assertThat(load.skipped()).isEmpty();
    }

    @Test
    void theSeedArticleLoadsWithItsDateAndQuotesVerbatim() {
        Path data = Path.of("data");
        Article seed = reader.read(data.resolve("articles/2024-05-08-kim-kardashian-met-gala-shoes.txt"), data).get(0);

        assertThat(seed.path()).isEqualTo("articles/2024-05-08-kim-kardashian-met-gala-shoes.txt");
        assertThat(seed.id()).isEqualTo("2024-05-08-kim-kardashian-met-gala-shoes");
        assertThat(seed.date()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(seed.text()).startsWith("Kim Kardashian gave fans a behind-the-scenes look")
                .contains("“It’s clever because if I had a shoe with a heel, the heel gets stuck in the metal skirt,”")
                .doesNotContain("\r").doesNotContain("\n\n\n");
    }
}
