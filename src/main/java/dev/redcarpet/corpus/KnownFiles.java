package dev.redcarpet.corpus;

import java.util.List;
import java.util.Map;

/**
 * What the index holds of earlier scans, so a new scan can leave unchanged files unread: each file's
 * stamp (size and modification time) and every article it held, duplicates included, in file order;
 * and which of those articles are in the index. A file is read again when its stamp differs, or when
 * one of its articles that was a duplicate must now be indexed because the text it repeated is gone.
 *
 * @param files   by path: the stamp and articles recorded when the file was last read
 * @param indexed which articles the index holds, asked by file, id and hash (a view of the index's own table:
 *                nothing is copied or keyed per article for a scan)
 */
public record KnownFiles(Map<String, KnownFile> files, Indexed indexed) {
    public static final KnownFiles NONE = new KnownFiles(Map.of(), (path, id, hash) -> false);

    public KnownFiles {
        files = java.util.Collections.unmodifiableMap(files);
    }

    /** Whether the index holds the article with this id and hash, read from this file. */
    @FunctionalInterface
    public interface Indexed {
        boolean holds(String path, String id, String hash);
    }

    /** An article of a file: its id and content hash. */
    public record Known(String id, String hash) {
    }

    /** One file as last read. */
    public record KnownFile(String stamp, List<Known> articles) {
        public KnownFile {
            articles = List.copyOf(articles);
        }
    }

    /** An article the index already holds, found in an unread file. */
    public record Kept(String path, String id, String hash) {
    }

    boolean isIndexed(String path, Known k) {
        return indexed.holds(path, k.id(), k.hash());
    }
}
