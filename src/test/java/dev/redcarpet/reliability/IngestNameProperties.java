package dev.redcarpet.reliability;

import dev.redcarpet.engine.Engine;
import dev.redcarpet.engine.IngestReport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /admin ingest with hostile file names (traversal, absolute paths, odd characters, reserved
 * names, no or many extensions): the file lands, if at all, as a new plain-named file directly in
 * data/ingested/, and nothing else in data/ changes.
 */
class IngestNameProperties {
    static TestEngine engine;
    static int counter;

    @BeforeContainer
    static void open() {
        engine = TestEngine.fixtures();
    }

    @AfterContainer
    static void close() {
        if (engine != null) engine.close();
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> prefix = Arbitraries.of("", "../", "../../", "/", "/etc/", "C:\\", "\\\\server\\share\\", "..\\..\\", "./", "ingested/",
                "~/", "%2e%2e/", "..%2f", "\u2025/", "data/", "articles/../../");
        Arbitrary<String> stem = Arbitraries.oneOf(Hostile.shortQuestion().map(s -> s.length() > 120 ? s.substring(0, 120) : s),
                Arbitraries.of("", ".", "..", "...", ".hidden", "CON", "nul", "aux.txt", "-rf", "a\u0000b", "new\nline", "😀👗", "é́́", "x".repeat(300)),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12));
        Arbitrary<String> ext = Arbitraries.of(".txt", ".md", ".json", ".html", ".TXT", ".txt.exe", ".exe", ".sh", "", ".", ".txt.", ".tx t",
                ".txt%00.exe", ".jsonl", ".htm", ".t\u0301xt");
        return Combinators.combine(prefix, stem, ext).as((p, s, e) -> p + s + e);
    }

    static Map<String, Long> snapshotOutsideIngested(Path data) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String rel = data.relativize(p).toString();
                if (!rel.startsWith("ingested")) out.put(rel, Files.size(p) * 31 + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return out;
    }

    /** Each accepted case is a real save and a reload of the index, so CI runs 60 cases here; raise tries for a long run. */
    @Property(tries = 60)
    void aHostileNameNeverEscapesTheIngestFolderNorOverwrites(@ForAll("names") String name) throws IOException {
        Engine e = engine.engine();
        Path data = engine.config().data();
        Path root = data.getParent();
        Map<String, Long> before = snapshotOutsideIngested(data);
        Set<String> outsideBefore = listOutside(root, data);
        Path folder = data.resolve("ingested");
        Set<String> ingestedBefore = Files.isDirectory(folder) ? list(folder) : Set.of();
        byte[] content = ("Juno Hale wore a plum velvet gown by Iris Vane to the 2025 Met Gala, look " + (++counter) + ".")
                .getBytes(StandardCharsets.UTF_8);

        IngestReport r = e.ingest(name, content);

        assertThat(r.message()).isNotBlank().doesNotContain("\n");
        assertThat(snapshotOutsideIngested(data)).as("data/ outside ingested/ after %s", Show.text(name)).isEqualTo(before);
        assertThat(listOutside(root, data)).as("files beside data/ after %s", Show.text(name)).isEqualTo(outsideBefore);
        Set<String> ingestedAfter = Files.isDirectory(folder) ? list(folder) : Set.of();
        if (r.accepted()) {
            assertThat(r.savedAs()).startsWith("ingested/").doesNotContain("..").matches("ingested/[a-z0-9][a-z0-9_-]*\\.(txt|json|jsonl|md|html|htm)");
            assertThat(ingestedAfter).containsAll(ingestedBefore).hasSize(ingestedBefore.size() + 1);
            assertThat(ingestedBefore).doesNotContain(r.savedAs().substring("ingested/".length()));
            assertThat(Files.readAllBytes(data.resolve(r.savedAs()))).isEqualTo(content);
            Statistics.label("ingest").collect("saved");
        } else {
            assertThat(ingestedAfter).as("nothing written for a refused %s", Show.text(name)).isEqualTo(ingestedBefore);
            Statistics.label("ingest").collect("refused");
        }
        assertThat(ingestedAfter).allSatisfy(f -> assertThat(f).doesNotStartWith("."));
    }

    static Set<String> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new java.util.TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** Everything in the temp folder beside data/ (the index is left out: it changes on every ingest). */
    static Set<String> listOutside(Path root, Path data) throws IOException {
        Set<String> out = new java.util.TreeSet<>();
        // data/ and the index are not even entered: the index's start-up file is written in the background
        Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
                if (dir.equals(data) || dir.equals(root.resolve("index"))) return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                out.add(root.relativize(dir).toString());
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
                out.add(root.relativize(file).toString());
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return out;
    }
}
