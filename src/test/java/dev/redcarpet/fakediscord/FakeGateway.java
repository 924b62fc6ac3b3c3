package dev.redcarpet.fakediscord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The fake gateway: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs, and dispatches to identified sessions. */
final class FakeGateway extends WebSocketServer {
    private final FakeDiscord discord;
    private final Set<WebSocket> identified = ConcurrentHashMap.newKeySet();
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
    private volatile boolean resumable;

    FakeGateway(FakeDiscord discord) {
        super(new InetSocketAddress("127.0.0.1", 0));
        this.discord = discord;
        setReuseAddr(true);
    }

    void awaitStarted() throws IOException {
        try {
            if (!started.await(10, TimeUnit.SECONDS)) throw new IOException("fake gateway did not start");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    List<JsonNode> identifies() {
        return List.copyOf(identifies);
    }

    /** Whether the bot asked for this intent bit in its IDENTIFY. */
    boolean contentIntent(int bit) {
        for (JsonNode d : identifies) {
            if ((d.path("intents").asLong() & bit) != 0) return true;
        }
        return false;
    }

    int sessions() {
        return identified.size();
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        ObjectNode hello = JsonNodeFactory.instance.objectNode().put("op", 10);
        hello.putObject("d").put("heartbeat_interval", 41250);
        hello.putNull("s");
        hello.putNull("t");
        conn.send(hello.toString());
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            JsonNode frame = FakeDiscord.JSON.readTree(message);
            int op = frame.path("op").asInt();
            switch (op) {
                case 1 -> conn.send("{\"op\":11,\"d\":null,\"s\":null,\"t\":null}");
                case 2 -> {
                    identifies.add(frame.path("d"));
                    send(conn, "READY", discord.ready("session" + FakeDiscord.snowflake()));
                    send(conn, "GUILD_CREATE", discord.guildCreate());
                    identified.add(conn);
                }
                case 6 -> {
                    if (resumable) {
                        send(conn, "RESUMED", JsonNodeFactory.instance.objectNode());
                        identified.add(conn);
                    } else {
                        conn.send("{\"op\":9,\"d\":false,\"s\":null,\"t\":null}");
                    }
                }
                default -> {
                }
            }
        } catch (IOException e) {
            conn.close(4002, "decode error");
        }
    }

    /** Closes every connection abruptly (no close frame), like a dropped TCP connection. */
    void dropAll() {
        for (WebSocket conn : getConnections()) {
            identified.remove(conn);
            conn.closeConnection(1006, "connection dropped by the test");
        }
    }

    /** Closes every identified session as if the network dropped; the sessions may then RESUME. */
    void drop() {
        resumable = true;
        for (WebSocket conn : identified) conn.close(4000, "dropped by the test");
    }

    void dispatch(String type, ObjectNode data) {
        if (identified.isEmpty()) throw new AssertionError("no bot is connected to the fake gateway");
        for (WebSocket conn : identified) send(conn, type, data);
    }

    private void send(WebSocket conn, String type, ObjectNode data) {
        ObjectNode frame = JsonNodeFactory.instance.objectNode().put("op", 0).put("s", discord.nextSequence()).put("t", type);
        frame.set("d", data);
        conn.send(frame.toString());
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        identified.remove(conn);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        if (conn != null) identified.remove(conn);
    }
}
