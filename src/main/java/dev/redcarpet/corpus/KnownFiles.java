package dev.redcarpet.corpus;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the index holds of earlier scans, so a new scan can leave unchanged files unread: each file's
 * stamp (size and modification time) and every article it held, duplicates included, in file order;
 * and which of those articles are in the index. A file is read again when its stamp differs, or when
 * one of its articles that was a duplicate must now be indexed because the text it repeated is gone.
 *
 * @param files   by path: the stamp and articles recorded when the file was last read
 * @param indexed keys ({@link #key}) of the articles the index holds
 */
public record KnownFiles(Map<String, KnownFile> files, Set<String> indexed) {
    public static final KnownFiles NONE = new KnownFiles(Map.of(), Set.of());

    public KnownFiles {
        files = Map.copyOf(files);
        indexed = Set.copyOf(indexed);
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

    public static String key(String path, String id, String hash) {
        return path + '\u0000' + id + '\u0000' + hash;
    }

    boolean isIndexed(String path, Known k) {
        return indexed.contains(key(path, k.id(), k.hash()));
    }
}
