package dev.redcarpet.discord;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Appends 👍/👎 feedback to a JSON-lines file (var/feedback.jsonl by default): the question, the
 * answer's source ids and a SHA-256 hash of the user id. The raw user id is never written.
 */
public final class FeedbackLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    /** One line of the file. */
    public record Entry(String time, String vote, String command, String question, List<String> sourceIds, String userHash) {
    }

    public FeedbackLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public synchronized void append(boolean helpful, Request request, List<String> sourceIds, String userId) throws IOException {
        Entry e = new Entry(Instant.now().toString(), helpful ? "up" : "down", request.kind(),
                request.text(), sourceIds, sha256(userId));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, JSON.writeValueAsString(e) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
