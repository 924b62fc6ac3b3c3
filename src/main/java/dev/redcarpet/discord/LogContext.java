package dev.redcarpet.discord;

import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Per-interaction log context (SLF4J MDC): {@code command}, {@code guild} and a hashed {@code user},
 * later {@code latency_ms}. Never a token, never a raw user id: the same user always gets the same
 * short hash, so one user's trail can be followed without storing who they are.
 *
 * <pre>{@code
 * try (LogContext ctx = LogContext.open("ask", guildId, userId)) { ... }
 * }</pre>
 */
final class LogContext implements AutoCloseable {
    static final String COMMAND = "command";
    static final String GUILD = "guild";
    static final String USER = "user";
    static final String LATENCY = "latency_ms";

    private final Map<String, String> previous;

    private LogContext(Map<String, String> previous) {
        this.previous = previous;
    }

    /** Sets the context on this thread; {@link #close()} puts back what was there before. */
    static LogContext open(String command, String guildId, String userId) {
        Map<String, String> before = MDC.getCopyOfContextMap();
        MDC.put(COMMAND, command);
        if (guildId != null) MDC.put(GUILD, guildId);
        else MDC.put(GUILD, "dm");
        if (userId != null) MDC.put(USER, hash(userId));
        return new LogContext(before);
    }

    /** The context of this thread, to carry over to another thread with {@link #adopt}. */
    static Map<String, String> capture() {
        Map<String, String> m = MDC.getCopyOfContextMap();
        return m == null ? Map.of() : m;
    }

    /** Runs on another thread with a captured context, then clears it. */
    static Runnable adopt(Map<String, String> context, Runnable work) {
        return () -> {
            Map<String, String> before = MDC.getCopyOfContextMap();
            MDC.setContextMap(context);
            try {
                work.run();
            } finally {
                restore(before);
            }
        };
    }

    /** The pseudonym of a Discord user id in logs: 12 hex digits of SHA-256. */
    static String hash(String userId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d = sha.digest(("redcarpet-user:" + userId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static void restore(Map<String, String> before) {
        if (before == null) MDC.clear();
        else MDC.setContextMap(before);
    }

    @Override
    public void close() {
        restore(previous);
    }
}
