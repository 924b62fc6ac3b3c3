package dev.redcarpet.engine;

import dev.redcarpet.config.Config;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.corpus.FileRead;
import dev.redcarpet.corpus.FreeName;
import dev.redcarpet.corpus.SkippedFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Saves an uploaded article into data/ingested/: only allowed formats, within the size limit,
 * under a safe new name (never overwriting), written to a hidden temporary file first, checked
 * with the same reader the index uses, then linked into place in one atomic step.
 */
final class Ingest {
    static final Set<String> FORMATS = Set.of("txt", "json", "jsonl", "md", "html", "htm");
    static final String FOLDER = "ingested";

    private final Config config;
    private final CorpusReader reader;
    private final Map<String, String> pathByHash;

    /** @param pathByHash the file of each text already in the corpus, by content hash */
    Ingest(Config config, CorpusReader reader, Map<String, String> pathByHash) {
        this.config = config;
        this.reader = reader;
        this.pathByHash = pathByHash;
    }

    IngestReport save(String fileName, byte[] content) {
        if (content == null || content.length == 0) return IngestReport.refused("The file is empty.");
        long limit = Math.min(config.discord().maxIngestBytes(), config.corpus().maxFileBytes());
        if (content.length > limit) {
            return IngestReport.refused("The file is " + content.length + " bytes; the limit is " + limit + " bytes.");
        }
        String safe = safeName(fileName);
        String ext = extension(safe);
        if (!FORMATS.contains(ext)) {
            return IngestReport.refused("Only txt, json, jsonl, md or html files can be added (got " + (ext.isEmpty() ? "no extension" : "." + ext) + ").");
        }
        Path folder = config.data().resolve(FOLDER);
        Path tmp = null;
        try {
            String unsafe = checkFolder(folder);
            if (unsafe != null) return IngestReport.refused(unsafe);
            tmp = createTemp(folder);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                out.write(content);
                out.flush();
                ch.force(true);
            }
            Path probe = folder.resolve(".probe-" + tmp.getFileName() + "." + ext);
            Files.move(tmp, probe);
            tmp = probe;
            FileRead read = reader.readFile(probe, config.data());
            if (read.articles().isEmpty()) {
                String why = read.skipped().isEmpty() ? "no article text found" : read.skipped().get(0).reason();
                return IngestReport.refused("The file was not added: " + why + ".");
            }
            String same = sameText(read);
            if (same != null) {
                return IngestReport.refused("Not saved: this text is already in the corpus (same text as " + SkippedFile.printable(same)
                        + "), so adding it again would change nothing.");
            }
            Path target = FreeName.place(tmp, folder, safe);
            tmp = null;
            FileRead placed = reader.readFile(target, config.data());
            String savedAs = config.data().relativize(target).toString().replace('\\', '/');
            List<String> ids = placed.articles().stream().map(Article::id).toList();
            return new IngestReport(true, savedAs, describe(placed, savedAs), ids);
        } catch (IOException e) {
            String why = String.valueOf(e.getMessage()).contains("No space left") ? "the disk is full" : e.getClass().getSimpleName();
            return IngestReport.refused("The file could not be saved (" + why + "); nothing was added.");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover hidden temp file is ignored by the reader
                }
            }
        }
    }

    /**
     * Null when data/ingested/ may be written, else why not: data/ must exist (a missing data/, say an
     * unmounted share, is never recreated by an ingest), and ingested/ must be a real folder inside it,
     * not a symbolic link that would send the file elsewhere.
     */
    private String checkFolder(Path folder) throws IOException {
        Path data = config.data();
        if (!Files.isDirectory(data)) {
            return "The data folder " + data + " is missing (not mounted?); nothing was saved, and it will not be created by an ingest.";
        }
        if (Files.isSymbolicLink(folder)) {
            return "data/" + FOLDER + " is a symbolic link; refusing to write through it. Make it a plain folder.";
        }
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(folder);
        } else if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return "data/" + FOLDER + " exists but is not a folder; nothing was saved.";
        }
        if (!folder.toRealPath().getParent().equals(data.toRealPath())) {
            return "data/" + FOLDER + " does not lead to a folder inside the data folder; nothing was saved.";
        }
        return null;
    }

    /** A hidden temporary file, readable like any other file the process writes (0644 under the usual umask). */
    private static Path createTemp(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, ".ingest-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        }
        return Files.createTempFile(folder, ".ingest-", ".tmp");
    }

    /** The file already holding every text of this one, or null when any of them is new. */
    private String sameText(FileRead read) {
        String first = null;
        for (Article a : read.articles()) {
            String path = pathByHash.get(a.hash());
            if (path == null) return null;
            if (first == null) first = path;
        }
        return first;
    }

    private static String describe(FileRead read, String savedAs) {
        StringBuilder b = new StringBuilder("Saved as " + savedAs + ": " + read.articles().size() + " article"
                + (read.articles().size() == 1 ? "" : "s"));
        Article first = read.articles().get(0);
        b.append(" (\u201C").append(first.displayTitle()).append("\u201D");
        if (first.date() != null) b.append(", ").append(first.date());
        b.append(")");
        for (SkippedFile s : read.skipped()) b.append("; skipped ").append(s.reason());
        return b.append('.').toString();
    }

    /** A plain file name: no folders, no leading dots, only letters, digits, '-', '_' and one extension. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String ext = extension(name);
        String stem = ext.isEmpty() ? name : name.substring(0, name.length() - ext.length() - 1);
        stem = stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-_]+|[-_]+$", "");
        if (stem.isEmpty()) stem = "article";
        if (stem.length() > 80) stem = stem.substring(0, 80);
        return ext.isEmpty() ? stem : stem + "." + ext;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) return "";
        return name.substring(dot + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
