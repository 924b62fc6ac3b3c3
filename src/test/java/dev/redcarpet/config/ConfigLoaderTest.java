package dev.redcarpet.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Config load(String yaml, Map<String, String> env) throws IOException {
        Files.writeString(dir.resolve("redcarpet.yaml"), yaml);
        return new ConfigLoader(env).load(dir);
    }

    @Test
    void builtInDefaultsPointAtDataAndVar() {
        Config c = new ConfigLoader(Map.of()).load(null);
        assertThat(c.data()).isEqualTo(Path.of("data/"));
        assertThat(c.index()).isEqualTo(Path.of("var/index/"));
        assertThat(c.discord().userCooldownSeconds()).isEqualTo(3);
        assertThat(c.http().port()).isZero();
    }

    @Test
    void unknownKeyIsNamed() {
        assertThatThrownBy(() -> load("discord:\n  tokn: abc\n", Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown key 'discord.tokn'");
    }

    @Test
    void aTokenInTheFileIsRefusedAsAnUnknownKey() {
        assertThatThrownBy(() -> load("discord:\n  token: secret-value\n", Map.of()))
                .hasMessageContaining("'discord.token'")
                .hasMessageNotContaining("secret-value");
    }

    @Test
    void badValueNamesKeyAndWhatItMustBe() {
        assertThatThrownBy(() -> load("discord:\n  userCooldownSeconds: soon\n", Map.of()))
                .hasMessageContaining("'discord.userCooldownSeconds'")
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> load("http:\n  port: 70000\n", Map.of())).hasMessageContaining("'http.port'");
        assertThatThrownBy(() -> load("discord:\n  adminUserIds: [abc]\n", Map.of())).hasMessageContaining("digits only");
    }

    @Test
    void bm25ParametersAreRankingKeysWithTheirRangesNamed() throws IOException {
        Config c = load("ranking:\n  k1: 0.9\n  b: 0.4\n", Map.of());
        assertThat(c.ranking().k1()).isEqualTo(0.9);
        assertThat(c.ranking().b()).isEqualTo(0.4);
        assertThat(load("", Map.of("REDCARPET_RANKING_K1", "1.5")).ranking().k1()).isEqualTo(1.5);
        assertThatThrownBy(() -> load("ranking:\n  b: 1.5\n", Map.of()))
                .isExactlyInstanceOf(ConfigException.class)
                .hasMessageContaining("'ranking.b'").hasMessageContaining("from 0 to 1").hasMessageContaining("1.5");
        assertThatThrownBy(() -> load("ranking:\n  k1: high\n", Map.of()))
                .hasMessageContaining("'ranking.k1'").hasMessageContaining("from 0 to 10");
        assertThatThrownBy(() -> load("", Map.of("REDCARPET_RANKING_SHORT_PASSAGE_CHARS", "-3")))
                .hasMessageContaining("REDCARPET_RANKING_SHORT_PASSAGE_CHARS").hasMessageContaining("'ranking.shortPassageChars'");
    }

    @Test
    void environmentOverridesTheFileAndIsNamedWhenBad() throws IOException {
        Config c = load("data: articles/\n", Map.of("REDCARPET_DATA", "/srv/red", "REDCARPET_DISCORD_ADMIN_USER_IDS", "12,34"));
        assertThat(c.data()).isEqualTo(Path.of("/srv/red"));
        assertThat(c.discord().adminUserIds()).containsExactly("12", "34");
        assertThatThrownBy(() -> load("", Map.of("REDCARPET_HTTP_PORT", "x")))
                .hasMessageContaining("REDCARPET_HTTP_PORT").hasMessageContaining("'http.port'");
    }

    @Test
    void discordEndpointsComeFromTheirOwnVariablesAndBadOnesAreRefusedInOneLine() {
        Config plain = new ConfigLoader(Map.of()).load(null);
        assertThat(plain.discord().restUrl()).isNull();
        assertThat(plain.discord().gatewayUrl()).isNull();
        Config proxied = new ConfigLoader(Map.of("DISCORD_REST_URL", "http://proxy.internal:8080/api/v10/",
                "DISCORD_GATEWAY_URL", "wss://gateway.internal")).load(null);
        assertThat(proxied.discord().restUrl()).isEqualTo("http://proxy.internal:8080/api/v10/");
        assertThat(proxied.discord().gatewayUrl()).isEqualTo("wss://gateway.internal");
        assertThatThrownBy(() -> new ConfigLoader(Map.of("DISCORD_REST_URL", "proxy:8080")).load(null))
                .isInstanceOf(ConfigException.class)
                .hasMessage("environment variable DISCORD_REST_URL: key 'discord.restUrl' must be an absolute http or https URL, got 'proxy:8080'");
        assertThatThrownBy(() -> new ConfigLoader(Map.of("REDCARPET_DISCORD_GATEWAY_URL", "http://x")).load(null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'discord.gatewayUrl' must be an absolute ws or wss URL");
    }

    @Test
    void brokenYamlSaysWhere() {
        assertThatThrownBy(() -> load("data: [unclosed\n", Map.of()))
                .hasMessageContaining("redcarpet.yaml").hasMessageContaining("not valid YAML");
    }

    @Test
    void missingConfigFolderIsOneLine() {
        assertThatThrownBy(() -> new ConfigLoader(Map.of()).load(dir.resolve("nope")))
                .hasMessageStartingWith("config file not found");
    }
}
