package dev.redcarpet.corpus.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.engine.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What /ingest URL does with pages that are not plain articles, and with the same article twice. */
class PageRefusalsTest {
    @TempDir
    Path tmp;
    private TestSite site;

    @BeforeEach
    void start() throws IOException {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Engine engine(int timeoutSeconds, long maxBytes) throws IOException {
        Config base = new ConfigLoader(Map.of()).load(Path.of("config"));
        Path data = Files.createDirectories(tmp.resolve("data"));
        return Engine.open(base.withData(data).withIndex(tmp.resolve("index"))
                .withSources(base.sources().withPrivateAddresses(true).withState(tmp.resolve("state"))
                        .withLimits(0, timeoutSeconds, maxBytes)));
    }

    private long filesUnder(String folder) throws IOException {
        Path dir = tmp.resolve("data/sources").resolve(folder);
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aSinglePageIsSavedWithItsJsonLdMetadataAndNotTwice() throws IOException {
        site.page("/articles/7", "text/html", TestPages.articlePage(site.url("/articles/7"), 7, true));
        site.page("/mirror/7", "text/html", TestPages.articlePage(site.url("/mirror/7"), 7, true));
        try (Engine engine = engine(3, 200_000)) {
            UrlIngestReport r = engine.ingestUrl(site.url("/articles/7?utm_source=chat"));
            assertThat(r.accepted()).isTrue();
            assertThat(r.saved()).singleElement().satisfies(p -> assertThat(p).startsWith("sources/127-0-0-1/2025-05-05-"));
            JsonNode stored = new ObjectMapper().readTree(tmp.resolve("data").resolve(r.saved().get(0)).toFile());
            assertThat(stored.get("url").asText()).isEqualTo(site.url("/articles/7"));
            assertThat(stored.get("source").asText()).isEqualTo("The Carpet Ledger");
            assertThat(stored.get("author").asText()).isEqualTo("Imogen Tally");

            UrlIngestReport sameUrl = engine.ingestUrl(site.url("/articles/7"));
            assertThat(sameUrl.accepted()).isFalse();
            assertThat(sameUrl.message()).contains("Already in the corpus");
            UrlIngestReport sameText = engine.ingestUrl(site.url("/mirror/7"));
            assertThat(sameText.accepted()).isFalse();
            assertThat(filesUnder("127-0-0-1")).isEqualTo(1);
            assertThat(engine.ask("What did " + TestPages.person(7) + " wear to the 2025 Met Gala?").abstained()).isFalse();
        }
    }

    @Test
    void pagesThatAreNotArticlesAreRefusedWithAReason() throws IOException {
        site.page("/fashion", "text/html", TestPages.indexPage());
        site.page("/logo.png", "image/png", "PNGDATA");
        site.route("/huge", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0); // chunked: no length given up front
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = "<p>padding padding padding padding</p>\n".repeat(200).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 100; i++) out.write(chunk);
            }
        });
        site.route("/slow", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("<html><body><p>The first words arrive".getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(4_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        site.route("/to-file", ex -> {
            ex.getResponseHeaders().set("Location", "file:///etc/passwd");
            ex.sendResponseHeaders(301, -1);
        });
        for (int hop = 0; hop < 9; hop++) {
            String next = "/hop/" + (hop + 1);
            site.route("/hop/" + hop, ex -> {
                ex.getResponseHeaders().set("Location", next);
                ex.sendResponseHeaders(302, -1);
            });
        }
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.page("/private/notes", "text/html", TestPages.articlePage(site.url("/private/notes"), 3, false));
        try (Engine engine = engine(1, 50_000)) {
            assertThat(engine.ingestUrl(site.url("/fashion")).message()).contains("not an article");
            assertThat(engine.ingestUrl(site.url("/logo.png")).message()).contains("not a web page (image/png)");
            assertThat(engine.ingestUrl(site.url("/huge")).message()).contains("larger than the limit of 50000 bytes");
            assertThat(engine.ingestUrl(site.url("/slow")).message()).contains("did not arrive within 1 s");
            assertThat(engine.ingestUrl(site.url("/to-file")).message()).contains("only http and https");
            assertThat(engine.ingestUrl(site.url("/hop/0")).message()).contains("more than 5 redirects");
            assertThat(site.hitsOn("/hop/")).isEqualTo(6);
            assertThat(engine.ingestUrl(site.url("/private/notes")).message()).contains("robots.txt").contains("does not allow /private/notes");
            assertThat(engine.ingestUrl("ftp://example.org/a").message()).contains("Only http and https");
            assertThat(engine.ingestUrl("not a url at all").accepted()).isFalse();
            assertThat(site.hitsOn("/private/")).isZero();
            assertThat(filesUnder("127-0-0-1")).isZero();
        }
    }

    @Test
    void aFeedOrASitemapGivenByHandBringsItsArticles() throws IOException {
        for (int i = 20; i < 24; i++) site.page("/articles/" + i, "text/html", TestPages.articlePage(site.url("/articles/" + i), i, false));
        site.page("/notes.atom", "application/atom+xml", TestPages.atom(List.of(site.url("/articles/20"), site.url("/articles/21"))));
        site.page("/sitemap.xml", "application/xml", TestPages.sitemap(List.of(site.url("/articles/21"), site.url("/articles/22"), site.url("/articles/23"))));
        try (Engine engine = engine(3, 200_000)) {
            UrlIngestReport feed = engine.ingestUrl(site.url("/notes.atom"));
            assertThat(feed.saved()).hasSize(2);
            assertThat(feed.message()).contains("Saved 2 articles from this feed");
            UrlIngestReport map = engine.ingestUrl(site.url("/sitemap.xml"));
            assertThat(map.saved()).as("the article both list is saved once").hasSize(2);
            assertThat(filesUnder("127-0-0-1")).isEqualTo(4);
            assertThat(engine.ask("What did " + TestPages.person(23) + " wear to the 2025 Met Gala?").abstained()).isFalse();
        }
    }
}
