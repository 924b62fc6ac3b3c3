package dev.redcarpet.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A fake Discord on 127.0.0.1 for end-to-end tests: a REST API under /api/v10/ and a WebSocket
 * gateway. It records every request, dispatches gateway events (interactions, messages), serves
 * attachments and can answer with 429s. Nothing goes to the real Discord.
 *
 * <p>A token starting with "bad" is refused with 401, like a wrong token. The fake server has one guild with a text channel and a thread, an admin role with Manage
 * Server, the bot's managed role, and three users: the bot, an admin and a plain fan; fans can also
 * write to the bot in DMs.
 *
 * <p>It enforces Discord's rules for interactions and payloads, so a bot that breaks them sees the
 * error Discord would send: the first callback must arrive within 3 seconds (later: 404 Unknown
 * interaction), an interaction is acknowledged once (again: 400), follow-ups and edits need an
 * acknowledged interaction and a token younger than 15 minutes (else 404 / 401), messages and
 * choices must keep Discord's limits (else 400 Invalid Form Body), and without the message-content
 * intent a server message that does not mention the bot arrives with its text blanked.
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String BOT_ID = "1100000000000000001";
    public static final String GUILD_ID = "1200000000000000001";
    public static final String CHANNEL_ID = "1300000000000000001";
    public static final String THREAD_ID = "1300000000000000002";
    public static final String ADMIN_ROLE_ID = "1400000000000000001";
    public static final String ADMIN_ID = "1500000000000000001";
    public static final String FAN_ID = "1500000000000000002";
    public static final String OTHER_FAN_ID = "1500000000000000003";
    /** The role Discord creates for the bot when it joins a server (managed, tagged with the bot's id). */
    public static final String BOT_ROLE_ID = "1400000000000000002";
    /** Interaction rules, as Discord enforces them. */
    public static final Duration ACK_DEADLINE = Duration.ofSeconds(3);
    private volatile Duration ackDeadline = ACK_DEADLINE;
    private static final int MESSAGE_CONTENT_INTENT = 1 << 15;

    /** View channel, send messages, embed links, read history, send in threads. */
    static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 38);
    static final long MANAGE_SERVER = 1L << 5;

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long DISCORD_EPOCH = 1420070400000L;

    private final HttpServer http;
    private final FakeGateway gateway;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> attachments = new ConcurrentHashMap<>();
    private final List<Injected> injected = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger commandIds = new AtomicInteger();
    private final Map<String, Issued> interactions = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> commands = new ConcurrentHashMap<>();
    private volatile Duration tokenLifetime = Duration.ofMinutes(15);
    private final List<String> rejections = new CopyOnWriteArrayList<>();

    /** An interaction the fake sent: when, and whether (and how) it was acknowledged. */
    private static final class Issued {
        final long sentNanos = System.nanoTime();
        final AtomicInteger callbacks = new AtomicInteger();
        volatile int callbackType;
    }

    /** One HTTP request the bot sent. */
    public record RecordedRequest(String method, String path, String query, String body, JsonNode json, int status) {
        public boolean is(String m, String pathRegex) {
            return method.equals(m) && path.matches(pathRegex);
        }
    }

    private record Injected(String method, Pattern path, AtomicInteger remaining, int status) {
    }

    public FakeDiscord() throws IOException {
        gateway = new FakeGateway(this);
        gateway.start();
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", this::handle);
        http.setExecutor(Executors.newFixedThreadPool(4));
        http.start();
        gateway.awaitStarted();
    }

    public String restBaseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/v10/";
    }

    public String gatewayUrl() {
        return "ws://127.0.0.1:" + gateway.getPort();
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** How many requests the bot has sent so far; with {@link #request(int)}, reads the log without copying it. */
    public int requestCount() {
        return requests.size();
    }

    public RecordedRequest request(int index) {
        return requests.get(index);
    }

    /** Why the fake refused requests (deadline missed, second acknowledgement, invalid payload...), in order. */
    public List<String> rejections() {
        return List.copyOf(rejections);
    }

    /** Shortens the acknowledgement deadline (Discord: 3 seconds), to test the fake itself. */
    public void ackDeadline(Duration deadline) {
        ackDeadline = deadline;
    }

    /** Shortens how long interaction tokens work (Discord: 15 minutes), to test expiry. */
    public void tokenLifetime(Duration lifetime) {
        tokenLifetime = lifetime;
    }

    /** The commands registered globally (guildId null) or in a server, by name. */
    public List<String> commandNames(String guildId) {
        JsonNode list = commands.get(guildId == null ? "global" : guildId);
        List<String> out = new ArrayList<>();
        if (list != null) for (JsonNode c : list) out.add(c.path("name").asText());
        return out;
    }

    /** Pretends commands were registered earlier (by another process or mode). */
    public void preregister(String guildId, String... names) {
        ArrayNode list = NODES.arrayNode();
        for (String n : names) {
            ObjectNode c = list.addObject();
            c.put("id", "17100000000000000" + String.format("%02d", list.size())).put("application_id", BOT_ID).put("version", "1")
                    .put("type", 1).put("name", n).put("description", "left over from an earlier registration");
            if (guildId != null) c.put("guild_id", guildId);
        }
        commands.put(guildId == null ? "global" : guildId, list);
    }

    /** Makes the next {@code times} requests matching method and path regex answer 429 (with Via and Retry-After). */
    public void rateLimitNext(String method, String pathRegex, int times) {
        injected.add(new Injected(method, Pattern.compile(pathRegex), new AtomicInteger(times), 429));
    }

    /** Makes the next {@code times} requests matching method and path regex fail with a server error (500-599). */
    public void failNext(String method, String pathRegex, int times, int status) {
        injected.add(new Injected(method, Pattern.compile(pathRegex), new AtomicInteger(times), status));
    }

    /** Drops every gateway connection without a close handshake, as a network fault would. */
    public void dropGateway() {
        gateway.dropAll();
    }

    /** Serves bytes at an attachment URL on the fake, returns the URL. */
    public String serveAttachment(String id, String fileName, byte[] content) {
        attachments.put(id + "/" + fileName, content);
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/attachments/" + CHANNEL_ID + "/" + id + "/" + fileName;
    }

    /** The IDENTIFY payloads the bot sent (token, intents, shard). */
    public List<JsonNode> identifies() {
        return gateway.identifies();
    }

    /** Drops every gateway connection (close code 4000); the bot's shards resume their sessions. */
    public void dropGatewaySessions() {
        gateway.drop();
    }

    public int connectedSessions() {
        return gateway.sessions();
    }

    // ---- waiting ----

    /** Waits (up to 20 s) for a request the predicate accepts; fails the test otherwise. */
    public RecordedRequest await(String what, Predicate<RecordedRequest> test) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            for (RecordedRequest r : requests) {
                if (test.test(r)) return r;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("the bot never sent " + what + "; it sent:\n" + summary());
    }

    public String summary() {
        StringBuilder out = new StringBuilder();
        for (RecordedRequest r : requests) out.append(r.method()).append(' ').append(r.path()).append(" -> ").append(r.status()).append('\n');
        return out.toString();
    }

    /** Interaction callback sent for this interaction. */
    public RecordedRequest callbackOf(Interaction i) {
        return await("a callback for interaction " + i.id(),
                r -> r.is("POST", "/api/v10/interactions/" + i.id() + "/" + i.token() + "/callback") && r.status() < 300);
    }

    /**
     * The message the user finally sees for an interaction: the callback's data, or after a
     * deferred callback (type 5) the edit of the original response.
     */
    public Response responseOf(Interaction i) {
        RecordedRequest callback = callbackOf(i);
        int type = callback.json().path("type").asInt();
        if (type == 5 || type == 6) {
            RecordedRequest edit = await("the deferred answer for interaction " + i.id(),
                    r -> r.is("PATCH", "/api/v10/webhooks/" + BOT_ID + "/" + i.token() + "/messages/@original") && r.status() < 300);
            boolean ephemeral = (callback.json().path("data").path("flags").asInt() & 64) != 0;
            return new Response(type, true, ephemeral, edit.json());
        }
        JsonNode data = callback.json().path("data");
        return new Response(type, false, (data.path("flags").asInt() & 64) != 0, data);
    }

    /** What an interaction finally showed. */
    public record Response(int callbackType, boolean deferred, boolean ephemeral, JsonNode message) {
        public String text() {
            return message.toString();
        }

        public JsonNode embed() {
            return message.path("embeds").path(0);
        }

        public List<String> customIds() {
            List<String> ids = new ArrayList<>();
            for (JsonNode row : message.path("components")) {
                for (JsonNode c : row.path("components")) {
                    if (c.has("custom_id")) ids.add(c.get("custom_id").asText());
                }
            }
            return ids;
        }

        public String buttonId(String labelOrEmoji) {
            for (JsonNode row : message.path("components")) {
                for (JsonNode c : row.path("components")) {
                    if (labelOrEmoji.equals(c.path("label").asText()) || labelOrEmoji.equals(c.path("emoji").path("name").asText())) {
                        return c.path("custom_id").asText();
                    }
                }
            }
            throw new AssertionError("no button '" + labelOrEmoji + "' in " + message.path("components"));
        }
    }

    // ---- events ----

    public static String snowflake() {
        return SNOWFLAKES.next();
    }

    private static final class Snowflakes {
        private final AtomicLong counter = new AtomicLong();

        String next() {
            long millis = System.currentTimeMillis() - DISCORD_EPOCH;
            return Long.toUnsignedString((millis << 22) | (counter.incrementAndGet() & 0x3FFFFF));
        }
    }

    private static final Snowflakes SNOWFLAKES = new Snowflakes();

    /** An interaction the fake dispatched. */
    public record Interaction(String id, String token) {
    }

    /** Dispatches a slash command by a user; options are name → value (String, Boolean, Integer). */
    public Interaction slash(String userId, String command, Map<String, Object> options) {
        return command(2, userId, command, null, options, null, null);
    }

    /** Dispatches /command sub with options, e.g. /admin ingest file:(attachment). */
    public Interaction subcommand(String userId, String command, String sub, Map<String, Object> options, ObjectNode resolved) {
        return command(2, userId, command, sub, options, null, resolved);
    }

    /** Dispatches an autocomplete interaction with the focused option's typed text. */
    public Interaction autocomplete(String userId, String command, String focused, String typed) {
        return command(4, userId, command, null, Map.of(focused, typed), focused, null);
    }

    private Interaction command(int type, String userId, String command, String sub, Map<String, Object> options,
                                String focused, ObjectNode resolved) {
        return command(type, userId, command, sub, options, focused, resolved, CHANNEL_ID);
    }

    private Interaction command(int type, String userId, String command, String sub, Map<String, Object> options,
                                String focused, ObjectNode resolved, String channelId) {
        ObjectNode data = NODES.objectNode();
        data.put("id", "16000000000000000" + String.format("%02d", Math.abs(command.hashCode()) % 100));
        data.put("name", command);
        data.put("type", 1);
        data.put("guild_id", GUILD_ID);
        ArrayNode opts = NODES.arrayNode();
        for (Map.Entry<String, Object> e : options.entrySet()) {
            ObjectNode o = opts.addObject();
            o.put("name", e.getKey());
            Object v = e.getValue();
            if (v instanceof Boolean b) {
                o.put("type", 5).put("value", b);
            } else if (v instanceof Integer n) {
                o.put("type", 4).put("value", n);
            } else if (v instanceof Attachment a) {
                o.put("type", 11).put("value", a.id());
            } else {
                o.put("type", 3).put("value", String.valueOf(v));
            }
            if (e.getKey().equals(focused)) o.put("focused", true);
        }
        if (sub != null) {
            ObjectNode s = NODES.objectNode();
            s.put("name", sub).put("type", 1).set("options", opts);
            ArrayNode wrapped = NODES.arrayNode();
            wrapped.add(s);
            data.set("options", wrapped);
        } else {
            data.set("options", opts);
        }
        if (resolved != null) data.set("resolved", resolved);
        return interaction(type, userId, channelId, data, null);
    }

    /** Dispatches a button click on a message the bot sent (the message JSON as recorded). */
    public Interaction click(String userId, String customId, JsonNode message) {
        ObjectNode data = NODES.objectNode();
        data.put("custom_id", customId).put("component_type", 2);
        ObjectNode msg = message(message, CHANNEL_ID, true);
        return interaction(3, userId, CHANNEL_ID, data, msg);
    }

    /** An attachment option value: the attachment is served by the fake at its URL. */
    public record Attachment(String id, String fileName, int size, String url) {
    }

    public Attachment attachment(String fileName, byte[] content, int claimedSize) {
        String id = snowflake();
        return new Attachment(id, fileName, claimedSize, serveAttachment(id, fileName, content));
    }

    public static ObjectNode resolved(Attachment a) {
        ObjectNode resolved = NODES.objectNode();
        ObjectNode att = resolved.putObject("attachments").putObject(a.id());
        att.put("id", a.id()).put("filename", a.fileName()).put("size", a.size()).put("url", a.url())
                .put("proxy_url", a.url()).put("content_type", "text/plain; charset=utf-8").put("ephemeral", true);
        return resolved;
    }

    private Interaction interaction(int type, String userId, String channelId, ObjectNode data, ObjectNode message) {
        String id = snowflake();
        String token = "tok" + id;
        ObjectNode i = NODES.objectNode();
        i.put("id", id).put("application_id", BOT_ID).put("type", type).put("token", token).put("version", 1);
        i.set("data", data);
        i.put("channel_id", channelId);
        if (channelId.equals(dmChannelId(userId))) {
            // A DM: no guild, the user instead of a member, a private channel (context 1: bot DM).
            data.remove("guild_id");
            i.set("user", user(userId));
            i.set("channel", dmChannel(userId));
            i.put("locale", "en-US").put("context", 1);
            i.putObject("authorizing_integration_owners").put("1", userId);
        } else {
            i.put("guild_id", GUILD_ID);
            i.set("channel", channelId.equals(THREAD_ID) ? thread() : textChannel());
            ObjectNode member = member(userId);
            member.put("permissions", Long.toString(userId.equals(ADMIN_ID) ? EVERYONE_PERMISSIONS | MANAGE_SERVER : EVERYONE_PERMISSIONS));
            i.set("member", member);
            ObjectNode guild = i.putObject("guild");
            guild.put("id", GUILD_ID).put("locale", "en-US").putArray("features");
            i.put("guild_locale", "en-US").put("locale", "en-US").put("context", 0);
            i.putObject("authorizing_integration_owners").put("0", GUILD_ID);
        }
        i.put("app_permissions", Long.toString(EVERYONE_PERMISSIONS));
        i.putArray("entitlements");
        if (message != null) i.set("message", message);
        interactions.put(id, new Issued());
        interactions.put(token, interactions.get(id));
        gateway.dispatch("INTERACTION_CREATE", i);
        return new Interaction(id, token);
    }

    /** The id of the DM channel between the bot and a user. */
    public static String dmChannelId(String userId) {
        return "18" + userId.substring(2);
    }

    static ObjectNode dmChannel(String userId) {
        ObjectNode c = NODES.objectNode();
        c.put("id", dmChannelId(userId)).put("type", 1).putNull("last_message_id").put("flags", 0);
        c.putArray("recipients").add(user(userId));
        return c;
    }

    /** Dispatches a slash command in a channel, thread or DM ({@link #dmChannelId}). */
    public Interaction slashIn(String channelId, String userId, String command, Map<String, Object> options) {
        Interaction i = command(2, userId, command, null, options, null, null, channelId);
        return i;
    }

    /** Dispatches a modal submission with a custom id (the bot never opened it). */
    public Interaction modal(String userId, String customId) {
        ObjectNode data = NODES.objectNode();
        data.put("custom_id", customId).putArray("components");
        return interaction(5, userId, CHANNEL_ID, data, null);
    }

    /** Dispatches a click on a component that is not a button (a select menu) with a custom id. */
    public Interaction select(String userId, String customId, JsonNode message) {
        ObjectNode data = NODES.objectNode();
        data.put("custom_id", customId).put("component_type", 3).putArray("values").add("x");
        return interaction(3, userId, CHANNEL_ID, data, message(message, CHANNEL_ID, true));
    }

    /** Dispatches a message from a user in a channel or thread; mentionBot adds the bot to mentions. */
    public String message(String userId, String channelId, String content, boolean mentionBot) {
        return message(userId, channelId, content, mentionBot, false);
    }

    /** Dispatches a message that mentions the bot's managed role ("<@&BOT_ROLE_ID>" in the content). */
    public String messageMentioningBotRole(String userId, String channelId, String content) {
        return message(userId, channelId, content, false, true);
    }

    /** Dispatches a DM from a user to the bot: no guild, no member. */
    public String dm(String userId, String content) {
        ObjectNode m = NODES.objectNode();
        String id = snowflake();
        m.put("id", id).put("type", 0).put("channel_id", dmChannelId(userId)).put("content", content);
        m.set("author", user(userId));
        m.put("timestamp", Instant.now().toString()).putNull("edited_timestamp");
        m.put("tts", false).put("mention_everyone", false).put("pinned", false).put("flags", 0);
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        m.putArray("components");
        gateway.dispatch("MESSAGE_CREATE", m);
        return id;
    }

    private String message(String userId, String channelId, String content, boolean mentionBot, boolean mentionBotRole) {
        ObjectNode m = NODES.objectNode();
        String id = snowflake();
        // Without the message-content intent Discord blanks the text of server messages that do not mention the bot.
        boolean gated = !gateway.contentIntent(MESSAGE_CONTENT_INTENT) && !mentionBot && !mentionBotRole;
        m.put("id", id).put("type", 0).put("channel_id", channelId).put("guild_id", GUILD_ID).put("content", gated ? "" : content);
        m.set("author", user(userId));
        ObjectNode member = member(userId);
        member.remove("user");
        m.set("member", member);
        m.put("timestamp", Instant.now().toString()).putNull("edited_timestamp");
        m.put("tts", false).put("mention_everyone", false).put("pinned", false).put("flags", 0);
        ArrayNode mentions = m.putArray("mentions");
        if (mentionBot) {
            ObjectNode bot = user(BOT_ID);
            bot.set("member", member(BOT_ID).without("user"));
            mentions.add(bot);
        }
        ArrayNode roles = m.putArray("mention_roles");
        if (mentionBotRole) roles.add(BOT_ROLE_ID);
        m.putArray("attachments");
        m.putArray("embeds");
        m.putArray("components");
        gateway.dispatch("MESSAGE_CREATE", m);
        return id;
    }

    // ---- REST ----

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getPath();
            String query = ex.getRequestURI().getQuery();
            byte[] raw = ex.getRequestBody().readAllBytes();
            String body = new String(raw, StandardCharsets.UTF_8);
            JsonNode json = parseBody(ex, body);
            for (Injected inj : injected) {
                if (inj.method().equals(method) && inj.path().matcher(path).matches() && inj.remaining().getAndDecrement() > 0) {
                    if (inj.status() != 429) {
                        requests.add(new RecordedRequest(method, path, query, body, json, inj.status()));
                        ex.getResponseHeaders().add("Via", "1.1 google");
                        send(ex, inj.status(), "{\"message\":\"upstream connect error\",\"code\":0}");
                        return;
                    }
                    requests.add(new RecordedRequest(method, path, query, body, json, 429));
                    ex.getResponseHeaders().add("Retry-After", "1");
                    ex.getResponseHeaders().add("Via", "1.1 google");
                    ex.getResponseHeaders().add("X-RateLimit-Scope", "user");
                    send(ex, 429, "{\"message\":\"You are being rate limited.\",\"retry_after\":0.5,\"global\":false}");
                    return;
                }
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            Reply reply = path.startsWith("/api/") && (auth == null || auth.startsWith("Bot bad"))
                    ? new Reply(401, "{\"message\":\"401: Unauthorized\",\"code\":0}", null)
                    : route(method, path, query, json);
            requests.add(new RecordedRequest(method, path, query, body, json, reply.status()));
            if (reply.bytes() != null) {
                ex.getResponseHeaders().add("Content-Type", "application/octet-stream");
                ex.sendResponseHeaders(200, reply.bytes().length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(reply.bytes());
                }
                return;
            }
            send(ex, reply.status(), reply.body());
        } catch (RuntimeException e) {
            e.printStackTrace();
            send(ex, 500, "{\"message\":\"fake discord failed: " + e.getClass().getSimpleName() + "\"}");
        }
    }

    private record Reply(int status, String body, byte[] bytes) {
        static Reply json(Object node) {
            return new Reply(200, node.toString(), null);
        }
    }

    private static JsonNode parseBody(HttpExchange ex, String body) {
        if (body.isEmpty()) return NODES.objectNode();
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        try {
            if (type != null && type.startsWith("multipart/form-data")) {
                int at = body.indexOf("name=\"payload_json\"");
                if (at < 0) return NODES.objectNode();
                int start = body.indexOf("\r\n\r\n", at) + 4;
                int end = body.indexOf("\r\n--", start);
                return JSON.readTree(body.substring(start, end));
            }
            return JSON.readTree(body);
        } catch (IOException e) {
            return NODES.textNode(body);
        }
    }

    private Reply reject(int status, int code, String message) {
        rejections.add(status + " " + message);
        return new Reply(status, NODES.objectNode().put("message", message).put("code", code).toString(), null);
    }

    private Reply route(String method, String path, String query, JsonNode json) {
        String p = path.startsWith("/api/v10/") ? path.substring("/api/v10/".length()) : path;
        if (path.startsWith("/attachments/")) {
            String[] parts = path.split("/");
            byte[] bytes = attachments.get(parts[3] + "/" + parts[4]);
            return bytes == null ? new Reply(404, "{\"message\":\"Unknown attachment\"}", null) : new Reply(200, null, bytes);
        }
        if (method.equals("GET") && p.equals("users/@me")) return Reply.json(user(BOT_ID));
        if (method.equals("GET") && p.equals("gateway/bot")) {
            ObjectNode g = NODES.objectNode().put("url", gatewayUrl()).put("shards", 1);
            g.putObject("session_start_limit").put("total", 1000).put("remaining", 999).put("reset_after", 0).put("max_concurrency", 16);
            return Reply.json(g);
        }
        if (method.equals("GET") && p.equals("gateway")) return Reply.json(NODES.objectNode().put("url", gatewayUrl()));
        if (method.equals("GET") && p.matches("applications/\\d+(/guilds/\\d+)?/commands")) {
            String[] parts = p.split("/");
            JsonNode list = commands.get(parts.length > 3 ? parts[3] : "global");
            return Reply.json(list == null ? NODES.arrayNode() : list);
        }
        if (method.equals("PUT") && p.matches("applications/\\d+(/guilds/\\d+)?/commands")) {
            String problem = Payloads.commands(json);
            if (problem != null) return reject(400, 50035, "Invalid Form Body: " + problem);
            String[] parts = p.split("/");
            ArrayNode out = NODES.arrayNode();
            for (JsonNode c : json) {
                ObjectNode copy = ((ObjectNode) c).deepCopy();
                copy.put("id", "1700000000000000" + String.format("%03d", commandIds.incrementAndGet() % 1000));
                copy.put("application_id", BOT_ID).put("version", "1");
                if (!copy.has("type")) copy.put("type", 1);
                if (parts.length > 3) copy.put("guild_id", parts[3]);
                out.add(copy);
            }
            commands.put(parts.length > 3 ? parts[3] : "global", out);
            return Reply.json(out);
        }
        if (method.equals("POST") && p.matches("interactions/\\d+/[^/]+/callback")) return callback(p.split("/")[1], query, json);
        if (p.matches("webhooks/\\d+/[^/]+(/messages/@original)?") && (method.equals("POST") || method.equals("PATCH") || method.equals("DELETE"))) {
            Issued issued = interactions.get(p.split("/")[2]);
            if (issued == null || issued.callbacks.get() == 0) return reject(404, 10015, "Unknown Webhook");
            if (System.nanoTime() - issued.sentNanos > tokenLifetime.toNanos()) return reject(401, 50027, "Invalid Webhook Token");
            if (method.equals("DELETE")) return new Reply(204, "", null);
            String problem = Payloads.message(json, method.equals("POST"));
            if (problem != null) return reject(400, 50035, "Invalid Form Body: " + problem);
            return Reply.json(message(json, CHANNEL_ID, true));
        }
        if (method.equals("POST") && p.matches("channels/\\d+/messages")) {
            String problem = Payloads.message(json, true);
            if (problem != null) return reject(400, 50035, "Invalid Form Body: " + problem);
            return Reply.json(message(json, p.split("/")[1], false));
        }
        return new Reply(404, "{\"message\":\"fake discord has no route for " + method + " " + p + "\",\"code\":0}", null);
    }

    /** An interaction callback: within the deadline, once, with a valid payload; with_response=true returns the result. */
    private Reply callback(String interactionId, String query, JsonNode json) {
        Issued issued = interactions.get(interactionId);
        if (issued == null) return reject(404, 10062, "Unknown interaction");
        long ageNanos = System.nanoTime() - issued.sentNanos;
        if (ageNanos > ackDeadline.toNanos()) {
            return reject(404, 10062, "Unknown interaction (callback after " + ageNanos / 1_000_000 + " ms)");
        }
        int type = json.path("type").asInt();
        String problem = Payloads.callback(type, json.path("data"));
        if (problem != null) return reject(400, 50035, "Invalid Form Body: " + problem);
        if (!issued.callbacks.compareAndSet(0, 1)) return reject(400, 40060, "Interaction has already been acknowledged.");
        issued.callbackType = type;
        if (query == null || !query.contains("with_response=true")) return new Reply(204, "", null);
        ObjectNode out = NODES.objectNode();
        out.putObject("interaction").put("id", interactionId).put("type", 2).put("response_message_loading", type == 5)
                .put("response_message_ephemeral", (json.path("data").path("flags").asInt() & 64) != 0);
        ObjectNode resource = out.putObject("resource").put("type", type);
        if (type == 4 || type == 7) resource.set("message", message(json.path("data"), CHANNEL_ID, true));
        return Reply.json(out);
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        if (status == 204) {
            ex.sendResponseHeaders(204, -1);
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    // ---- entities ----

    /** A full message object by the bot, from a message payload it sent. */
    ObjectNode message(JsonNode payload, String channelId, boolean fromWebhook) {
        ObjectNode m = NODES.objectNode();
        m.put("id", payload.has("id") ? payload.get("id").asText() : snowflake());
        m.put("type", payload.has("message_reference") ? 19 : 0).put("channel_id", channelId);
        m.put("content", payload.path("content").asText(""));
        m.set("author", user(BOT_ID));
        if (fromWebhook) m.put("webhook_id", BOT_ID).put("application_id", BOT_ID);
        m.put("timestamp", Instant.now().toString()).putNull("edited_timestamp");
        m.put("tts", false).put("mention_everyone", false).put("pinned", false);
        m.put("flags", payload.path("flags").asInt(0));
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        ArrayNode embeds = m.putArray("embeds");
        for (JsonNode e : payload.path("embeds")) embeds.add(((ObjectNode) e.deepCopy()).put("type", "rich"));
        m.set("components", payload.has("components") ? payload.get("components").deepCopy() : NODES.arrayNode());
        return m;
    }

    static ObjectNode user(String id) {
        ObjectNode u = NODES.objectNode();
        String name = switch (id) {
            case BOT_ID -> "RedCarpet";
            case ADMIN_ID -> "admin";
            default -> "fan" + id.substring(id.length() - 1);
        };
        u.put("id", id).put("username", name).put("global_name", name).put("discriminator", "0").putNull("avatar");
        u.put("bot", id.equals(BOT_ID)).put("public_flags", 0);
        return u;
    }

    static ObjectNode member(String id) {
        ObjectNode m = NODES.objectNode();
        m.set("user", user(id));
        ArrayNode roles = m.putArray("roles");
        if (id.equals(ADMIN_ID)) roles.add(ADMIN_ROLE_ID);
        if (id.equals(BOT_ID)) roles.add(BOT_ROLE_ID);
        m.put("joined_at", "2024-01-01T00:00:00.000000+00:00").put("deaf", false).put("mute", false).put("flags", 0);
        m.putNull("nick").putNull("avatar").putNull("premium_since").put("pending", false).putNull("communication_disabled_until");
        return m;
    }

    static ObjectNode textChannel() {
        ObjectNode c = NODES.objectNode();
        c.put("id", CHANNEL_ID).put("type", 0).put("name", "red-carpet").put("guild_id", GUILD_ID).put("position", 0);
        c.putNull("parent_id").put("nsfw", false).putNull("topic").put("rate_limit_per_user", 0).putNull("last_message_id");
        c.putArray("permission_overwrites");
        c.put("permissions", Long.toString(EVERYONE_PERMISSIONS));
        return c;
    }

    static ObjectNode thread() {
        ObjectNode t = NODES.objectNode();
        t.put("id", THREAD_ID).put("type", 11).put("name", "met-gala-chat").put("guild_id", GUILD_ID).put("parent_id", CHANNEL_ID);
        t.put("owner_id", FAN_ID).put("member_count", 2).put("message_count", 1).put("total_message_sent", 1)
                .put("rate_limit_per_user", 0).putNull("last_message_id").put("flags", 0);
        t.putObject("thread_metadata").put("archived", false).put("auto_archive_duration", 1440)
                .put("archive_timestamp", "2024-01-01T00:00:00.000000+00:00").put("locked", false).put("invitable", true);
        t.put("permissions", Long.toString(EVERYONE_PERMISSIONS));
        return t;
    }

    ObjectNode guildCreate() {
        ObjectNode g = NODES.objectNode();
        g.put("id", GUILD_ID).put("name", "Fashion Fans").put("owner_id", "1500000000000000099").put("afk_timeout", 300);
        g.put("member_count", 3).put("large", false).put("unavailable", false).put("joined_at", "2024-01-01T00:00:00.000000+00:00");
        g.put("preferred_locale", "en-US").put("verification_level", 0).put("default_message_notifications", 0)
                .put("explicit_content_filter", 0).put("mfa_level", 0).put("premium_tier", 0).put("nsfw_level", 0)
                .put("premium_progress_bar_enabled", false).put("system_channel_flags", 0);
        g.putArray("features");
        ArrayNode members = g.putArray("members");
        members.add(member(BOT_ID));
        ArrayNode roles = g.putArray("roles");
        roles.add(role(GUILD_ID, "@everyone", EVERYONE_PERMISSIONS, 0));
        roles.add(role(ADMIN_ROLE_ID, "Mods", EVERYONE_PERMISSIONS | MANAGE_SERVER, 1));
        ObjectNode botRole = role(BOT_ROLE_ID, "RedCarpet", EVERYONE_PERMISSIONS, 2);
        botRole.put("managed", true).putObject("tags").put("bot_id", BOT_ID);
        roles.add(botRole);
        ArrayNode channels = g.putArray("channels");
        ObjectNode channel = textChannel();
        channel.remove("permissions");
        channels.add(channel);
        ArrayNode threads = g.putArray("threads");
        ObjectNode thread = thread();
        thread.remove("permissions");
        threads.add(thread);
        g.putArray("emojis");
        g.putArray("stickers");
        g.putArray("voice_states");
        g.putArray("presences");
        g.putArray("guild_scheduled_events");
        g.putArray("stage_instances");
        g.putArray("soundboard_sounds");
        return g;
    }

    private static ObjectNode role(String id, String name, long permissions, int position) {
        ObjectNode r = NODES.objectNode();
        r.put("id", id).put("name", name).put("color", 0).put("hoist", false).put("position", position)
                .put("permissions", Long.toString(permissions)).put("managed", false).put("mentionable", false).put("flags", 0);
        r.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        return r;
    }

    ObjectNode ready(String sessionId) {
        ObjectNode r = NODES.objectNode();
        r.put("v", 10).put("session_id", sessionId).put("resume_gateway_url", gatewayUrl());
        r.set("user", user(BOT_ID));
        r.putArray("guilds").addObject().put("id", GUILD_ID).put("unavailable", true);
        r.putArray("private_channels");
        r.putArray("relationships");
        r.putObject("application").put("id", BOT_ID).put("flags", 0);
        r.putArray("shard").add(0).add(1);
        return r;
    }

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    @Override
    public void close() {
        http.stop(0);
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
