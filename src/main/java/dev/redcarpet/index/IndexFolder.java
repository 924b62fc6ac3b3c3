package dev.redcarpet.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which folders may hold an index, and what in them may ever be deleted. A folder is the project's
 * when it carries the {@value #MARK} file (written when the index is created there) or holds nothing
 * but Lucene files; only Lucene's own files in such a folder are ever deleted. The data folder, the
 * working folder, the home folder, anything above them and system folders are refused outright.
 */
public final class IndexFolder {
    static final String MARK = "redcarpet-index.txt";
    private static final String MARK_TEXT = "This folder holds a RedCarpet search index, built from the data folder.\n"
            + "RedCarpet rebuilds it when needed and deletes only its own index files here.\n";
    /** Lucene's file names: commit points and per-segment files (IndexFileNames.CODEC_FILE_PATTERN). */
    private static final Pattern LUCENE_FILE = Pattern.compile("segments(_[0-9a-z]+)?|pending_segments_[0-9a-z]+|_[a-z0-9]+(_.*)?\\..*|write\\.lock");
    private static final Set<String> SYSTEM = Set.of("/proc", "/sys", "/dev", "/etc", "/usr", "/bin", "/sbin",
            "/lib", "/lib32", "/lib64", "/libx32", "/boot", "/run");

    private IndexFolder() {
    }

    /** Refuses an index folder that is, or sits above, data/, the working folder or home, or that is a system path. */
    public static void checkPlace(Path index, Path data) {
        Path idx = real(index);
        String why = null;
        if (idx.getParent() == null || idx.getNameCount() <= 1) why = "is a system folder";
        for (String sys : SYSTEM) if (idx.startsWith(sys)) why = "is a system folder";
        if (data != null) {
            Path d = real(data);
            if (d.startsWith(idx)) why = "is the data folder or holds it (" + data + ")";
            else if (idx.startsWith(d)) why = "is inside the data folder (" + data + ")";
        }
        if (real(Path.of("")).startsWith(idx)) why = "is the working folder or holds it";
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank() && real(Path.of(home)).startsWith(idx)) why = "is the home folder or holds it";
        if (why != null) {
            throw new IndexException("refusing index folder " + index + ": it " + why
                    + "; give --index (or config `index`) a folder of its own, e.g. var/index");
        }
    }

    /** Refuses a folder that holds other files and was never marked as an index; marks it otherwise. */
    static void claim(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir) && !Files.isDirectory(dir)) throw new IndexException("index folder " + dir + " is a broken symbolic link");
        Files.createDirectories(dir);
        if (!Files.isDirectory(dir)) throw new IndexException("index folder " + dir + " is not a folder");
        Path mark = dir.resolve(MARK);
        if (Files.isRegularFile(mark, LinkOption.NOFOLLOW_LINKS)) return;
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                String name = p.getFileName().toString();
                if (!name.equals(IndexLock.FILE) && !name.startsWith(StartupFile.NAME) && !LUCENE_FILE.matcher(name).matches()) foreign.add(name);
            }
        }
        if (!foreign.isEmpty()) {
            String shown = String.join(", ", foreign.stream().sorted().limit(3).toList()) + (foreign.size() > 3 ? ", …" : "");
            throw new IndexException("refusing index folder " + dir + ": it holds other files (" + shown
                    + ") and is not marked as a RedCarpet index; give --index an empty or new folder");
        }
        Files.writeString(mark, MARK_TEXT, StandardCharsets.UTF_8);
    }

    /** Deletes Lucene's files and the start-up file saved beside them in a claimed folder, and nothing else. */
    static void wipe(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve(MARK), LinkOption.NOFOLLOW_LINKS)) {
            throw new IndexException("refusing to delete files in " + dir + ": it is not marked as a RedCarpet index");
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.equals("write.lock")) continue;
                boolean ours = LUCENE_FILE.matcher(name).matches() || name.equals(StartupFile.NAME) || name.equals(StartupFile.TEMP);
                if (ours && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) Files.deleteIfExists(f);
            }
        }
    }

    /** The path with links resolved as far as it exists, made absolute. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            Path name = existing.getFileName();
            rest = rest == null ? name : name.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) return abs;
        try {
            Path r = existing.toRealPath();
            return rest == null ? r : r.resolve(rest);
        } catch (IOException e) {
            return abs;
        }
    }
}
