package dev.redcarpet.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@link Config} from {@code config/redcarpet.yaml}, then applies environment overrides.
 *
 * <p>An override is an environment variable named {@code REDCARPET_} followed by the key path in
 * upper case, with '_' between levels and between camel-case words: {@code REDCARPET_DATA},
 * {@code REDCARPET_DISCORD_USER_COOLDOWN_SECONDS}, {@code REDCARPET_HTTP_PORT}. Lists take
 * comma-separated values. Unknown keys and bad values fail with a message naming the key.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = "redcarpet.yaml";
    private static final String RESOURCE_DIR = "/config/";
    /** Duplicate keys are an error: the second silently winning hides a mistake. */
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /** Every key the file may hold, with its type. */
    private static final Map<String, Kind> SCHEMA = Map.ofEntries(
            Map.entry("data", Kind.TEXT),
            Map.entry("index", Kind.TEXT),
            Map.entry("corpus", Kind.SECTION),
            Map.entry("corpus.maxFileBytes", Kind.POSITIVE),
            Map.entry("corpus.followLinksInside", Kind.BOOLEAN),
            Map.entry("corpus.maxDropPercent", Kind.PERCENT),
            Map.entry("corpus.analysisSecondsPerArticle", Kind.NON_NEGATIVE),
            Map.entry("discord", Kind.SECTION),
            Map.entry("discord.guildIds", Kind.IDS),
            Map.entry("discord.adminUserIds", Kind.IDS),
            Map.entry("discord.adminRoleIds", Kind.IDS),
            Map.entry("discord.userCooldownSeconds", Kind.NON_NEGATIVE),
            Map.entry("discord.guildPerMinute", Kind.NON_NEGATIVE),
            Map.entry("discord.maxIngestBytes", Kind.POSITIVE),
            Map.entry("discord.shardTotal", Kind.SHARD_TOTAL),
            Map.entry("discord.shards", Kind.TEXT),
            Map.entry("discord.restUrl", Kind.TEXT),
            Map.entry("discord.gatewayUrl", Kind.TEXT),
            Map.entry("http", Kind.SECTION),
            Map.entry("http.port", Kind.PORT),
            Map.entry("http.bind", Kind.TEXT),
            Map.entry("sources", Kind.SECTION),
            Map.entry("sources.userAgent", Kind.TEXT),
            Map.entry("sources.hostDelayMillis", Kind.NON_NEGATIVE),
            Map.entry("sources.timeoutSeconds", Kind.POSITIVE),
            Map.entry("sources.maxPageBytes", Kind.POSITIVE),
            Map.entry("sources.maxRedirects", Kind.NON_NEGATIVE),
            Map.entry("sources.maxArticlesPerPass", Kind.POSITIVE),
            Map.entry("sources.minArticleWords", Kind.NON_NEGATIVE),
            Map.entry("sources.allowPrivateAddresses", Kind.BOOLEAN),
            Map.entry("sources.state", Kind.TEXT),
            Map.entry("sources.list", Kind.SOURCE_LIST),
            Map.entry("ranking", Kind.SECTION),
            Map.entry("ranking.passages", Kind.PASSAGES),
            Map.entry("ranking.k1", Kind.K1),
            Map.entry("ranking.b", Kind.SHARE),
            Map.entry("ranking.rerank", Kind.PASSAGES),
            Map.entry("ranking.shortPassageChars", Kind.CHARS),
            Map.entry("ranking.sentenceType", Kind.WEIGHT),
            Map.entry("ranking.articleWeight", Kind.WEIGHT),
            Map.entry("ranking.passageWeight", Kind.WEIGHT),
            Map.entry("ranking.secondPassageWeight", Kind.WEIGHT),
            Map.entry("ranking.bm25", Kind.WEIGHT),
            Map.entry("ranking.person", Kind.WEIGHT),
            Map.entry("ranking.mainPerson", Kind.WEIGHT),
            Map.entry("ranking.subject", Kind.WEIGHT),
            Map.entry("ranking.event", Kind.WEIGHT),
            Map.entry("ranking.year", Kind.WEIGHT),
            Map.entry("ranking.recency", Kind.WEIGHT),
            Map.entry("ranking.type", Kind.WEIGHT),
            Map.entry("ranking.shortPassage", Kind.WEIGHT));

    private enum Kind { TEXT, SECTION, POSITIVE, NON_NEGATIVE, PORT, IDS, SHARD_TOTAL, BOOLEAN, PERCENT, SOURCE_LIST, WEIGHT, PASSAGES, K1, SHARE, CHARS }

    private static final Set<String> SOURCE_KEYS = Set.of("name", "url", "kind", "refreshMinutes");

    /** REDCARPET_ variables read elsewhere (the launcher, logging) rather than bound to a key. */
    private static final Set<String> OTHER_ENV = Set.of("REDCARPET_CONFIG", "REDCARPET_LOG", "REDCARPET_LOG_FORMAT",
            "REDCARPET_JDA_LOG", "REDCARPET_HEAP", "REDCARPET_JAR", "REDCARPET_JAVA_OPTS", "REDCARPET_CDS_ARCHIVE");

    private final Map<String, String> env;

    public ConfigLoader(Map<String, String> env) {
        this.env = env;
    }

    public static Config loadDefault() {
        return new ConfigLoader(System.getenv()).load(null);
    }

    /**
     * @param configDir folder holding redcarpet.yaml; null means ./config when it exists, else the
     *                  copy built into the jar
     */
    public Config load(Path configDir) {
        Path dir = configDir;
        if (dir == null && env.containsKey("REDCARPET_CONFIG")) dir = Path.of(env.get("REDCARPET_CONFIG"));
        if (dir == null && Files.isRegularFile(Path.of("config", FILE_NAME))) dir = Path.of("config");
        ObjectNode root;
        String where;
        if (dir != null) {
            Path file = dir.resolve(FILE_NAME);
            where = file.toString();
            if (!Files.isRegularFile(file)) throw new ConfigException("config file not found: " + where);
            try (InputStream in = Files.newInputStream(file)) {
                root = parse(in, where);
            } catch (IOException e) {
                throw new ConfigException(where + ": cannot read (" + e.getMessage() + ")");
            }
        } else {
            where = "built-in " + FILE_NAME;
            try (InputStream in = ConfigLoader.class.getResourceAsStream(RESOURCE_DIR + FILE_NAME)) {
                if (in == null) throw new ConfigException("no config/" + FILE_NAME + " here and none built in");
                root = parse(in, where);
            } catch (IOException e) {
                throw new ConfigException(where + ": cannot read (" + e.getMessage() + ")");
            }
        }
        checkKeys(root, "", where);
        checkEnv();
        applyEnv(root);
        return bind(root, where, dir);
    }

    private static ObjectNode parse(InputStream in, String where) throws IOException {
        try {
            JsonNode node = YAML.readTree(in);
            if (node == null || node.isMissingNode() || node.isNull()) return JsonNodeFactory.instance.objectNode();
            if (!node.isObject()) throw new ConfigException(where + ": expected a map of settings at the top level");
            return (ObjectNode) node;
        } catch (JacksonException e) {
            String loc = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            String why = String.valueOf(e.getOriginalMessage()).split("\\R", 2)[0].strip();
            throw new ConfigException(where + ": not valid YAML" + loc + " (" + why + ")");
        }
    }

    private static void checkKeys(JsonNode node, String prefix, String where) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String key = prefix.isEmpty() ? name : prefix + "." + name;
            Kind kind = name.contains(".") ? null : SCHEMA.get(key); // "discord.guildIds" as one key is not discord → guildIds
            if (kind == null) {
                throw new ConfigException(where + ": unknown key '" + key + "'" + suggestion(key));
            }
            JsonNode value = node.get(name);
            if (kind == Kind.SECTION) {
                if (!value.isObject() && !value.isNull()) {
                    throw new ConfigException(where + ": key '" + key + "' must be a section of settings");
                }
                if (value.isObject()) checkKeys(value, key, where);
            }
        }
    }

    private static String suggestion(String key) {
        String lower = key.toLowerCase();
        for (String known : SCHEMA.keySet()) {
            if (known.toLowerCase().equals(lower) || known.toLowerCase().replace("_", "").equals(lower.replace("_", ""))) {
                return " (did you mean '" + known + "'?)";
            }
        }
        return " (known keys: " + String.join(", ", new java.util.TreeSet<>(SCHEMA.keySet())) + ")";
    }

    /** Variables named as Discord libraries and proxies usually name them, beside the REDCARPET_ ones. */
    private static final Map<String, String> ALIASES = Map.of(
            "discord.restUrl", "DISCORD_REST_URL",
            "discord.gatewayUrl", "DISCORD_GATEWAY_URL");

    /** A REDCARPET_ variable that names no key is a typo that would otherwise be silently ignored. */
    private void checkEnv() {
        Set<String> known = new java.util.TreeSet<>(OTHER_ENV);
        for (Map.Entry<String, Kind> e : SCHEMA.entrySet()) if (e.getValue() != Kind.SECTION) known.add(envName(e.getKey()));
        for (String name : new java.util.TreeSet<>(env.keySet())) {
            if (!name.startsWith("REDCARPET_") || known.contains(name)) continue;
            String close = known.stream().filter(k -> distance(k.replace("_", ""), name.replace("_", "")) <= 2).findFirst()
                    .map(k -> " (did you mean " + k + "?)").orElse(" (known: " + String.join(", ", known) + ")");
            throw new ConfigException("unknown environment variable " + name + close);
        }
    }

    /** Edit distance, for suggesting the variable that was meant. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    private void applyEnv(ObjectNode root) {
        for (Map.Entry<String, Kind> entry : SCHEMA.entrySet()) {
            if (entry.getValue() == Kind.SECTION) continue;
            String key = entry.getKey();
            String value = env.get(envName(key));
            if (value == null && ALIASES.containsKey(key)) value = blankToNull(env.get(ALIASES.get(key)));
            if (value == null) continue;
            if (entry.getValue() == Kind.SOURCE_LIST) {
                throw new ConfigException("environment variable " + envName(key) + ": key '" + key
                        + "' cannot be set from the environment; list the sources in " + FILE_NAME);
            }
            ObjectNode parent = root;
            String[] parts = key.split("\\.");
            for (int i = 0; i < parts.length - 1; i++) {
                JsonNode child = parent.get(parts[i]);
                if (!(child instanceof ObjectNode)) child = parent.putObject(parts[i]);
                parent = (ObjectNode) child;
            }
            parent.put(parts[parts.length - 1], value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** REDCARPET_DISCORD_USER_COOLDOWN_SECONDS for discord.userCooldownSeconds. */
    public static String envName(String key) {
        return "REDCARPET_" + key.replace(".", "_").replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    private Config bind(ObjectNode root, String where, Path dir) {
        Values v = new Values(root, where, env);
        Config.Corpus corpus = new Config.Corpus(v.number("corpus.maxFileBytes", 5_000_000L, Kind.POSITIVE),
                v.bool("corpus.followLinksInside", true),
                (int) v.number("corpus.maxDropPercent", 50, Kind.PERCENT),
                (int) v.number("corpus.analysisSecondsPerArticle", 20, Kind.NON_NEGATIVE));
        Config.Discord discord = new Config.Discord(
                v.ids("discord.guildIds"), v.ids("discord.adminUserIds"), v.ids("discord.adminRoleIds"),
                (int) v.number("discord.userCooldownSeconds", 3, Kind.NON_NEGATIVE),
                (int) v.number("discord.guildPerMinute", 60, Kind.NON_NEGATIVE),
                v.number("discord.maxIngestBytes", 2_000_000L, Kind.POSITIVE),
                (int) v.number("discord.shardTotal", -1, Kind.SHARD_TOTAL),
                v.text("discord.shards", ""),
                v.url("discord.restUrl", "http", "https"),
                v.url("discord.gatewayUrl", "ws", "wss"));
        String shards = discord.shards();
        if (!shards.isEmpty() && !shards.matches("\\d+(-\\d+)?")) {
            throw v.bad("discord.shards", "a shard id or range like 0-3");
        }
        Config.Http http = new Config.Http((int) v.number("http.port", 0, Kind.PORT), v.text("http.bind", "127.0.0.1"));
        Path data = v.path("data", "data/");
        Path index = v.path("index", "var/index/");
        return new Config(data, index, corpus, discord, http, sources(v), ranking(v), dir);
    }

    private static Config.Sources sources(Values v) {
        String agent = v.text("sources.userAgent", "RedCarpetBot/0.1 (red-carpet Q&A bot; reads public news feeds, respects robots.txt)");
        if (!agent.matches("[\\x20-\\x7E]{1,200}")) throw v.bad("sources.userAgent", "printable ASCII text of at most 200 characters");
        return new Config.Sources(
                agent,
                v.number("sources.hostDelayMillis", 2000, Kind.NON_NEGATIVE),
                (int) atMost(v, "sources.timeoutSeconds", 20, Kind.POSITIVE, 600),
                v.number("sources.maxPageBytes", 3_000_000L, Kind.POSITIVE),
                (int) atMost(v, "sources.maxRedirects", 5, Kind.NON_NEGATIVE, 20),
                (int) atMost(v, "sources.maxArticlesPerPass", 100, Kind.POSITIVE, 10_000),
                (int) v.number("sources.minArticleWords", 80, Kind.NON_NEGATIVE),
                v.bool("sources.allowPrivateAddresses", false),
                v.path("sources.state", "var/sources/"),
                sourceList(v));
    }

    private static long atMost(Values v, String key, long fallback, Kind kind, long max) {
        long value = v.number(key, fallback, kind);
        if (value > max) throw v.bad(key, "a whole number, at most " + max);
        return value;
    }

    private static List<Config.Source> sourceList(Values v) {
        String key = "sources.list";
        JsonNode node = v.get(key);
        List<Config.Source> out = new ArrayList<>();
        if (node == null) return out;
        if (!node.isArray()) throw v.bad(key, "a list of sources (name, url, kind, refreshMinutes)");
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String at = "key '" + key + "' item " + (i + 1) + ":";
            if (!item.isObject()) throw new ConfigException(v.where() + ": " + at + " must be a map with name, url, kind and refreshMinutes");
            Iterator<String> fields = item.fieldNames();
            while (fields.hasNext()) {
                String f = fields.next();
                if (!SOURCE_KEYS.contains(f)) {
                    throw new ConfigException(v.where() + ": " + at + " unknown key '" + shown(f) + "' (known: kind, name, refreshMinutes, url)");
                }
            }
            String name = item.path("name").asText("").strip();
            if (!name.matches("[a-z0-9][a-z0-9-]{0,59}")) {
                throw new ConfigException(v.where() + ": " + at + " name must be lower-case letters, digits and '-' (it names the folder data/sources/NAME), got '" + shown(name) + "'");
            }
            if (!names.add(name)) throw new ConfigException(v.where() + ": " + at + " name '" + shown(name) + "' is used twice");
            String url = item.path("url").asText("").strip();
            if (!validUrl(url)) throw new ConfigException(v.where() + ": " + at + " url must be an http or https address, got '" + shown(url) + "'");
            String kind = item.path("kind").asText("feed").strip().toLowerCase(java.util.Locale.ROOT);
            if (!Config.Source.KINDS.contains(kind)) throw new ConfigException(v.where() + ": " + at + " kind must be feed, sitemap or article, got '" + shown(kind) + "'");
            JsonNode refresh = item.get("refreshMinutes");
            int minutes = 60;
            if (refresh != null && !refresh.isNull()) {
                String text = refresh.asText().strip();
                if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < 1) {
                    throw new ConfigException(v.where() + ": " + at + " refreshMinutes must be a whole number of minutes, 1 or more, got '" + shown(text) + "'");
                }
                minutes = Integer.parseInt(text);
            }
            out.add(new Config.Source(name, url, kind, minutes));
        }
        return out;
    }

    /** A value as an error message may quote it: one line, at most 80 characters. */
    private static String shown(String value) {
        String t = value.replaceAll("\\s+", " ").strip();
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }

    private static boolean validUrl(String url) {
        try {
            java.net.URI u = new java.net.URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Config.Ranking ranking(Values v) {
        Config.Ranking d = Config.Ranking.DEFAULT;
        Config.Ranking ranking = new Config.Ranking(
                (int) v.number("ranking.passages", d.passages(), Kind.PASSAGES),
                v.decimal("ranking.k1", d.k1(), Kind.K1), v.decimal("ranking.b", d.b(), Kind.SHARE),
                v.weight("ranking.articleWeight", d.articleWeight()), v.weight("ranking.passageWeight", d.passageWeight()),
                v.weight("ranking.secondPassageWeight", d.secondPassageWeight()),
                (int) v.number("ranking.rerank", d.rerank(), Kind.PASSAGES), v.weight("ranking.bm25", d.bm25()),
                v.weight("ranking.person", d.person()), v.weight("ranking.mainPerson", d.mainPerson()),
                v.weight("ranking.subject", d.subject()), v.weight("ranking.event", d.event()),
                v.weight("ranking.year", d.year()), v.weight("ranking.recency", d.recency()), v.weight("ranking.type", d.type()),
                v.weight("ranking.shortPassage", d.shortPassage()),
                (int) v.number("ranking.shortPassageChars", d.shortPassageChars(), Kind.CHARS),
                v.weight("ranking.sentenceType", d.sentenceType()));
        return ranking;
    }

    /** Reads typed values out of the merged tree, naming the key (and its env variable) on error. */
    private record Values(ObjectNode root, String where, Map<String, String> env) {
        JsonNode get(String key) {
            JsonNode node = root;
            for (String part : key.split("\\.")) {
                node = node == null ? null : node.get(part);
            }
            return node == null || node.isNull() ? null : node;
        }

        ConfigException bad(String key, String expected) {
            String from = env.containsKey(envName(key)) ? "environment variable " + envName(key)
                    : ALIASES.containsKey(key) && env.get(ALIASES.get(key)) != null && !env.get(ALIASES.get(key)).isBlank()
                    ? "environment variable " + ALIASES.get(key) : where;
            return new ConfigException(from + ": key '" + key + "' must be " + expected + ", got '" + describe(get(key)) + "'");
        }

        private static String describe(JsonNode node) {
            if (node == null) return "nothing";
            String text = (node.isTextual() ? node.asText() : node.toString()).replaceAll("\\s+", " ").strip();
            return text.length() > 80 ? text.substring(0, 80) + "…" : text;
        }

        String text(String key, String fallback) {
            JsonNode node = get(key);
            if (node == null) return fallback;
            if (!node.isValueNode()) throw bad(key, "text");
            String s = node.asText().strip();
            if (s.isEmpty() && !key.equals("discord.shards")) throw bad(key, "a non-empty value");
            return s;
        }

        /** An absolute URL with one of the schemes, or null when unset or empty. */
        String url(String key, String... schemes) {
            JsonNode node = get(key);
            if (node == null || (node.isTextual() && node.asText().isBlank())) return null;
            if (!node.isValueNode()) throw bad(key, "a URL");
            String s = node.asText().strip();
            String expected = "an absolute " + String.join(" or ", schemes) + " URL";
            try {
                java.net.URI uri = new java.net.URI(s);
                if (uri.getScheme() == null || uri.getHost() == null
                        || !List.of(schemes).contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))) {
                    throw bad(key, expected);
                }
            } catch (java.net.URISyntaxException e) {
                throw bad(key, expected);
            }
            return s;
        }

        Path path(String key, String fallback) {
            try {
                return Path.of(text(key, fallback));
            } catch (java.nio.file.InvalidPathException e) {
                throw bad(key, "a folder path");
            }
        }

        long number(String key, long fallback, Kind kind) {
            JsonNode node = get(key);
            if (node == null) return fallback;
            long value;
            if (node.isIntegralNumber() && node.canConvertToLong()) {
                value = node.asLong();
            } else if (node.isTextual() && node.asText().strip().matches("-?\\d{1,19}")) {
                try {
                    value = Long.parseLong(node.asText().strip());
                } catch (NumberFormatException tooLarge) {
                    throw bad(key, expected(kind));
                }
            } else {
                throw bad(key, expected(kind));
            }
            boolean ok = switch (kind) {
                case POSITIVE -> value > 0;
                case PASSAGES -> value > 0 && value <= 10_000;
                case CHARS -> value >= 0 && value <= 10_000;
                case NON_NEGATIVE -> value >= 0 && value <= Integer.MAX_VALUE;
                case PORT -> value >= 0 && value <= 65535;
                case SHARD_TOTAL -> value == -1 || (value > 0 && value <= Integer.MAX_VALUE);
                case PERCENT -> value >= 0 && value <= 100;
                default -> true;
            };
            if (!ok) throw bad(key, expected(kind));
            return value;
        }

        /** A ranking weight: a decimal number from 0 to 100. */
        double weight(String key, double fallback) {
            return decimal(key, fallback, Kind.WEIGHT);
        }

        /** A decimal number in the range of its kind: a weight (0 to 100), BM25's k1 (0 to 10) or a share (0 to 1). */
        double decimal(String key, double fallback, Kind kind) {
            JsonNode node = get(key);
            if (node == null) return fallback;
            double value;
            if (node.isNumber()) {
                value = node.asDouble();
            } else if (node.isTextual() && node.asText().strip().matches("\\d{1,3}(\\.\\d{1,6})?")) {
                value = Double.parseDouble(node.asText().strip());
            } else {
                throw bad(key, expected(kind));
            }
            double max = switch (kind) {
                case K1 -> 10;
                case SHARE -> 1;
                default -> 100;
            };
            if (!(value >= 0 && value <= max)) throw bad(key, expected(kind));
            return value;
        }

        private static String expected(Kind kind) {
            return switch (kind) {
                case POSITIVE -> "a whole number above 0";
                case NON_NEGATIVE -> "a whole number, 0 or more (at most " + Integer.MAX_VALUE + ")";
                case PORT -> "a port number from 0 (off) to 65535";
                case SHARD_TOTAL -> "-1 (as Discord recommends) or a whole number above 0 (at most " + Integer.MAX_VALUE + ")";
                case PERCENT -> "a percentage from 0 to 100";
                case WEIGHT -> "a decimal number from 0 to 100";
                case PASSAGES -> "a whole number from 1 to 10000";
                case CHARS -> "a whole number of characters from 0 to 10000";
                case K1 -> "a decimal number from 0 to 10 (BM25 k1; 1.2 is usual)";
                case SHARE -> "a decimal number from 0 to 1 (BM25 b; 0.75 is usual)";
                default -> "a whole number";
            };
        }

        boolean bool(String key, boolean fallback) {
            JsonNode node = get(key);
            if (node == null) return fallback;
            if (node.isBoolean()) return node.asBoolean();
            String t = node.isValueNode() ? node.asText().strip().toLowerCase(java.util.Locale.ROOT) : "";
            if (t.equals("true") || t.equals("false")) return Boolean.parseBoolean(t);
            throw bad(key, "true or false");
        }

        List<String> ids(String key) {
            JsonNode node = get(key);
            List<String> out = new ArrayList<>();
            if (node == null) return out;
            if (node.isArray()) {
                for (JsonNode item : node) out.add(item.asText().strip());
            } else if (node.isValueNode()) {
                for (String part : node.asText().split(",")) {
                    if (!part.isBlank()) out.add(part.strip());
                }
            } else {
                throw bad(key, "a list of Discord ids");
            }
            for (String id : out) {
                if (!id.matches("\\d{1,20}")) throw bad(key, "a list of Discord ids (digits only)");
            }
            return out;
        }
    }

    /** Keys the file may use, for help texts and tests. */
    public static Set<String> knownKeys() {
        return SCHEMA.keySet();
    }
}
