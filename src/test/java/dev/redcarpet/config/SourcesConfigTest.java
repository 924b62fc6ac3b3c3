package dev.redcarpet.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourcesConfigTest {
    @TempDir
    Path dir;

    private Config load(String yaml, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("redcarpet.yaml"), yaml);
        return new ConfigLoader(env).load(dir);
    }

    @Test
    void theShippedConfigHasSafeDefaultsAndNoSources() {
        Config.Sources s = new ConfigLoader(Map.of()).load(Path.of("config")).sources();
        assertThat(s.allowPrivateAddresses()).isFalse();
        assertThat(s.list()).isEmpty();
        assertThat(s.userAgent()).startsWith("RedCarpetBot/");
        assertThat(s.state()).isEqualTo(Path.of("var/sources/"));
        assertThat(s.hostDelayMillis()).isPositive();
    }

    @Test
    void sourcesAreReadWithTheirKindAndRefresh() throws IOException {
        Config c = load("""
                sources:
                  list:
                    - {name: ledger, url: "https://news.example/fashion/rss", kind: feed, refreshMinutes: 15}
                    - {name: ledger-map, url: "https://news.example/sitemap.xml", kind: sitemap}
                    - {name: one-story, url: "http://news.example/a/1", kind: article, refreshMinutes: 1440}
                """, Map.of("REDCARPET_SOURCES_ALLOW_PRIVATE_ADDRESSES", "true"));
        assertThat(c.sources().list()).extracting(Config.Source::name, Config.Source::kind, Config.Source::refreshMinutes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ledger", "feed", 15),
                        org.assertj.core.groups.Tuple.tuple("ledger-map", "sitemap", 60),
                        org.assertj.core.groups.Tuple.tuple("one-story", "article", 1440));
        assertThat(c.sources().allowPrivateAddresses()).isTrue();
    }

    @Test
    void theListCannotComeFromTheEnvironment() {
        assertThatThrownBy(() -> load("", Map.of("REDCARPET_SOURCES_LIST", "https://a.example/")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("REDCARPET_SOURCES_LIST").hasMessageContaining("'sources.list'");
    }

    @Test
    void aBadSourceIsOneLineNamingWhatIsWrong() {
        assertThatThrownBy(() -> load("sources:\n  list:\n    - {name: Bad Name, url: 'https://a.example/'}\n", Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("key 'sources.list' item 1: name must be");
        assertThatThrownBy(() -> load("sources:\n  list:\n    - {name: a, url: 'file:///etc/passwd'}\n", Map.of()))
                .hasMessageContaining("item 1: url must be an http or https address");
        assertThatThrownBy(() -> load("sources:\n  list:\n    - {name: a, url: 'https://a.example/', kind: podcast}\n", Map.of()))
                .hasMessageContaining("kind must be feed, sitemap or article");
        assertThatThrownBy(() -> load("sources:\n  list:\n    - {name: a, url: 'https://a.example/', refreshMinutes: 0}\n", Map.of()))
                .hasMessageContaining("refreshMinutes");
        assertThatThrownBy(() -> load("sources:\n  list:\n    - {name: a, url: 'https://a.example/'}\n    - {name: a, url: 'https://b.example/'}\n", Map.of()))
                .hasMessageContaining("used twice");
        assertThatThrownBy(() -> load("sources:\n  list:\n    - {name: a, link: 'https://a.example/'}\n", Map.of()))
                .hasMessageContaining("item 1: unknown key 'link'");
        assertThatThrownBy(() -> load("sources:\n  allowPrivateAddresses: sometimes\n", Map.of()))
                .hasMessageContaining("'sources.allowPrivateAddresses' must be true or false");
        assertThatThrownBy(() -> load("sources:\n  list: https://a.example/\n", Map.of()))
                .hasMessageContaining("'sources.list' must be a list of sources");
    }
}
