package dev.redcarpet.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * JSON articles: an object with the fields id, title, url, source, date and text (only text is
 * required; text may also be a list of paragraphs). A .json file holds one object (or a list of
 * them); a .jsonl file holds one object per line, and blank lines are ignored.
 */
final class JsonFormat {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonFormat() {
    }

    /** Parses one JSON document; throws CorpusException with a one-line reason when it is not valid. */
    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CorpusException(describe(e));
        }
    }

    /** The draft in one JSON object; throws CorpusException when it is not an object or has no text. */
    static Draft draft(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new CorpusException("not a JSON object (found " + kind(node) + ")");
        }
        JsonNode text = node.get("text");
        String body;
        if (text == null || text.isNull()) {
            throw new CorpusException("no \"text\" field");
        } else if (text.isTextual()) {
            body = text.asText();
        } else if (text.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode part : text) {
                if (!part.isTextual()) throw new CorpusException("\"text\" must be a string or a list of strings");
                parts.add(part.asText());
            }
            body = String.join("\n\n", parts);
        } else {
            throw new CorpusException("\"text\" must be a string, found " + kind(text));
        }
        if (body.isBlank()) throw new CorpusException("empty \"text\" field");
        return new Draft(scalar(node, "id"), scalar(node, "title"), scalar(node, "url"), scalar(node, "source"),
                Dates.parse(scalar(node, "date")), body, false);
    }

    private static String scalar(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isValueNode() || v.isNull()) return null;
        return TxtFormat.blankToNull(TextCleaner.collapse(v.asText()));
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) return "nothing";
        if (node.isArray()) return "a list";
        if (node.isTextual()) return "a string";
        if (node.isNumber()) return "a number";
        if (node.isBoolean()) return "true/false";
        if (node.isNull()) return "null";
        return node.getNodeType().toString().toLowerCase();
    }

    /** "invalid JSON at line 3, column 14: Unexpected end-of-input" */
    static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        message = message.split("\\R", 2)[0]
                .replaceAll("\\s*\\((?:start marker at|through reference chain)[^)]*\\)?.*", "")
                .replaceAll("\\s*\\[Source:.*", "")
                .strip();
        if (message.length() > 140) message = message.substring(0, 140) + "…";
        String where = at == null || at.getLineNr() < 1 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "invalid JSON" + where + ": " + message;
    }
}
