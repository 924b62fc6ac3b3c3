package dev.redcarpet.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fake Discord itself refuses what Discord refuses, so that the bot's end-to-end tests can
 * fail for the same reasons a real deployment would. Driven here by a bare HTTP and WebSocket
 * client, not by JDA.
 */
class FakeDiscordRulesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A minimal gateway client: identifies with the given intents and keeps every dispatch. */
    private static final class Client implements WebSocket.Listener {
        final List<JsonNode> dispatches = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode frame = FakeDiscord.JSON.readTree(partial.toString());
                    if (frame.path("op").asInt() == 0) dispatches.add(frame);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        JsonNode awaitDispatch(String type, String id) throws InterruptedException {
            for (int i = 0; i < 500; i++) {
                for (JsonNode d : dispatches) {
                    if (d.path("t").asText().equals(type) && d.path("d").path("id").asText().equals(id)) return d.path("d");
                }
                Thread.sleep(10);
            }
            throw new AssertionError("no " + type + " " + id);
        }
    }

    private static Client connect(FakeDiscord fake, long intents) throws Exception {
        Client client = new Client();
        WebSocket ws = HTTP.newWebSocketBuilder().buildAsync(URI.create(fake.gatewayUrl()), client).get(10, TimeUnit.SECONDS);
        ws.sendText("{\"op\":2,\"d\":{\"token\":\"t\",\"intents\":" + intents + ",\"properties\":{}}}", true).get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 500 && fake.connectedSessions() == 0; i++) Thread.sleep(10);
        return client;
    }

    private static HttpResponse<String> send(String method, String url, String body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bot t").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        return HTTP.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private static String callbackUrl(FakeDiscord fake, FakeDiscord.Interaction i, String query) {
        return fake.restBaseUrl() + "interactions/" + i.id() + "/" + i.token() + "/callback" + query;
    }

    private static final String ANSWER = "{\"type\":4,\"data\":{\"embeds\":[{\"title\":\"Hi\",\"description\":\"An answer.\"}]}}";

    @Test
    void aCallbackWithResponseReturnsTheMessageAndASecondAcknowledgementIsRefused() throws Exception {
        try (FakeDiscord fake = new FakeDiscord()) {
            connect(fake, 0);
            FakeDiscord.Interaction i = fake.slash(FakeDiscord.FAN_ID, "ask", Map.of("question", "q"));
            HttpResponse<String> first = send("POST", callbackUrl(fake, i, "?with_response=true"), ANSWER);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(FakeDiscord.JSON.readTree(first.body()).path("resource").path("message").path("embeds").path(0).path("title").asText())
                    .isEqualTo("Hi");
            HttpResponse<String> second = send("POST", callbackUrl(fake, i, ""), ANSWER);
            assertThat(second.statusCode()).isEqualTo(400);
            assertThat(second.body()).contains("40060");
        }
    }

    @Test
    void aLateCallbackAnExpiredTokenAndAnOversizedEmbedAreRefused() throws Exception {
        try (FakeDiscord fake = new FakeDiscord()) {
            connect(fake, 0);
            fake.ackDeadline(Duration.ofMillis(100));
            FakeDiscord.Interaction late = fake.slash(FakeDiscord.FAN_ID, "ask", Map.of("question", "q"));
            Thread.sleep(250);
            assertThat(send("POST", callbackUrl(fake, late, ""), ANSWER).statusCode()).isEqualTo(404);

            fake.ackDeadline(FakeDiscord.ACK_DEADLINE);
            FakeDiscord.Interaction big = fake.slash(FakeDiscord.FAN_ID, "ask", Map.of("question", "q"));
            String tooLong = "{\"type\":4,\"data\":{\"embeds\":[{\"title\":\"" + "t".repeat(300) + "\"}]}}";
            HttpResponse<String> invalid = send("POST", callbackUrl(fake, big, ""), tooLong);
            assertThat(invalid.statusCode()).isEqualTo(400);
            assertThat(invalid.body()).contains("50035").contains("title");

            fake.tokenLifetime(Duration.ofMillis(200));
            FakeDiscord.Interaction old = fake.slash(FakeDiscord.FAN_ID, "ask", Map.of("question", "q"));
            assertThat(send("POST", callbackUrl(fake, old, ""), "{\"type\":5}").statusCode()).isEqualTo(204);
            Thread.sleep(300);
            String edit = fake.restBaseUrl() + "webhooks/" + FakeDiscord.BOT_ID + "/" + old.token() + "/messages/@original";
            assertThat(send("PATCH", edit, "{\"content\":\"late\"}").statusCode()).isEqualTo(401);
            assertThat(fake.rejections()).hasSize(3);
        }
    }

    @Test
    void withoutTheContentIntentOnlyDmsAndMentionsKeepTheirText() throws Exception {
        try (FakeDiscord fake = new FakeDiscord()) {
            Client client = connect(fake, 1 << 9 | 1 << 12);
            String quiet = fake.message(FakeDiscord.FAN_ID, FakeDiscord.CHANNEL_ID, "hello all", false);
            String loud = fake.message(FakeDiscord.FAN_ID, FakeDiscord.CHANNEL_ID, "<@" + FakeDiscord.BOT_ID + "> hi", true);
            String dm = fake.dm(FakeDiscord.FAN_ID, "hello bot");
            assertThat(client.awaitDispatch("MESSAGE_CREATE", quiet).path("content").asText()).isEmpty();
            assertThat(client.awaitDispatch("MESSAGE_CREATE", loud).path("content").asText()).contains("hi");
            JsonNode direct = client.awaitDispatch("MESSAGE_CREATE", dm);
            assertThat(direct.path("content").asText()).isEqualTo("hello bot");
            assertThat(direct.has("guild_id")).isFalse();
            assertThat(direct.has("member")).isFalse();
        }
    }
}
