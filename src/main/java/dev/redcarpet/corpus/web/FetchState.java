package dev.redcarpet.corpus.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the fetcher remembers between runs, in one JSON file beside the index (never in data/):
 * validators per URL for conditional GET, the pages already handled, and each source's last fetch,
 * last error and backoff. Written atomically; a damaged file is set aside and fetching starts afresh.
 */
final class FetchState {
    private static final Logger LOG = LoggerFactory.getLogger(FetchState.class);
    static final String FILE = "fetch-state.json";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** One source's record. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SourceRecord(Instant lastFetch, Instant lastSuccess, String lastError, int failures, Instant nextFetch, int saved) {
        static final SourceRecord NEW = new SourceRecord(null, null, null, 0, null, 0);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stored(Map<String, Validators> validators, Set<String> handled, Map<String, SourceRecord> sources) {
    }

    private final Path file;
    private final Map<String, Validators> validators = new LinkedHashMap<>();
    private final Set<String> handled = new LinkedHashSet<>();
    private final Map<String, SourceRecord> sources = new LinkedHashMap<>();

    private FetchState(Path file) {
        this.file = file;
    }

    static FetchState open(Path folder) {
        FetchState s = new FetchState(folder.resolve(FILE));
        s.reload();
        return s;
    }

    /** Reads the file again: another process sharing it (a shard) may have fetched since. */
    synchronized void reload() {
        FetchState s = this;
        if (!Files.isRegularFile(s.file)) return;
        try {
            Stored stored = JSON.readValue(s.file.toFile(), Stored.class);
            s.validators.clear();
            s.handled.clear();
            s.sources.clear();
            if (stored.validators() != null) s.validators.putAll(stored.validators());
            if (stored.handled() != null) s.handled.addAll(stored.handled());
            if (stored.sources() != null) s.sources.putAll(stored.sources());
        } catch (IOException | RuntimeException e) {
            Path aside = s.file.resolveSibling(FILE + ".damaged");
            LOG.warn("fetch state {} is damaged ({}); set aside as {}, starting afresh", s.file, e.getClass().getSimpleName(), aside);
            try {
                Files.move(s.file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException ignored) {
                // it will be overwritten by the next save
            }
        }
    }

    synchronized Validators validators(String url) {
        return validators.getOrDefault(url, Validators.NONE);
    }

    synchronized void validators(String url, Validators v) {
        if (v == null || v.isEmpty()) validators.remove(url);
        else validators.put(url, v);
    }

    synchronized boolean handled(String url) {
        return handled.contains(url);
    }

    /** A page saved, found a duplicate or found not to be an article: it is not downloaded again. */
    synchronized void markHandled(String url) {
        handled.add(url);
    }

    synchronized SourceRecord source(String name) {
        return sources.getOrDefault(name, SourceRecord.NEW);
    }

    synchronized void source(String name, SourceRecord record) {
        sources.put(name, record);
    }

    synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".fetch-state-", ".tmp");
            JSON.writeValue(tmp.toFile(), new Stored(validators, handled, sources));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot save fetch state to {}: {}", file, e.getMessage());
        }
    }
}
