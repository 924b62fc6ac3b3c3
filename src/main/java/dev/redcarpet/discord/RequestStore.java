package dev.redcarpet.discord;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Short keys for requests, so a button's custom id (at most 100 characters) can name the question
 * it belongs to. Kept in a small JSON-lines file, so buttons keep working after a restart; the
 * oldest keys are dropped past {@code capacity}.
 */
public final class RequestStore {
    private static final Logger LOG = LoggerFactory.getLogger(RequestStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final int capacity;
    private final LinkedHashMap<String, Stored> byKey = new LinkedHashMap<>(16, 0.75f, true);
    private int appendedSinceCompaction;

    /** A request and the ids of the sources its answer cited, which 👍/👎 log without answering again. */
    private record Stored(Request request, List<String> sources) {
    }

    private record Entry(String key, Request request, List<String> sources) {
    }

    public RequestStore(Path file, int capacity) {
        this.file = file;
        this.capacity = capacity;
        load();
    }

    private void load() {
        if (!Files.isRegularFile(file)) return;
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.isBlank()) continue;
                try {
                    Entry e = JSON.readValue(line, Entry.class);
                    if (e.key() == null || e.request() == null) continue;
                    byKey.put(e.key(), new Stored(e.request(), e.sources() == null ? List.of() : List.copyOf(e.sources())));
                } catch (IOException bad) {
                    LOG.warn("{}: skipped a damaged line", file);
                }
            }
            trim();
        } catch (IOException e) {
            LOG.warn("{}: cannot read ({}); old buttons will say they expired", file, e.getMessage());
        }
    }

    /** The key of this request (the same request always gets the same key), saving it when new. */
    public synchronized String keyOf(Request request) {
        String key = hash(request);
        Stored known = byKey.get(key);
        return known != null ? key : save(key, new Stored(request, List.of()));
    }

    /** The key of this request, saved with the source ids its answer cites (updated when they changed). */
    public synchronized String keyOf(Request request, List<String> sourceIds) {
        String key = hash(request);
        Stored known = byKey.get(key);
        if (known != null && known.sources().equals(sourceIds)) return key;
        return save(key, new Stored(request, List.copyOf(sourceIds)));
    }

    private String save(String key, Stored stored) {
        byKey.put(key, stored);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (trim() || appendedSinceCompaction > capacity) {
                rewrite();
            } else {
                try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                    w.write(JSON.writeValueAsString(new Entry(key, stored.request(), stored.sources())));
                    w.newLine();
                }
                appendedSinceCompaction++;
            }
        } catch (IOException e) {
            LOG.warn("{}: cannot save a button key ({}); it works until the bot restarts", file, e.getMessage());
        }
        return key;
    }

    /** The request behind a key, or null when the key is unknown (for example, dropped as too old). */
    public synchronized Request get(String key) {
        Stored s = key == null ? null : byKey.get(key);
        return s == null || BotCommands.answering(s.request().kind()).isEmpty() ? null : s.request();
    }

    /** The source ids saved with a key's answer; empty when unknown. */
    public synchronized List<String> sourcesOf(String key) {
        Stored s = byKey.get(key);
        return s == null ? List.of() : s.sources();
    }

    private boolean trim() {
        boolean removed = false;
        var it = byKey.entrySet().iterator();
        while (byKey.size() > capacity && it.hasNext()) {
            it.next();
            it.remove();
            removed = true;
        }
        return removed;
    }

    private void rewrite() throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Stored> e : byKey.entrySet()) {
                w.write(JSON.writeValueAsString(new Entry(e.getKey(), e.getValue().request(), e.getValue().sources())));
                w.newLine();
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        appendedSinceCompaction = 0;
    }

    private static String hash(Request request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
