package dev.redcarpet.cli;

import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.corpus.web.TestPages;
import dev.redcarpet.corpus.web.TestSite;
import dev.redcarpet.engine.Engine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** index --fetch and the console's /ingest URL and /stats, against a site on 127.0.0.1. */
class WebSourcesCliTest {
    @TempDir
    Path tmp;
    private TestSite site;
    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    @BeforeEach
    void start() throws IOException {
        site = new TestSite();
        for (int i = 30; i < 33; i++) site.page("/articles/" + i, "text/html", TestPages.articlePage(site.url("/articles/" + i), i, false));
        site.page("/feed.xml", "application/rss+xml", TestPages.rss(List.of(site.url("/articles/30"), site.url("/articles/31"))));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    /** A copy of config/ whose redcarpet.yaml lists the test site's feed and a source that is down. */
    private Path configDir() throws IOException {
        Path dir = tmp.resolve("config");
        try (Stream<Path> files = Files.walk(Path.of("config"))) {
            for (Path f : files.toList()) {
                Path to = dir.resolve(Path.of("config").relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to);
            }
        }
        Files.writeString(dir.resolve("redcarpet.yaml"), """
                sources:
                  hostDelayMillis: 0
                  timeoutSeconds: 3
                  allowPrivateAddresses: true
                  state: %s
                  list:
                    - {name: ledger, url: "%s", kind: feed, refreshMinutes: 30}
                    - {name: down, url: "%s", kind: feed, refreshMinutes: 30}
                """.formatted(tmp.resolve("state").toString().replace("\\", "/"), site.url("/feed.xml"), site.url("/missing.xml")));
        return dir;
    }

    @Test
    void indexFetchRunsOnePassWithAProgressBarThenAnswers() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        String[] common = {"--config", configDir().toString(), "--data", data.toString(), "--index", tmp.resolve("i").toString()};
        assertThat(Main.run(concat(new String[]{"index", "--fetch"}, common))).isZero();
        assertThat(streams.err()).contains("Fetching [").contains("2/2 pages");
        assertThat(streams.out())
                .contains("2 sources fetched: 2 new articles, 1 failed")
                .contains("ledger: 2 listed, 2 new")
                .contains("down: failed — HTTP 404");
        try (Stream<Path> files = Files.list(data.resolve("sources/ledger"))) {
            assertThat(files.count()).isEqualTo(2);
        }
        streams.reset();
        assertThat(Main.run(concat(new String[]{"ask", "What did " + TestPages.person(31) + " wear to the 2025 Met Gala?"}, common))).isZero();
        assertThat(streams.out()).contains(TestPages.house(31)).contains("Sources:\n[1] " + TestPages.person(31)).contains(" \u2014 http://127.0.0.1:");
    }

    @Test
    void theConsoleIngestsAUrlAndItsStatsNameFailingSources() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Config config = new ConfigLoader(Map.of()).load(configDir()).withData(data).withIndex(tmp.resolve("i"));
        try (Engine engine = Engine.open(config)) {
            ConsoleCommand.Session s = new ConsoleCommand.Session(engine);
            assertThat(s.handle("/ingest " + site.url("/articles/32"))).startsWith("Saved 1 article from this page under data/sources/127-0-0-1/");
            assertThat(s.handle("what did " + TestPages.person(32).toLowerCase() + " wear to the 2025 met gala")).contains(TestPages.house(32));
            assertThat(s.handle("/ingest " + site.url("/articles/32"))).startsWith("Already in the corpus");
            engine.fetchSources(true, null);
            assertThat(s.handle("/stats")).contains("sources 2, failing 1").contains("down (feed, every 30 min): 0 saved, last fetch ")
                    .contains("failing 1 time: HTTP 404");
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
