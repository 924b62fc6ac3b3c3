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
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Every key the file may hold, with its type. */
    private static final Map<String, Kind> SCHEMA = Map.ofEntries(
            Map.entry("data", Kind.TEXT),
            Map.entry("index", Kind.TEXT),
            Map.entry("corpus", Kind.SECTION),
            Map.entry("corpus.maxFileBytes", Kind.POSITIVE),
            Map.entry("discord", Kind.SECTION),
            Map.entry("discord.guildIds", Kind.IDS),
            Map.entry("discord.adminUserIds", Kind.IDS),
            Map.entry("discord.adminRoleIds", Kind.IDS),
            Map.entry("discord.userCooldownSeconds", Kind.NON_NEGATIVE),
            Map.entry("discord.guildPerMinute", Kind.NON_NEGATIVE),
            Map.entry("discord.maxIngestBytes", Kind.POSITIVE),
            Map.entry("discord.shardTotal", Kind.SHARD_TOTAL),
            Map.entry("discord.shards", Kind.TEXT),
            Map.entry("http", Kind.SECTION),
            Map.entry("http.port", Kind.PORT),
            Map.entry("http.bind", Kind.TEXT),
            Map.entry("ranking", Kind.SECTION),
            Map.entry("ranking.passages", Kind.PASSAGES),
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

    private enum Kind { TEXT, SECTION, POSITIVE, NON_NEGATIVE, PORT, IDS, SHARD_TOTAL, WEIGHT, PASSAGES }

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

    private void applyEnv(ObjectNode root) {
        for (Map.Entry<String, Kind> entry : SCHEMA.entrySet()) {
            if (entry.getValue() == Kind.SECTION) continue;
            String key = entry.getKey();
            String value = env.get(envName(key));
            if (value == null) continue;
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

    /** REDCARPET_DISCORD_USER_COOLDOWN_SECONDS for discord.userCooldownSeconds. */
    public static String envName(String key) {
        return "REDCARPET_" + key.replace(".", "_").replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }

    private Config bind(ObjectNode root, String where, Path dir) {
        Values v = new Values(root, where, env);
        Config.Corpus corpus = new Config.Corpus(v.number("corpus.maxFileBytes", 5_000_000L, Kind.POSITIVE));
        Config.Discord discord = new Config.Discord(
                v.ids("discord.guildIds"), v.ids("discord.adminUserIds"), v.ids("discord.adminRoleIds"),
                (int) v.number("discord.userCooldownSeconds", 3, Kind.NON_NEGATIVE),
                (int) v.number("discord.guildPerMinute", 60, Kind.NON_NEGATIVE),
                v.number("discord.maxIngestBytes", 2_000_000L, Kind.POSITIVE),
                (int) v.number("discord.shardTotal", -1, Kind.SHARD_TOTAL),
                v.text("discord.shards", ""));
        String shards = discord.shards();
        if (!shards.isEmpty() && !shards.matches("\\d+(-\\d+)?")) {
            throw v.bad("discord.shards", "a shard id or range like 0-3");
        }
        Config.Http http = new Config.Http((int) v.number("http.port", 0, Kind.PORT), v.text("http.bind", "127.0.0.1"));
        Path data = v.path("data", "data/");
        Path index = v.path("index", "var/index/");
        Config.Ranking d = Config.Ranking.DEFAULT;
        Config.Ranking ranking = new Config.Ranking(
                (int) v.number("ranking.passages", d.passages(), Kind.PASSAGES),
                v.weight("ranking.articleWeight", d.articleWeight()), v.weight("ranking.passageWeight", d.passageWeight()),
                v.weight("ranking.secondPassageWeight", d.secondPassageWeight()), v.weight("ranking.bm25", d.bm25()),
                v.weight("ranking.person", d.person()), v.weight("ranking.mainPerson", d.mainPerson()),
                v.weight("ranking.subject", d.subject()), v.weight("ranking.event", d.event()),
                v.weight("ranking.year", d.year()), v.weight("ranking.recency", d.recency()), v.weight("ranking.type", d.type()),
                v.weight("ranking.shortPassage", d.shortPassage()));
        return new Config(data, index, corpus, discord, http, ranking, dir);
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
            String from = env.containsKey(envName(key)) ? "environment variable " + envName(key) : where;
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
            } else if (node.isTextual() && node.asText().strip().matches("-?\\d{1,18}")) {
                value = Long.parseLong(node.asText().strip());
            } else {
                throw bad(key, expected(kind));
            }
            boolean ok = switch (kind) {
                case POSITIVE -> value > 0;
                case PASSAGES -> value > 0 && value <= 10_000;
                case NON_NEGATIVE -> value >= 0 && value <= Integer.MAX_VALUE;
                case PORT -> value >= 0 && value <= 65535;
                case SHARD_TOTAL -> value == -1 || (value > 0 && value <= Integer.MAX_VALUE);
                default -> true;
            };
            if (!ok) throw bad(key, expected(kind));
            return value;
        }

        /** A ranking weight: a decimal number from 0 to 100. */
        double weight(String key, double fallback) {
            JsonNode node = get(key);
            if (node == null) return fallback;
            double value;
            if (node.isNumber()) {
                value = node.asDouble();
            } else if (node.isTextual() && node.asText().strip().matches("\\d{1,3}(\\.\\d{1,6})?")) {
                value = Double.parseDouble(node.asText().strip());
            } else {
                throw bad(key, expected(Kind.WEIGHT));
            }
            if (!(value >= 0 && value <= 100)) throw bad(key, expected(Kind.WEIGHT));
            return value;
        }

        private static String expected(Kind kind) {
            return switch (kind) {
                case POSITIVE -> "a whole number above 0";
                case NON_NEGATIVE -> "a whole number, 0 or more (at most " + Integer.MAX_VALUE + ")";
                case PORT -> "a port number from 0 (off) to 65535";
                case SHARD_TOTAL -> "-1 (as Discord recommends) or a whole number above 0 (at most " + Integer.MAX_VALUE + ")";
                case WEIGHT -> "a decimal number from 0 to 100";
                case PASSAGES -> "a whole number from 1 to 10000";
                default -> "a whole number";
            };
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
