package dev.redcarpet.discord;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redcarpet.fakediscord.FakeDiscord;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks every message the bot sent to the fake: no mentions allowed, and every embed within Discord's limits. */
final class OutgoingChecks {
    private OutgoingChecks() {
    }

    /** The message payloads among the recorded requests (interaction callbacks, webhook edits and follow-ups, channel messages). */
    static List<JsonNode> messages(List<FakeDiscord.RecordedRequest> requests) {
        List<JsonNode> out = new ArrayList<>();
        for (FakeDiscord.RecordedRequest r : requests) {
            if (r.is("POST", "/api/v10/interactions/\\d+/[^/]+/callback")) {
                int type = r.json().path("type").asInt();
                if (type == 4 || type == 7) out.add(r.json().path("data"));
            } else if (r.is("POST", "/api/v10/channels/\\d+/messages")
                    || r.is("POST", "/api/v10/webhooks/\\d+/[^/]+")
                    || r.is("PATCH", "/api/v10/webhooks/\\d+/[^/]+/messages/.+")) {
                out.add(r.json());
            }
        }
        return out;
    }

    static void assertAllSafe(List<FakeDiscord.RecordedRequest> requests) {
        for (JsonNode m : messages(requests)) {
            assertThat(m.path("allowed_mentions").path("parse").isArray())
                    .as("allowed_mentions.parse in %s", m).isTrue();
            assertThat(m.path("allowed_mentions").path("parse")).as("allowed_mentions in %s", m).isEmpty();
            assertThat(m.path("allowed_mentions").path("users")).as("allowed users in %s", m).isEmpty();
            assertThat(m.path("allowed_mentions").path("roles")).as("allowed roles in %s", m).isEmpty();
            assertThat(m.path("allowed_mentions").path("replied_user").asBoolean(false)).as("replied_user in %s", m).isFalse();
            assertThat(m.path("content").asText("").length()).isLessThanOrEqualTo(2000);
            assertThat(m.path("embeds").size()).isLessThanOrEqualTo(10);
            int total = 0;
            for (JsonNode e : m.path("embeds")) {
                int title = e.path("title").asText("").length();
                int description = e.path("description").asText("").length();
                int footer = e.path("footer").path("text").asText("").length();
                int author = e.path("author").path("name").asText("").length();
                assertThat(title).as("title of %s", e).isLessThanOrEqualTo(256);
                assertThat(description).as("description").isLessThanOrEqualTo(4096);
                assertThat(footer).as("footer").isLessThanOrEqualTo(2048);
                assertThat(author).as("author").isLessThanOrEqualTo(256);
                assertThat(e.path("fields").size()).as("fields").isLessThanOrEqualTo(25);
                total += title + description + footer + author;
                for (JsonNode f : e.path("fields")) {
                    int name = f.path("name").asText("").length();
                    int value = f.path("value").asText("").length();
                    assertThat(name).as("field name %s", f).isBetween(1, 256);
                    assertThat(value).as("field value %s", f).isBetween(1, 1024);
                    total += name + value;
                }
            }
            assertThat(total).as("characters in all embeds of %s", m).isLessThanOrEqualTo(6000);
            for (JsonNode row : m.path("components")) {
                for (JsonNode c : row.path("components")) {
                    assertThat(c.path("custom_id").asText("").length()).isLessThanOrEqualTo(100);
                }
            }
        }
    }
}
