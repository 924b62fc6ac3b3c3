package dev.redcarpet.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Discord's server-side checks on what a bot sends, as the fake applies them: message and embed
 * limits, components, autocomplete choices and command definitions. Each check returns null when
 * the payload is fine, else what Discord would complain about.
 */
final class Payloads {
    private Payloads() {
    }

    /** An interaction callback's data for its type. */
    static String callback(int type, JsonNode data) {
        return switch (type) {
            case 1, 5, 6 -> null; // pong, deferred reply, deferred update
            case 4, 7 -> message(data, type == 4);
            case 8 -> choices(data.path("choices"));
            case 9 -> data.path("custom_id").asText("").isEmpty() ? "a modal needs a custom_id" : null;
            default -> "callback type " + type + " is not one Discord knows";
        };
    }

    /** A message to create (needs something to show) or edit. */
    static String message(JsonNode m, boolean create) {
        if (m == null || !m.isObject()) return "the message body is not an object";
        String content = m.path("content").asText("");
        if (content.length() > 2000) return "content is longer than 2000";
        JsonNode embeds = m.path("embeds");
        if (embeds.size() > 10) return "more than 10 embeds";
        if (create && content.isEmpty() && embeds.isEmpty() && m.path("components").isEmpty() && m.path("attachments").isEmpty()) {
            return "cannot send an empty message";
        }
        for (JsonNode e : embeds) {
            String problem = embed(e);
            if (problem != null) return problem;
        }
        return components(m.path("components"));
    }

    private static String embed(JsonNode e) {
        int total = 0;
        String title = e.path("title").asText("");
        String description = e.path("description").asText("");
        if (title.length() > 256) return "embed title is longer than 256";
        if (description.length() > 4096) return "embed description is longer than 4096";
        total += title.length() + description.length();
        if (e.path("fields").size() > 25) return "more than 25 embed fields";
        for (JsonNode f : e.path("fields")) {
            String name = f.path("name").asText("");
            String value = f.path("value").asText("");
            if (name.isBlank() || name.length() > 256) return "embed field name must be 1-256 characters";
            if (value.isBlank() || value.length() > 1024) return "embed field value must be 1-1024 characters";
            total += name.length() + value.length();
        }
        String footer = e.path("footer").path("text").asText("");
        if (footer.length() > 2048) return "embed footer is longer than 2048";
        total += footer.length() + e.path("author").path("name").asText("").length();
        if (total > 6000) return "embed is longer than 6000 characters in all";
        return null;
    }

    private static String components(JsonNode rows) {
        if (rows.size() > 5) return "more than 5 action rows";
        for (JsonNode row : rows) {
            if (row.path("type").asInt() != 1) return "a top-level component must be an action row";
            if (row.path("components").isEmpty() || row.path("components").size() > 5) return "an action row holds 1-5 components";
            for (JsonNode c : row.path("components")) {
                int style = c.path("style").asInt();
                String id = c.path("custom_id").asText("");
                if (style == 5 ? c.path("url").asText("").isEmpty() : id.isEmpty()) return "a button needs a custom_id (or a url)";
                if (id.length() > 100) return "custom_id is longer than 100";
                if (c.path("label").asText("").length() > 80) return "button label is longer than 80";
                if (c.path("label").asText("").isEmpty() && c.path("emoji").isMissingNode()) return "a button needs a label or an emoji";
            }
        }
        return null;
    }

    private static String choices(JsonNode choices) {
        if (choices.size() > 25) return "more than 25 choices";
        for (JsonNode c : choices) {
            String name = c.path("name").asText("");
            if (name.isEmpty() || name.length() > 100) return "a choice name must be 1-100 characters";
            if (c.path("value").asText("").length() > 100) return "a choice value is longer than 100";
        }
        return null;
    }

    /** A bulk overwrite of application commands. */
    static String commands(JsonNode list) {
        if (!list.isArray()) return "commands must be a list";
        if (list.size() > 100) return "more than 100 commands";
        java.util.Set<String> names = new java.util.HashSet<>();
        for (JsonNode c : list) {
            String name = c.path("name").asText("");
            if (!name.matches("[-_\\p{L}\\p{N}]{1,32}") || !name.equals(name.toLowerCase(java.util.Locale.ROOT))) return "bad command name '" + name + "'";
            if (!names.add(name)) return "two commands named '" + name + "'";
            String description = c.path("description").asText("");
            if (description.isEmpty() || description.length() > 100) return "command description must be 1-100 characters";
            if (c.path("options").size() > 25) return "more than 25 options";
        }
        return null;
    }
}
