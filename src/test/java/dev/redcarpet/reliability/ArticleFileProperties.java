package dev.redcarpet.reliability;

import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusLoad;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.corpus.FileRead;
import dev.redcarpet.corpus.SkippedFile;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes under any article extension: random bytes, truncated or mutated JSON, HTML and
 * Markdown, hostile Unicode. Reading never throws; a file gives articles or one clear reason.
 */
class ArticleFileProperties {
    static final List<String> EXTENSIONS = List.of("txt", "json", "jsonl", "md", "markdown", "html", "htm");
    static final CorpusReader READER = new CorpusReader(5_000_000);
    static Path dir;

    @BeforeContainer
    static void make() {
        dir = TestEngine.tempDir();
    }

    @AfterContainer
    static void remove() {
        TestEngine.delete(dir);
    }

    /** Well-formed articles of every format, in my own words, to truncate and mutate. */
    static final List<String> GOOD = List.of(
            "{\"id\": \"tess-gala\", \"title\": \"Tess Marlow in ivory at the Lantern Gala\", \"date\": \"2025-05-06\",\n"
                    + " \"text\": \"Tess Marlow wore an ivory column gown by Orla Finch to the Lantern Gala. \\u201cIt felt like moonlight,\\u201d Marlow said.\"}\n",
            "[{\"text\": \"Jun Okafor wore a green suit to the Harbour Awards.\"}, {\"text\": [\"Second item.\", \"More text about velvet.\"]}]",
            "{\"text\": \"Line one about a silver cape at the Cannes Film Festival.\"}\n{\"text\": \"Line two: a red gown.\"}\nnot json\n",
            "<!DOCTYPE html><html><head><title>Rhea Stone shines | Daily Cut</title><meta property=\"article:published_time\" content=\"2024-05-07\"></head>"
                    + "<body><article><h1>Rhea Stone shines</h1><p>Rhea Stone wore a mirrored gown by Vale to the Met Gala.</p>"
                    + "<blockquote><p>\u201cI wanted to glitter,\u201d Stone said.</p></blockquote><script>var x = '<p>';</script></article></body></html>",
            "---\ntitle: Ada Bloom's feathered cape\ndate: 2024-03-10\nurl: https://news.example/ada\n---\n# Ada Bloom's feathered cape\n\n"
                    + "Ada Bloom arrived at the Oscars in a **feathered** cape by Mira Lund.\n\n> \u201cFeathers are freedom,\u201d she said.\n",
            " date 2025-05-20 Leo Varga wore a cream tuxedo by Aldo Renn at Cannes.\n\n\u201cSimple is hard,\u201d Varga told Vogue.\n",
            "title: Cara Wynn in cobalt\nsource: Style Wire\ndate: 2023-09-01\n\nCara Wynn chose a cobalt slip dress by Nils Oberg for the Venice premiere.\n");

    @Provide
    Arbitrary<byte[]> contents() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<String> good = Arbitraries.of(GOOD);
        Arbitrary<byte[]> truncated = Combinators.combine(good, Arbitraries.doubles().between(0, 1))
                .as((g, f) -> truncate(g.getBytes(StandardCharsets.UTF_8), f));
        Arbitrary<byte[]> mutated = Combinators.combine(good, Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(8),
                        Arbitraries.bytes().list().ofMinSize(8).ofMaxSize(8))
                .as(ArticleFileProperties::mutate);
        Arbitrary<byte[]> spliced = Combinators.combine(good, Hostile.question())
                .as((g, q) -> (g.substring(0, g.length() / 2) + q + g.substring(g.length() / 2)).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> hostileText = Hostile.question().map(q -> q.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> utf16 = Combinators.combine(good, Arbitraries.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE), Arbitraries.doubles().between(0, 1))
                .as((g, cs, f) -> {
                    byte[] body = g.getBytes(cs);
                    byte[] bom = cs == StandardCharsets.UTF_16BE ? new byte[]{(byte) 0xFE, (byte) 0xFF} : new byte[]{(byte) 0xFF, (byte) 0xFE};
                    byte[] all = new byte[bom.length + body.length];
                    System.arraycopy(bom, 0, all, 0, 2);
                    System.arraycopy(body, 0, all, 2, body.length);
                    return truncate(all, f);
                });
        return Arbitraries.oneOf(random, truncated, mutated, spliced, hostileText, utf16);
    }

    static byte[] truncate(byte[] b, double fraction) {
        int n = (int) Math.floor(b.length * fraction);
        byte[] out = new byte[n];
        System.arraycopy(b, 0, out, 0, n);
        return out;
    }

    static byte[] mutate(String good, List<Integer> positions, List<Byte> values) {
        byte[] b = good.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < positions.size(); i++) b[positions.get(i) % b.length] = values.get(i);
        return b;
    }

    @Property
    void anyFileGivesArticlesOrOneClearReasonPerProblem(@ForAll("contents") byte[] content,
                                                          @ForAll("extensions") String ext) throws IOException {
        Path file = dir.resolve("article." + ext);
        Files.write(file, content);
        FileRead read = READER.readFile(file, dir);
        assertThat(read.articles().isEmpty() && read.skipped().isEmpty())
                .as("a file must give articles or a reason, never nothing").isFalse();
        for (SkippedFile s : read.skipped()) assertClearReason(s, "article." + ext);
        for (Article a : read.articles()) {
            assertThat(a.text()).isNotBlank();
            assertThat(a.id()).isNotBlank();
            assertThat(a.path()).isEqualTo("article." + ext);
        }
        Statistics.label("outcome").collect(read.articles().isEmpty() ? "skipped" : read.skipped().isEmpty() ? "read" : "partly read");
    }

    @Provide
    Arbitrary<String> extensions() {
        return Arbitraries.of(EXTENSIONS);
    }

    /** One line a user can act on: names no Java internals, never just "null". */
    static void assertClearReason(SkippedFile s, String path) {
        assertThat(s.path()).isEqualTo(path);
        assertThat(s.reason()).as("reason for %s", path).isNotBlank()
                .doesNotContain("\n").doesNotContain("\r")
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("java.").doesNotContain("\tat ")
                .doesNotMatch("(?s).*:\\s*null\\s*$");
        assertThat(s.reason().length()).as("reason length").isLessThanOrEqualTo(300);
    }

    @Property(tries = 300)
    void aFolderOfBadFilesLoadsEveryGoodOneAndNamesEveryBadOne(@ForAll("folders") List<byte[]> files) throws IOException {
        Path data = Files.createTempDirectory(dir, "data");
        for (int i = 0; i < files.size(); i++) {
            Files.write(data.resolve("f" + i + "." + EXTENSIONS.get(i % EXTENSIONS.size())), files.get(i));
        }
        CorpusLoad load = READER.load(data);
        Set<String> accounted = load.articles().stream().map(Article::path).collect(Collectors.toSet());
        load.skipped().forEach(s -> accounted.add(s.path()));
        for (int i = 0; i < files.size(); i++) {
            assertThat(accounted).contains("f" + i + "." + EXTENSIONS.get(i % EXTENSIONS.size()));
        }
        for (SkippedFile s : load.skipped()) assertThat(s.reason()).isNotBlank().doesNotContain("\n");
        TestEngine.delete(data);
    }

    @Provide
    Arbitrary<List<byte[]>> folders() {
        return contents().list().ofMinSize(1).ofMaxSize(12);
    }
}
