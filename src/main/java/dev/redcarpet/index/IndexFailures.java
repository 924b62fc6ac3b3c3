package dev.redcarpet.index;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Names the cause of an index failure the way an operator can act on it: disk full, a file removed, no permission. */
public final class IndexFailures {
    private IndexFailures() {
    }

    public static String cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            String lower = m.toLowerCase(Locale.ROOT);
            if (lower.contains("no space left") || lower.contains("disk quota exceeded") || lower.contains("disk full")) {
                return "the disk is full";
            }
            if (t instanceof NoSuchFileException n) return "an index file was removed (" + name(n.getFile()) + ")";
            if (t instanceof FileNotFoundException) return "an index file was removed (" + name(m.split(" ", 2)[0]) + ")";
            if (t instanceof AccessDeniedException a) return "permission denied (" + name(a.getFile()) + ")";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        if (root instanceof FileSystemException f && f.getReason() != null) m = f.getReason();
        String line = m == null ? root.getClass().getSimpleName() : m.split("\\R", 2)[0].strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    private static String name(String file) {
        if (file == null) return "unknown file";
        try {
            Path p = Path.of(file).getFileName();
            return p == null ? file : p.toString();
        } catch (RuntimeException e) {
            return file;
        }
    }
}
