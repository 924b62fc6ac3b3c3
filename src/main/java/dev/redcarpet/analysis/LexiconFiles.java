package dev.redcarpet.analysis;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.redcarpet.config.ConfigException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the YAML data files under config/ (events.yaml, lexicons/*.yaml): from the config folder when
 * it has the file, else from the copy built into the jar. Every problem is a one-line
 * {@link ConfigException} naming the file and, where there is one, the key.
 */
public final class LexiconFiles {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private LexiconFiles() {
    }

    /** A parsed file and the name to use for it in messages. */
    public record Doc(JsonNode root, String where) {
        public ConfigException bad(String key, String expected, JsonNode got) {
            return new ConfigException(where + ": key '" + key + "' must be " + expected + ", got '" + describe(got) + "'");
        }
    }

    public static Doc read(Path configDir, String relative) {
        if (configDir != null) {
            Path file = configDir.resolve(relative);
            if (Files.isRegularFile(file)) {
                String where = file.toString();
                try (InputStream in = Files.newInputStream(file)) {
                    return new Doc(parse(in, where), where);
                } catch (IOException e) {
                    throw new ConfigException(where + ": cannot be read (" + oneLine(e.getMessage()) + ")", e);
                }
            }
        }
        String resource = "/config/" + relative;
        String where = "built-in config/" + relative;
        try (InputStream in = LexiconFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new ConfigException(where + ": missing from the build");
            return new Doc(parse(in, where), where);
        } catch (IOException e) {
            throw new ConfigException(where + ": cannot be read (" + oneLine(e.getMessage()) + ")", e);
        }
    }

    private static JsonNode parse(InputStream in, String where) throws IOException {
        try {
            JsonNode root = YAML.readTree(in);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw new ConfigException(where + ": is empty");
            }
            if (!root.isObject()) throw new ConfigException(where + ": must be a mapping of keys at the top level");
            return root;
        } catch (JacksonException e) {
            JsonLocation loc = e.getLocation();
            String at = loc != null && loc.getLineNr() > 0 ? " at line " + loc.getLineNr() : "";
            throw new ConfigException(where + ": is not valid YAML" + at + ": " + oneLine(e.getOriginalMessage()), e);
        }
    }

    /** A list of non-blank texts; a single text is a one-item list; absent is empty. */
    public static List<String> texts(Doc doc, JsonNode node, String key) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (node.isValueNode() && !node.isNull()) {
            node = YAML.createArrayNode().add(node);
        }
        if (!node.isArray()) throw doc.bad(key, "a list of text", node);
        for (JsonNode item : node) {
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                throw doc.bad(key, "a list of non-empty text", node);
            }
            out.add(item.asText().strip());
        }
        return out;
    }

    public static String text(Doc doc, JsonNode parent, String field, String key, boolean required) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            if (required) throw doc.bad(key, "a non-empty text", node);
            return null;
        }
        if (!node.isValueNode() || node.asText().isBlank()) throw doc.bad(key, "a non-empty text", node);
        return node.asText().strip();
    }

    static String describe(JsonNode node) {
        if (node == null || node.isNull()) return "nothing";
        String s = node.isTextual() ? node.asText() : node.toString();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    static String oneLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
