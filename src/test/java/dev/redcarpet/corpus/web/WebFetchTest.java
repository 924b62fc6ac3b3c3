package dev.redcarpet.corpus.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.TextRenderer;
import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.ops.Health;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Feeds, sitemaps and pages served on 127.0.0.1, fetched by a real engine into a temporary data/. */
class WebFetchTest {
    @TempDir
    Path tmp;
    private TestSite site;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws IOException {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private Config config(boolean allowPrivate, Config.Source... sources) throws IOException {
        Config base = new ConfigLoader(Map.of()).load(Path.of("config"));
        Path data = Files.createDirectories(tmp.resolve("data"));
        return base.withData(data).withIndex(tmp.resolve("index"))
                .withSources(base.sources().withList(List.of(sources)).withPrivateAddresses(allowPrivate)
                        .withState(tmp.resolve("var/sources")).withLimits(0, 3, 200_000));
    }

    private void serveArticles(int from, int to, boolean jsonLdEveryFifth) {
        for (int i = from; i < to; i++) {
            String path = "/articles/" + i;
            site.page(path, "text/html; charset=utf-8", TestPages.articlePage(site.url(path), i, jsonLdEveryFifth && i % 5 == 0));
        }
    }

    private List<String> links(int from, int to, String suffix) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < to; i++) out.add(site.url("/articles/" + i + suffix));
        return out;
    }

    private List<Path> saved(String source) throws IOException {
        Path dir = tmp.resolve("data/sources").resolve(source);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aFeedOfFiftyNewArticlesIsAnswerableAfterOnePassAndTheSecondPassDownloadsNothing() throws IOException {
        serveArticles(0, 50, true);
        site.page("/feed.xml", "application/rss+xml", TestPages.rss(links(0, 50, "?utm_source=rss")));
        Config config = config(true, new Config.Source("ledger", site.url("/feed.xml"), "feed", 30));

        try (Engine engine = Engine.open(config)) {
            assertThat(engine.ask("What did " + TestPages.person(17) + " wear to the 2025 Met Gala?").abstained()).isTrue();

            FetchReport first = engine.fetchSources(false, WebSources.Progress.NONE);

            assertThat(first.saved()).isEqualTo(50);
            assertThat(first.failed()).isZero();
            List<Path> files = saved("ledger");
            assertThat(files).hasSize(50).allSatisfy(f -> assertThat(f.getFileName().toString()).startsWith("2025-05-05-").endsWith(".json"));
            JsonNode stored = json.readTree(files.stream().filter(f -> f.toString().contains(TestPages.person(17).toLowerCase().replace(' ', '-'))).findFirst().orElseThrow().toFile());
            assertThat(stored.get("title").asText()).isEqualTo(TestPages.title(17));
            assertThat(stored.get("url").asText()).isEqualTo(site.url("/articles/17"));
            assertThat(stored.get("date").asText()).isEqualTo("2025-05-05");
            assertThat(stored.get("author").asText()).isEqualTo("Imogen Tally");
            assertThat(stored.get("text").asText())
                    .contains("We wanted something that moved when I walked")
                    .doesNotContain("cookies").doesNotContain("Lantern Weekend Sale").doesNotContain("Related stories")
                    .doesNotContain("Sign me up").doesNotContain("Copyright");
            assertThat(site.hits).allSatisfy(h -> assertThat(h.userAgent()).startsWith("RedCarpetBot/"));

            Answer a = engine.ask("What did " + TestPages.person(17) + " wear to the 2025 Met Gala?");
            assertThat(a.abstained()).isFalse();
            assertThat(TextRenderer.render(a)).contains(TestPages.house(17));
            assertThat(a.sources()).anySatisfy(s -> assertThat(s.url()).isEqualTo(site.url("/articles/17")));

            int before = site.hits.size();
            FetchReport second = engine.fetchSources(true, WebSources.Progress.NONE);
            List<TestSite.Hit> again = site.hits.subList(before, site.hits.size());
            assertThat(second.saved()).isZero();
            assertThat(second.sources()).singleElement().satisfies(r -> assertThat(r.notModified()).isTrue());
            assertThat(again).extracting(TestSite.Hit::path).containsExactly("/feed.xml");
            assertThat(again.get(0).ifNoneMatch()).isNotNull();
            assertThat(saved("ledger")).hasSize(50);
        }
    }

    @Test
    void aNewItemInAChangedFeedIsTheOnlyPageDownloaded() throws IOException {
        serveArticles(0, 4, false);
        site.page("/feed.xml", "application/rss+xml", TestPages.rss(links(0, 3, "")));
        Config config = config(true, new Config.Source("ledger", site.url("/feed.xml"), "feed", 30));
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.fetchSources(true, null).saved()).isEqualTo(3);
            site.page("/feed.xml", "application/rss+xml", TestPages.rss(links(0, 4, "")));
            int before = site.hits.size();
            assertThat(engine.fetchSources(true, null).saved()).isEqualTo(1);
            assertThat(site.hits.subList(before, site.hits.size())).extracting(TestSite.Hit::path)
                    .containsExactly("/feed.xml", "/articles/3");
        }
    }

    @Test
    void aPrivateAddressIsRefusedByDefaultWithoutAnyRequest() throws IOException {
        serveArticles(0, 1, false);
        Config config = config(false, new Config.Source("local", site.url("/articles/0"), "article", 30));
        try (Engine engine = Engine.open(config)) {
            UrlIngestReport r = engine.ingestUrl(site.url("/articles/0"));
            assertThat(r.accepted()).isFalse();
            assertThat(r.message()).contains("non-public address").contains("sources.allowPrivateAddresses");

            FetchReport pass = engine.fetchSources(true, null);
            assertThat(pass.sources()).singleElement().satisfies(s -> assertThat(s.saved()).isEmpty());
            assertThat(site.hits).isEmpty();
            assertThat(tmp.resolve("data/sources/local")).doesNotExist();
        }
    }

    @Test
    void aBrokenSourceIsReportedAndBackedOffWhileTheOthersLand() throws IOException {
        serveArticles(0, 6, false);
        site.page("/good.xml", "application/rss+xml", TestPages.rss(links(0, 3, "")));
        site.page("/atom.xml", "application/atom+xml", TestPages.atom(links(3, 6, "")));
        site.page("/broken.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss><channel><item><title>cut off");
        site.route("/busy.xml", ex -> {
            ex.getResponseHeaders().set("Retry-After", "7200");
            TestSite.send(ex, 429, "text/plain", "slow down");
        });
        site.route("/loop-a", ex -> TestSite.redirect(ex, 302, "/loop-b"));
        site.route("/loop-b", ex -> TestSite.redirect(ex, 302, "/loop-a"));
        Config config = config(true,
                new Config.Source("good", site.url("/good.xml"), "feed", 30),
                new Config.Source("broken", site.url("/broken.xml"), "feed", 30),
                new Config.Source("busy", site.url("/busy.xml"), "feed", 30),
                new Config.Source("loop", site.url("/loop-a"), "feed", 30),
                new Config.Source("gone", site.url("/nothing-here.xml"), "feed", 30),
                new Config.Source("notes", site.url("/atom.xml"), "feed", 30));
        try (Engine engine = Engine.open(config)) {
            FetchReport r = engine.fetchSources(false, null);

            assertThat(saved("good")).hasSize(3);
            assertThat(saved("notes")).hasSize(3);
            assertThat(site.mostAtOnce()).as("six sources on one host, fetched in parallel, one request at a time").isEqualTo(1);
            assertThat(r.saved()).isEqualTo(6);
            assertThat(r.sources()).filteredOn(s -> !s.ok()).extracting(SourceResult::name)
                    .containsExactlyInAnyOrder("broken", "busy", "loop", "gone");
            List<SourceStatus> statuses = engine.webSources();
            assertThat(statuses).filteredOn(SourceStatus::failing).hasSize(4).allSatisfy(s -> {
                assertThat(s.failures()).isEqualTo(1);
                assertThat(s.nextFetch()).isAfter(Instant.now());
            });
            assertThat(status(statuses, "broken").lastError()).contains("not a readable RSS or Atom feed");
            assertThat(status(statuses, "busy").lastError()).contains("HTTP 429");
            assertThat(status(statuses, "busy").nextFetch()).isAfter(Instant.now().plusSeconds(3600));
            assertThat(status(statuses, "loop").lastError()).contains("redirect loop");
            assertThat(status(statuses, "gone").lastError()).contains("HTTP 404");
            assertThat(status(statuses, "good").failing()).isFalse();
            assertThat(status(statuses, "good").saved()).isEqualTo(3);

            Health.Report health = new Health(engine, Clock.systemUTC()).check();
            assertThat(health.sources().failing()).isEqualTo(4);
            assertThat(health.sources().list()).extracting(SourceStatus::name).contains("broken", "good");

            int before = site.hits.size();
            FetchReport soon = engine.fetchSources(false, null);
            assertThat(soon.sources()).as("nothing is due again yet: good sources wait for their refresh, broken ones back off").isEmpty();
            assertThat(site.hits.size()).isEqualTo(before);
            assertThat(engine.ask("What did " + TestPages.person(4) + " wear to the 2025 Met Gala?").abstained()).isFalse();
        }
        // the state outlives the engine: a restart still knows the errors
        try (Engine engine = Engine.open(config)) {
            assertThat(status(engine.webSources(), "busy").lastError()).contains("HTTP 429");
        }
    }

    @Test
    void aSitemapIndexLeadsToTheArticlesOfItsSitemaps() throws IOException {
        serveArticles(40, 44, false);
        site.page("/sitemap-a.xml", "application/xml", TestPages.sitemap(links(40, 42, "")));
        site.page("/sitemap-b.xml", "application/xml", TestPages.sitemap(links(42, 44, "")));
        site.page("/sitemap.xml", "application/xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                <sitemap><loc>%s</loc></sitemap><sitemap><loc>%s</loc></sitemap>
                </sitemapindex>""".formatted(site.url("/sitemap-a.xml"), site.url("/sitemap-b.xml")).strip());
        Config config = config(true, new Config.Source("ledger-map", site.url("/sitemap.xml"), "sitemap", 60));
        try (Engine engine = Engine.open(config)) {
            FetchReport r = engine.fetchSources(true, null);
            assertThat(r.saved()).isEqualTo(4);
            assertThat(saved("ledger-map")).hasSize(4);
            assertThat(status(engine.webSources(), "ledger-map").line()).startsWith("ledger-map (sitemap, every 60 min): 4 saved, last fetch ").endsWith(", ok");
        }
    }

    @Test
    void twoEnginesSharingDataAndStateFetchEachPageOnce() throws IOException {
        serveArticles(0, 3, false);
        site.page("/feed.xml", "application/rss+xml", TestPages.rss(links(0, 3, "")));
        Config config = config(true, new Config.Source("ledger", site.url("/feed.xml"), "feed", 30));
        try (Engine one = Engine.open(config); Engine two = Engine.open(config.withIndex(tmp.resolve("index-2")))) {
            assertThat(one.fetchSources(false, null).saved()).isEqualTo(3);
            two.reload(); // as the reload stamp makes a second process do
            int before = site.hits.size();
            FetchReport r = two.fetchSources(true, null);
            assertThat(r.saved()).isZero();
            assertThat(site.hits.subList(before, site.hits.size())).extracting(TestSite.Hit::path).containsExactly("/robots.txt", "/feed.xml");
            assertThat(site.hits.get(site.hits.size() - 1).ifNoneMatch()).as("the validators the other engine stored").isNotNull();
            assertThat(saved("ledger")).hasSize(3);
        }
    }

    private static SourceStatus status(List<SourceStatus> all, String name) {
        return all.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
