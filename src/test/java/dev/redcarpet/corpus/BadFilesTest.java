package dev.redcarpet.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class BadFilesTest {
    @TempDir
    Path tmp;

    private final CorpusReader reader = new CorpusReader(1_000);

    private String reasonFor(String name) {
        FileRead read = reader.readFile(tmp.resolve(name), tmp);
        assertThat(read.articles()).isEmpty();
        assertThat(read.skipped()).hasSize(1);
        assertThat(read.skipped().get(0).path()).isEqualTo(name);
        return read.skipped().get(0).reason();
    }

    @Test
    void anOversizedFileIsSkippedWithItsSizeAndTheLimit() throws IOException {
        byte[] big = new byte[2048];
        Arrays.fill(big, (byte) 'a');
        Files.write(tmp.resolve("huge.txt"), big);

        assertThat(reasonFor("huge.txt")).isEqualTo("too large: 2.0 KB (2048 bytes) (limit 1000 bytes)");
    }

    @Test
    void aFileThatVanishedIsReportedAsDisappeared() {
        assertThat(reasonFor("gone.txt")).isEqualTo("file disappeared while reading");
    }

    @Test
    void anUnreadableFileIsSkippedAsPermissionDenied() throws IOException {
        Path locked = Files.writeString(tmp.resolve("locked.txt"), "Nell Ash wore black.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(locked)).as("running as a user who can still read the file").isFalse();

        assertThat(reasonFor("locked.txt")).isEqualTo("cannot read: permission denied");
    }

    @Test
    void whitespaceOnlyAndEmptyTextAreSkipped() throws IOException {
        Files.writeString(tmp.resolve("blank.md"), " \n\n \t\n");
        Files.writeString(tmp.resolve("empty-text.json"), "{\"text\": \"   \"}");
        Files.writeString(tmp.resolve("number-text.json"), "{\"text\": 42}");
        Files.writeString(tmp.resolve("list.json"), "[1, 2]");

        assertThat(reasonFor("blank.md")).isEqualTo("empty file (only whitespace)");
        assertThat(reasonFor("empty-text.json")).isEqualTo("empty \"text\" field");
        assertThat(reasonFor("number-text.json")).isEqualTo("\"text\" must be a string, found a number");
        FileRead list = reader.readFile(tmp.resolve("list.json"), tmp);
        assertThat(list.skipped()).extracting(SkippedFile::reason).containsExactly(
                "item 1: not a JSON object (found a number)", "item 2: not a JSON object (found a number)");
    }

    @Test
    void invalidJsonSaysWhere() throws IOException {
        Files.writeString(tmp.resolve("bad.json"), "{\n  \"title\": \"Oops\",\n  \"text\": \"Fine\" oops\n}");

        assertThat(reasonFor("bad.json")).startsWith("invalid JSON at line 3, column ");
    }

    @Test
    void brokenFrontMatterIsSkippedWithAReason() throws IOException {
        Files.writeString(tmp.resolve("open.md"), "---\ntitle: Never closed\n\nBody text here.\n");
        Files.writeString(tmp.resolve("bad-yaml.md"), "---\ntitle: [unclosed\n---\nBody text here.\n");

        assertThat(reasonFor("open.md")).isEqualTo("front matter starts with '---' but has no closing '---' line");
        assertThat(reasonFor("bad-yaml.md")).startsWith("invalid YAML front matter");
    }

    @Test
    void mostlyControlCharactersIsBinary() throws IOException {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (1 + i % 8);
        Files.write(tmp.resolve("noise.html"), bytes);

        assertThat(reasonFor("noise.html")).startsWith("binary content (");
    }

    @Test
    void aFewInvalidUtf8BytesInAUtf8FileBecomeReplacementCharacters() throws IOException {
        byte[] text = "Gia Holm wore a “ruby” gown \u0000".replace("\u0000", "").getBytes(StandardCharsets.UTF_8);
        byte[] withBadByte = Arrays.copyOf(text, text.length + 1);
        withBadByte[text.length] = (byte) 0xC3; // a cut-off two-byte sequence
        Files.write(tmp.resolve("cut.txt"), withBadByte);

        Article a = reader.read(tmp.resolve("cut.txt"), tmp).get(0);

        assertThat(a.text()).isEqualTo("Gia Holm wore a “ruby” gown \uFFFD");
    }

    @Test
    void aWindows1252FileKeepsItsCurlyQuotes() throws IOException {
        byte[] cp1252 = "Ada Wu said \u201Cthank you\u201D and smiled.".getBytes("windows-1252");
        Files.write(tmp.resolve("old.txt"), cp1252);

        Article a = reader.read(tmp.resolve("old.txt"), tmp).get(0);

        assertThat(a.text()).isEqualTo("Ada Wu said “thank you” and smiled.");
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws IOException {
        byte[] body = "Rio Vance wore teal.".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(tmp.resolve("notepad.txt"), bytes);

        assertThat(reader.read(tmp.resolve("notepad.txt"), tmp).get(0).text()).isEqualTo("Rio Vance wore teal.");
    }

    @Test
    void readThrowsTheSkipReasonForABadFile() throws IOException {
        Files.writeString(tmp.resolve("nothing.json"), "{\"title\": \"No body\"}");

        assertThatThrownBy(() -> reader.read(tmp.resolve("nothing.json"), tmp))
                .isInstanceOf(CorpusException.class)
                .hasMessage("nothing.json: no \"text\" field");
    }

    @Test
    void aFileOfAnotherTypeGivenDirectlyIsRefused() throws IOException {
        Files.writeString(tmp.resolve("table.csv"), "a,b\n");

        assertThat(reasonFor("table.csv")).startsWith("not an article file");
    }

    @Test
    void anInvalidDateIsNotAnError() throws IOException {
        Files.writeString(tmp.resolve("when.txt"), "title: When?\ndate: 2025-02-30\n\nLeo Marsh wore navy.\n");
        Files.writeString(tmp.resolve("prefix.txt"), " date 2025-13-01 Leo Marsh wore navy again.\n");

        Article header = reader.read(tmp.resolve("when.txt"), tmp).get(0);
        Article prefix = reader.read(tmp.resolve("prefix.txt"), tmp).get(0);

        assertThat(header.date()).isNull();
        assertThat(header.title()).isEqualTo("When?");
        assertThat(header.text()).isEqualTo("Leo Marsh wore navy.");
        assertThat(prefix.date()).isNull();
        assertThat(prefix.text()).isEqualTo("Leo Marsh wore navy again.");
    }

    @Test
    void aLoadWithBadFilesStillLoadsTheGoodOnes() throws IOException {
        Files.write(tmp.resolve("a-binary.txt"), new byte[]{0, 1, 2, 3});
        Files.writeString(tmp.resolve("b-good.txt"), "Ivy Cole wore a lemon yellow suit.");
        Files.writeString(tmp.resolve("c-bad.json"), "{");

        CorpusLoad load = reader.load(tmp);

        assertThat(load.articles()).extracting(Article::id).containsExactly("b-good");
        assertThat(load.skipped()).extracting(SkippedFile::path).containsExactly("a-binary.txt", "c-bad.json");
    }
}
