package dev.redcarpet.corpus;

import java.util.List;
import java.util.Map;

/**
 * What an earlier scan found, so a new scan can leave unchanged files unread: each file's stamp
 * (size and modification time) and the ids and content hashes of the articles it held.
 */
public record KnownFiles(Map<String, String> stampByPath, Map<String, List<Known>> articlesByPath) {
    public static final KnownFiles NONE = new KnownFiles(Map.of(), Map.of());

    /** An article already loaded from a file. */
    public record Known(String id, String hash) {
    }
}
