package dev.redcarpet.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigException;
import dev.redcarpet.config.ConfigLoader;
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
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Config files with missing values, wrong types and unknown keys: each either loads with the value
 * it says, or fails with a {@link ConfigException} naming the key. Nothing else escapes.
 */
class ConfigProperties {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final List<String> LEAVES = ConfigLoader.knownKeys().stream()
            .filter(k -> !Set.of("corpus", "discord", "http", "sources", "ranking").contains(k)).sorted().toList();
    static final Config DEFAULTS = new ConfigLoader(Map.of()).load(null);
    static Path dir;

    @BeforeContainer
    static void make() {
        dir = TestEngine.tempDir();
    }

    @AfterContainer
    static void remove() {
        TestEngine.delete(dir);
    }

    static Config load(String yaml, Map<String, String> env) {
        try {
            Files.write(dir.resolve(ConfigLoader.FILE_NAME), yaml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new ConfigLoader(env).load(dir);
    }

    /** Any YAML scalar or structure, of every type the file could hold. */
    @Provide
    Arbitrary<JsonNode> values() {
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                Arbitraries.longs().map(n -> NODES.numberNode(n)),
                Arbitraries.integers().between(-3, 70_000).map(n -> NODES.numberNode(n)),
                Arbitraries.of(BigInteger.TWO.pow(64).add(BigInteger.ONE), BigInteger.TWO.pow(32), BigInteger.TWO.pow(32).add(BigInteger.valueOf(3)),
                        BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE)).map(n -> NODES.numberNode(n)),
                Arbitraries.doubles().map(d -> NODES.numberNode(d)),
                Arbitraries.of(true, false).map(b -> NODES.booleanNode(b)),
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of("", " ", "0-3", "3", "1,2", "12,34", "abc", "-1", "1e9", "0x10", "４２", "~", "null", "yes")
                        .map(s -> NODES.textNode(s)),
                Hostile.shortQuestion().map(s -> NODES.textNode(s)));
        Arbitrary<JsonNode> lists = scalars.list().ofMaxSize(3).map(l -> {
            var a = NODES.arrayNode();
            l.forEach(a::add);
            return a;
        });
        Arbitrary<JsonNode> maps = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), scalars)
                .as((k, v) -> (JsonNode) NODES.objectNode().set(k, v));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, scalars), net.jqwik.api.Tuple.of(1, lists), net.jqwik.api.Tuple.of(1, maps));
    }

    @Provide
    Arbitrary<String> leaves() {
        return Arbitraries.of(LEAVES);
    }

    /** Any value under any known key: it loads as given, or the error names the key. */
    @Property
    void aValueOfAnyTypeLoadsAsGivenOrTheErrorNamesTheKey(@ForAll("leaves") String key, @ForAll("values") JsonNode value) throws IOException {
        ObjectNode root = NODES.objectNode();
        put(root, key, value);
        String yaml = YAML.writeValueAsString(root);
        Throwable t = catchThrowable(() -> load(yaml, Map.of()));
        if (t == null) {
            Config c = load(yaml, Map.of());
            if (value.isIntegralNumber()) {
                assertThat(bound(c, key)).as("%s: %s loads as given", key, value).isEqualTo(value.bigIntegerValue().toString());
            }
            Statistics.label("outcome").collect("loaded");
        } else {
            assertThat(t).as("%s: %s", key, value).isExactlyInstanceOf(ConfigException.class);
            assertThat(t.getMessage()).as("message for %s: %s", key, value).contains("'" + key + "'").doesNotContain("\n");
            Statistics.label("outcome").collect("refused");
        }
    }

    /** The same, through the environment variable that overrides the key. */
    @Property
    void anEnvironmentValueLoadsAsGivenOrTheErrorNamesTheVariable(@ForAll("leaves") String key, @ForAll("envValues") String value) {
        String var = ConfigLoader.envName(key);
        Throwable t = catchThrowable(() -> load("", Map.of(var, value)));
        if (t == null) {
            Config c = load("", Map.of(var, value));
            if (value.strip().matches("-?\\d+")) assertThat(bound(c, key)).as("%s=%s", var, value).isEqualTo(new BigInteger(value.strip()).toString());
        } else {
            assertThat(t).as("%s=%s", var, value).isExactlyInstanceOf(ConfigException.class);
            assertThat(t.getMessage()).contains(var).contains("'" + key + "'");
        }
    }

    @Provide
    Arbitrary<String> envValues() {
        return Arbitraries.oneOf(Arbitraries.of("", "0", "-1", "65536", "4294967296", "4294967299", "18446744073709551617", "12,x", "1-2", " 7 "),
                Arbitraries.longs().map(String::valueOf), Hostile.shortQuestion());
    }

    /** Any key the schema does not know, at any level: refused, naming the key path. */
    @Property
    void anUnknownKeyAnywhereIsRefusedByName(@ForAll("unknownKeys") List<String> path, @ForAll("values") JsonNode value) throws IOException {
        ObjectNode root = NODES.objectNode();
        ObjectNode at = root;
        for (int i = 0; i < path.size() - 1; i++) at = at.putObject(path.get(i));
        at.set(path.get(path.size() - 1), value);
        String key = String.join(".", path);
        Throwable t = catchThrowable(() -> load(YAML.writeValueAsString(root), Map.of()));
        assertThat(t).as("unknown key %s", key).isExactlyInstanceOf(ConfigException.class);
        assertThat(t.getMessage()).contains("unknown key '" + key + "'");
    }

    @Provide
    Arbitrary<List<String>> unknownKeys() {
        Arbitrary<String> section = Arbitraries.of("corpus", "discord", "http", "sources");
        Arbitrary<String> name = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10).filter(s -> !LEAVES.contains(s) && !Set.of("corpus", "discord", "http", "sources").contains(s)),
                Arbitraries.of("token", "Token", "DATA", "guildids", "user_cooldown_seconds", "maxfilebytes", "port ", " data", ""),
                Arbitraries.of(LEAVES).map(k -> k.contains(".") ? k : k + "s"));
        return Arbitraries.oneOf(
                name.map(List::of),
                Combinators.combine(section, name).as((s, n) -> List.of(s, n)).filter(p -> !LEAVES.contains(p.get(0) + "." + p.get(1))));
    }

    /** Missing values (absent or null) fall back to the defaults, whatever else is set. */
    @Property
    void missingValuesTakeTheDefaults(@ForAll("subsets") List<String> nulled) throws IOException {
        ObjectNode root = NODES.objectNode();
        for (String key : nulled) put(root, key, NODES.nullNode());
        Config c = load(YAML.writeValueAsString(root), Map.of());
        Config defaults = DEFAULTS;
        assertThat(c.discord()).isEqualTo(defaults.discord());
        assertThat(c.corpus()).isEqualTo(defaults.corpus());
        assertThat(c.http()).isEqualTo(defaults.http());
        assertThat(c.data()).isEqualTo(defaults.data());
        assertThat(c.index()).isEqualTo(defaults.index());
        assertThat(c.sources()).isEqualTo(defaults.sources());
    }

    @Provide
    Arbitrary<List<String>> subsets() {
        return Arbitraries.subsetOf(LEAVES).map(List::copyOf);
    }

    /** Arbitrary text as the whole file: loads, or a one-line ConfigException. */
    @Property
    void anyFileTextLoadsOrFailsWithAConfigException(@ForAll("fileTexts") String yaml) {
        Throwable t = catchThrowable(() -> load(yaml, Map.of()));
        if (t != null) {
            assertThat(t).as("file %s", Show.text(yaml)).isExactlyInstanceOf(ConfigException.class);
            assertThat(t.getMessage()).contains("redcarpet.yaml").doesNotContain("\n");
        }
    }

    @Provide
    Arbitrary<String> fileTexts() {
        return Arbitraries.oneOf(Hostile.question(),
                Arbitraries.of("discord:\n  - a\n", "http: 5\n", "data: [unclosed\n", "a: &x [*x]\n", "- 1\n- 2\n", "!!binary aGk=\n",
                        "discord:\n  guildIds: !!set {1, 2}\n", "data: \"\\uD800\"\n", "? [1, 2]\n: 3\n", "{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\n",
                        "data: x\ndata: y\n", "http:\n  port: 8080\n  port: 99999\n", "\t data: x\n"));
    }

    static void put(ObjectNode root, String key, JsonNode value) {
        String[] parts = key.split("\\.");
        ObjectNode at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            at = at.has(parts[i]) ? (ObjectNode) at.get(parts[i]) : at.putObject(parts[i]);
        }
        at.set(parts[parts.length - 1], value);
    }

    /** The loaded value of a numeric key, as text. */
    static String bound(Config c, String key) {
        return switch (key) {
            case "corpus.maxFileBytes" -> String.valueOf(c.corpus().maxFileBytes());
            case "corpus.maxDropPercent" -> String.valueOf(c.corpus().maxDropPercent());
            case "corpus.analysisSecondsPerArticle" -> String.valueOf(c.corpus().analysisSecondsPerArticle());
            case "corpus.followLinksInside" -> String.valueOf(c.corpus().followLinksInside());
            case "discord.userCooldownSeconds" -> String.valueOf(c.discord().userCooldownSeconds());
            case "discord.guildPerMinute" -> String.valueOf(c.discord().guildPerMinute());
            case "discord.maxIngestBytes" -> String.valueOf(c.discord().maxIngestBytes());
            case "discord.shardTotal" -> String.valueOf(c.discord().shardTotal());
            case "http.port" -> String.valueOf(c.http().port());
            case "discord.guildIds" -> String.join(",", c.discord().guildIds());
            case "discord.adminUserIds" -> String.join(",", c.discord().adminUserIds());
            case "discord.adminRoleIds" -> String.join(",", c.discord().adminRoleIds());
            case "discord.shards" -> c.discord().shards();
            case "data" -> c.data().toString();
            case "index" -> c.index().toString();
            case "http.bind" -> c.http().bind();
            case "sources.userAgent" -> c.sources().userAgent();
            case "sources.hostDelayMillis" -> String.valueOf(c.sources().hostDelayMillis());
            case "sources.timeoutSeconds" -> String.valueOf(c.sources().timeoutSeconds());
            case "sources.maxPageBytes" -> String.valueOf(c.sources().maxPageBytes());
            case "sources.maxRedirects" -> String.valueOf(c.sources().maxRedirects());
            case "sources.maxArticlesPerPass" -> String.valueOf(c.sources().maxArticlesPerPass());
            case "sources.minArticleWords" -> String.valueOf(c.sources().minArticleWords());
            case "sources.allowPrivateAddresses" -> String.valueOf(c.sources().allowPrivateAddresses());
            case "sources.state" -> c.sources().state().toString();
            case "sources.list" -> String.valueOf(c.sources().list().size());
            case "ranking.passages" -> String.valueOf(c.ranking().passages());
            case "ranking.rerank" -> String.valueOf(c.ranking().rerank());
            case "ranking.shortPassageChars" -> String.valueOf(c.ranking().shortPassageChars());
            default -> key.startsWith("ranking.") ? weight(c, key) : unknown(key);
        };
    }

    /** A ranking weight as text, without a trailing ".0" (5.0 was given as 5). */
    static String weight(Config c, String key) {
        var r = c.ranking();
        double v = switch (key) {
            case "ranking.k1" -> r.k1();
            case "ranking.b" -> r.b();
            case "ranking.sentenceType" -> r.sentenceType();
            case "ranking.articleWeight" -> r.articleWeight();
            case "ranking.passageWeight" -> r.passageWeight();
            case "ranking.secondPassageWeight" -> r.secondPassageWeight();
            case "ranking.bm25" -> r.bm25();
            case "ranking.person" -> r.person();
            case "ranking.mainPerson" -> r.mainPerson();
            case "ranking.subject" -> r.subject();
            case "ranking.event" -> r.event();
            case "ranking.year" -> r.year();
            case "ranking.recency" -> r.recency();
            case "ranking.type" -> r.type();
            case "ranking.shortPassage" -> r.shortPassage();
            default -> throw new IllegalArgumentException(key);
        };
        return new java.math.BigDecimal(v).stripTrailingZeros().toPlainString();
    }

    static String unknown(String key) {
        throw new IllegalArgumentException(key);
    }
}
