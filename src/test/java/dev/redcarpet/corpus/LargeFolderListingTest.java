package dev.redcarpet.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A folder large enough to be listed on every core lists exactly as a small one: name order, same skips. */
class LargeFolderListingTest {
    @TempDir
    Path data;

    @Test
    void aLargeFolderIsListedInNameOrderWithItsSkipsAndSubfolders() throws IOException {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            String name = String.format("look-%04d.txt", i);
            Files.writeString(data.resolve(name), " date 2024-05-06 Ada Quill number " + i + " wore a green gown to the Met Gala.\n");
            expected.add(name);
            if (i % 100 == 0) Files.writeString(data.resolve(".hidden-" + i + ".txt"), "ignored");
            if (i % 150 == 0) Files.writeString(data.resolve("notes-" + i + ".csv"), "ignored");
        }
        Path sub = Files.createDirectory(data.resolve("look-0350-more"));
        Files.writeString(sub.resolve("inside.md"), "# Bo Lint at Cannes\n\nBo Lint wore a black Dior suit.\n");
        expected.add("look-0350-more/inside.md");
        Files.createSymbolicLink(data.resolve("look-0500-away.txt"), Path.of("/etc/hostname"));
        expected.sort(null);

        CorpusReader.Listing listing = new CorpusReader(1_000_000).list(data);

        assertThat(listing.stamps().keySet()).containsExactlyElementsOf(expected);
        assertThat(listing.stamps().values()).doesNotContainNull();
        assertThat(listing.skipped()).extracting(SkippedFile::path, SkippedFile::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("look-0500-away.txt", "symbolic link to outside the data folder; not followed"));
    }
}
