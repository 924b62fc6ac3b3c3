package dev.redcarpet.discord;

import dev.redcarpet.engine.Conversation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RequestStoreTest {
    @TempDir
    Path dir;

    @Test
    void keysSurviveARestartAndFitInACustomId() {
        Path file = dir.resolve("buttons.jsonl");
        Request follow = Request.ask("and what did she say?", new Conversation("Nova Reyes", "met-gala", 2025));
        String key = new RequestStore(file, 100).keyOf(follow);
        assertThat(ButtonId.of(ButtonId.Action.QUOTES_PAGE, key, 99)).hasSizeLessThanOrEqualTo(100);

        RequestStore reopened = new RequestStore(file, 100);
        assertThat(reopened.get(key)).isEqualTo(follow);
        assertThat(reopened.keyOf(follow)).isEqualTo(key);
    }

    @Test
    void theOldestKeysAreDroppedPastCapacity() throws Exception {
        Path file = dir.resolve("buttons.jsonl");
        RequestStore store = new RequestStore(file, 3);
        String first = store.keyOf(Request.of("person", "A", null, null));
        for (int i = 0; i < 5; i++) store.keyOf(Request.of("person", "P" + i, null, null));
        assertThat(store.get(first)).isNull();
        assertThat(new RequestStore(file, 3).get(first)).isNull();
        assertThat(Files.readAllLines(file)).hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void aDamagedLineIsSkipped() throws Exception {
        Path file = dir.resolve("buttons.jsonl");
        String key = new RequestStore(file, 10).keyOf(Request.of("event", "Met Gala", null, 2024));
        Files.writeString(file, "{not json\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(new RequestStore(file, 10).get(key).year()).isEqualTo(2024);
    }

    @Test
    void requestsStoredByAnEarlierVersionStillAnswerAndOnesNoCommandAnswersHaveExpired() throws Exception {
        Path file = dir.resolve("buttons.jsonl");
        Files.writeString(file, """
                {"key":"old1","request":{"kind":"EVENT","text":"Met Gala","year":2024},"sources":[]}
                {"key":"gone1","request":{"kind":"help","text":"x"},"sources":[]}
                """);
        RequestStore store = new RequestStore(file, 10);
        Request old = store.get("old1");
        assertThat(old.kind()).isEqualTo("event");
        assertThat(Views.command(old).title(old)).isEqualTo("Met Gala 2024");
        assertThat(store.get("gone1")).isNull();
    }

    @Test
    void buttonIdsRoundTripAndRejectForeignIds() {
        assertThat(ButtonId.parse(ButtonId.of(ButtonId.Action.PAGE, "k-_9", 3))).isEqualTo(new ButtonId(ButtonId.Action.PAGE, "k-_9", 3));
        assertThat(ButtonId.parse("rc:up:abc")).isEqualTo(new ButtonId(ButtonId.Action.UP, "abc", 0));
        assertThat(ButtonId.parse("other:p:abc")).isNull();
        assertThat(ButtonId.parse("rc:p:abc:x")).isNull();
        assertThat(ButtonId.parse("rc:zz:abc")).isNull();
    }
}
