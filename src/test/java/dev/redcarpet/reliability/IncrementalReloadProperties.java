package dev.redcarpet.reliability;

import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.index.CorpusIndex;
import dev.redcarpet.index.IndexUpdater;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, "Done when": over random sequences of adding, changing, deleting and duplicating files
 * (single articles and multi-article .jsonl), every incremental reload leaves the index holding
 * exactly what a fresh build of the same data/ would.
 */
class IncrementalReloadProperties {
    private static final List<String> FILES = List.of("a.txt", "b.jsonl", "c.txt", "d.jsonl", "e/f.txt");
    private static final List<String> TEXTS = List.of(
            "Ada Pell wore a green Prada gown to the 2024 Met Gala.",
            "Bo Rusk chose a black Dior suit for the 2023 Oscars.",
            "Cy Lund arrived in a red Gucci cape at the 2025 Golden Globes.",
            "Di Moss picked silver Chanel for the 2024 Cannes Film Festival.");

    /** One step: write file F with texts (empty: delete it). */
    record Op(String file, List<Integer> texts) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<String> file = Arbitraries.of(FILES);
        Arbitrary<List<Integer>> texts = Arbitraries.integers().between(0, TEXTS.size() - 1).list().ofMaxSize(3);
        return Combinators.combine(file, texts).as(Op::new).list().ofMinSize(1).ofMaxSize(8);
    }

    /** Each step is a real Lucene commit: CI runs 80 sequences here; raise tries for a long run. */
    @Property(tries = 80)
    void incrementalReloadsEqualAFreshBuild(@ForAll("ops") List<Op> ops) throws IOException {
        Path dir = TestEngine.tempDir();
        try (CorpusIndex index = CorpusIndex.open(dir.resolve("index"))) {
            Path data = Files.createDirectories(dir.resolve("data"));
            IndexUpdater updater = new IndexUpdater(index, IncrementalReloadTest.plain(new AtomicInteger()));
            long clock = 1_700_000_000_000L;
            for (Op op : ops) {
                Path f = data.resolve(op.file());
                if (op.texts().isEmpty()) {
                    Files.deleteIfExists(f);
                } else {
                    Files.createDirectories(f.getParent());
                    StringBuilder b = new StringBuilder();
                    int n = 0;
                    for (int t : op.texts()) {
                        if (op.file().endsWith(".jsonl")) b.append("{\"id\":\"").append(op.file().charAt(0)).append(n++).append("\",\"text\":\"")
                                .append(TEXTS.get(t)).append("\"}\n");
                        else b.append(TEXTS.get(t)).append("\n\n");
                    }
                    Files.writeString(f, b.toString());
                    Files.setLastModifiedTime(f, FileTime.fromMillis(clock += 1000));
                }
                IncrementalReloadTest.sync(updater, data);
                assertThat(IncrementalReloadTest.held(index)).as("after %s", op).isEqualTo(IncrementalReloadTest.fresh(data));
            }
        } finally {
            TestEngine.delete(dir);
        }
    }
}
