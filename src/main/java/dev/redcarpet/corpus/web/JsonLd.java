package dev.redcarpet.corpus.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The schema.org article a page describes in JSON-LD, when it has one with a body. */
final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle");

    private JsonLd() {
    }

    /** The first article object in the page's JSON-LD blocks, or null. Broken blocks are passed over. */
    static JsonNode article(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (Exception e) {
                continue;
            }
            for (JsonNode node : candidates(root)) {
                if (isArticle(node.get("@type"))) return node;
            }
        }
        return null;
    }

    private static List<JsonNode> candidates(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        if (root == null) return out;
        if (root.isArray()) {
            for (JsonNode n : root) out.addAll(candidates(n));
        } else if (root.isObject()) {
            out.add(root);
            if (root.has("@graph")) out.addAll(candidates(root.get("@graph")));
        }
        return out;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) return false;
        if (type.isTextual()) return ARTICLE_TYPES.contains(type.asText());
        if (type.isArray()) for (JsonNode t : type) if (ARTICLE_TYPES.contains(t.asText())) return true;
        return false;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isTextual()) return v.asText().isBlank() ? null : v.asText().strip();
        return null;
    }

    /** A person or organisation: a name, an object with "name", or a list of those (joined). */
    static String name(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) return null;
        List<String> names = new ArrayList<>();
        for (JsonNode one : v.isArray() ? v : List.of(v)) {
            if (one.isTextual() && !one.asText().isBlank()) names.add(one.asText().strip());
            else if (one.isObject() && one.path("name").isTextual()) names.add(one.path("name").asText().strip());
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** The page URL it gives: "url", or "mainEntityOfPage" as a string or an object with "@id". */
    static String url(JsonNode node) {
        String url = text(node, "url");
        if (url != null) return url;
        JsonNode main = node == null ? null : node.get("mainEntityOfPage");
        if (main == null) return null;
        if (main.isTextual()) return main.asText();
        return main.path("@id").isTextual() ? main.path("@id").asText() : null;
    }
}
