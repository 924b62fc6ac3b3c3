package dev.redcarpet.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the article files under a data folder into {@link Article} records.
 *
 * <p>Files ending in .txt, .json, .jsonl, .md, .markdown, .html or .htm are read; other files and
 * hidden files or folders (name starting with '.') are ignored. A bad file never stops a load: it
 * is reported as a {@link SkippedFile} with a one-line reason, and a bad line of a .jsonl file
 * skips only that line. Identical texts and repeated ids are loaded once.
 */
public final class CorpusReader {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusReader.class);
    private static final Map<String, String> FORMATS = Map.of(
            "txt", "txt", "json", "json", "jsonl", "jsonl", "md", "md", "markdown", "md", "html", "html", "htm", "html");

    private final long maxFileBytes;
    private final NoiseFilter noise = new NoiseFilter();

    /** @param maxFileBytes files larger than this many bytes are skipped */
    public CorpusReader(long maxFileBytes) {
        if (maxFileBytes <= 0) throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
        this.maxFileBytes = maxFileBytes;
    }

    /** True when the file name has one of the article extensions (txt, json, jsonl, md, markdown, html, htm). */
    public static boolean isArticleFile(Path file) {
        return FORMATS.containsKey(extension(file));
    }

    /**
     * Loads every article file under dataDir, in sorted path order.
     *
     * @throws CorpusException when dataDir does not exist, is not a folder or cannot be listed
     */
    public CorpusLoad load(Path dataDir) {
        return load(dataDir, KnownFiles.NONE);
    }

    /**
     * Loads dataDir, leaving unread every file whose size and modification time match {@code known}:
     * its articles are taken as they were (and still count for duplicate texts and ids).
     *
     * @throws CorpusException when dataDir does not exist, is not a folder or cannot be listed
     */
    public CorpusLoad load(Path dataDir, KnownFiles known) {
        if (!Files.exists(dataDir)) throw new CorpusException("data folder " + dataDir + " does not exist");
        if (!Files.isDirectory(dataDir)) throw new CorpusException("data folder " + dataDir + " is not a folder");
        List<Path> files = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        try {
            collect(dataDir, dataDir, files, skipped, new HashSet<>());
        } catch (IOException e) {
            throw new CorpusException("cannot list data folder " + dataDir + ": " + ioReason(e));
        }
        List<Article> articles = new ArrayList<>();
        Map<String, String> stamps = new HashMap<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, String> pathByHash = new HashMap<>();
        Map<String, String> pathById = new HashMap<>();
        for (Path file : files) {
            String path = relative(file, dataDir);
            String stamp = stamp(file);
            List<KnownFiles.Known> before = known.articlesByPath().get(path);
            if (stamp != null && before != null && stamp.equals(known.stampByPath().get(path))) {
                unchanged.add(path);
                stamps.put(path, stamp);
                for (KnownFiles.Known k : before) {
                    pathByHash.putIfAbsent(k.hash(), path);
                    pathById.putIfAbsent(k.id(), path);
                }
                continue;
            }
            FileRead read = readFile(file, dataDir);
            if (stamp != null) stamps.put(path, stamp);
            skipped.addAll(read.skipped());
            boolean several = read.articles().size() > 1 || read.skipped().size() > 0;
            for (Article a : read.articles()) {
                String label = several || a.format().equals("jsonl") ? "article \"" + a.id() + "\": " : "";
                String sameText = pathByHash.get(a.hash());
                String sameId = pathById.get(a.id());
                if (sameText != null) {
                    skipped.add(new SkippedFile(a.path(), label + "same text as " + sameText));
                } else if (sameId != null) {
                    skipped.add(new SkippedFile(a.path(), label + "duplicate id \"" + a.id() + "\" (already loaded from " + sameId + ")"));
                } else {
                    pathByHash.put(a.hash(), a.path());
                    pathById.put(a.id(), a.path());
                    articles.add(a);
                }
            }
        }
        return new CorpusLoad(articles, skipped, stamps, unchanged);
    }

    /** A file's size and modification time, or null when it cannot be read. */
    static String stamp(Path file) {
        try {
            return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The articles in one file.
     *
     * @throws CorpusException when the file yields no article, with the reason it was skipped
     */
    public List<Article> read(Path file, Path dataDir) throws CorpusException {
        FileRead read = readFile(file, dataDir);
        if (read.articles().isEmpty() && !read.skipped().isEmpty()) {
            throw new CorpusException(read.skipped().get(0).toString());
        }
        return read.articles();
    }

    /** The articles in one file, and what was skipped in it; never throws for a bad file. */
    public FileRead readFile(Path file, Path dataDir) {
        String path = relative(file, dataDir);
        try {
            String format = FORMATS.get(extension(file));
            if (format == null) {
                return FileRead.skip(path, "not an article file: expected .txt, .json, .jsonl, .md, .markdown, .html or .htm");
            }
            byte[] bytes = readBytes(file);
            if (bytes.length == 0) return FileRead.skip(path, "empty file");
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            if (decoded.note() != null) LOG.warn("{}: {}", path, decoded.note());
            String text = decoded.text();
            if (text.isBlank()) return FileRead.skip(path, "empty file (only whitespace)");
            String name = baseName(file);
            return switch (format) {
                case "jsonl" -> readJsonLines(text, name, path);
                case "json" -> readJson(text, name, path);
                case "md" -> single(MarkdownFormat.parse(text), name, path, format);
                case "html" -> single(HtmlFormat.parse(text), name, path, format);
                default -> single(TxtFormat.parse(text), name, path, format);
            };
        } catch (CorpusException e) {
            return FileRead.skip(path, e.getMessage());
        } catch (NoSuchFileException e) {
            return FileRead.skip(path, "file disappeared while reading");
        } catch (IOException e) {
            return FileRead.skip(path, "cannot read: " + ioReason(e));
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("{}: unexpected error", path, e);
            return FileRead.skip(path, "could not be parsed: " + oneLine(String.valueOf(e.getMessage())));
        }
    }

    private FileRead single(Draft draft, String name, String path, String format) {
        return new FileRead(List.of(finish(draft, name, path, format)), List.of());
    }

    private FileRead readJson(String text, String name, String path) {
        JsonNode root = JsonFormat.parse(text);
        if (!root.isArray()) return single(JsonFormat.draft(root), name, path, "json");
        List<Article> articles = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        int item = 0;
        for (JsonNode node : root) {
            item++;
            try {
                articles.add(finish(JsonFormat.draft(node), name + "-" + item, path, "json"));
            } catch (CorpusException e) {
                skipped.add(new SkippedFile(path, "item " + item + ": " + e.getMessage()));
            }
        }
        if (item == 0) skipped.add(new SkippedFile(path, "empty JSON list"));
        return new FileRead(articles, skipped);
    }

    private FileRead readJsonLines(String text, String name, String path) {
        List<Article> articles = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) continue;
            try {
                JsonNode node = JsonFormat.parse(line);
                articles.add(finish(JsonFormat.draft(node), name + "-" + (i + 1), path, "jsonl"));
            } catch (CorpusException e) {
                String reason = e.getMessage().replaceFirst("^invalid JSON at line 1, column", "invalid JSON at column");
                skipped.add(new SkippedFile(path, "line " + (i + 1) + ": " + reason));
            }
        }
        if (articles.isEmpty() && skipped.isEmpty()) skipped.add(new SkippedFile(path, "empty file (only whitespace)"));
        return new FileRead(articles, skipped);
    }

    /** Cleans the body and builds the article; throws CorpusException when no text is left. */
    private Article finish(Draft draft, String fallbackId, String path, String format) {
        List<String> paragraphs = new ArrayList<>(TextCleaner.paragraphs(draft.body(), noise));
        String title = draft.title();
        if (title != null && !paragraphs.isEmpty() && MarkdownFormat.sameWords(title, paragraphs.get(0))) {
            paragraphs.remove(0); // the headline repeated at the top of the body
        }
        if (paragraphs.isEmpty()) {
            throw new CorpusException(draft.body().isBlank() ? "no article text" : "no article text left after removing page noise");
        }
        if (title == null && draft.guessTitle() && paragraphs.size() > 1 && isHeadline(paragraphs.get(0))) {
            title = paragraphs.get(0); // kept in the text too: nothing of the article is lost
        }
        String text = String.join("\n\n", paragraphs);
        String id = draft.id() != null ? draft.id() : fallbackId;
        return new Article(id, title, draft.url(), draft.source(), draft.date(), text, path, format, sha256(text));
    }

    /** A first paragraph that reads like a headline: short, and not ending like a sentence. */
    static boolean isHeadline(String paragraph) {
        if (paragraph.length() > 200) return false;
        String[] words = paragraph.split(" ");
        if (words.length < 3 || words.length > 30) return false;
        if (!Character.isUpperCase(paragraph.codePointAt(0)) && !Character.isDigit(paragraph.codePointAt(0))) return false;
        String end = paragraph.replaceAll("[\"”’')\\]]+$", "");
        return !end.isEmpty() && ".,;:…".indexOf(end.charAt(end.length() - 1)) < 0;
    }

    private byte[] readBytes(Path file) throws IOException {
        long size = Files.size(file);
        if (size > maxFileBytes) throw new CorpusException(tooLarge(size));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            if (bytes.length > maxFileBytes) throw new CorpusException(tooLarge(Math.max(size, bytes.length)));
            return bytes;
        }
    }

    private String tooLarge(long size) {
        return "too large: " + sizeText(size) + " (limit " + sizeText(maxFileBytes) + ")";
    }

    static String sizeText(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB (%d bytes)", bytes / 1024.0, bytes);
        return String.format(Locale.ROOT, "%.1f MB (%d bytes)", bytes / (1024.0 * 1024), bytes);
    }

    private void collect(Path dir, Path dataDir, List<Path> files, List<SkippedFile> skipped, Set<Path> seen) throws IOException {
        if (!seen.add(dir.toRealPath())) return; // a link back to a folder already read
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".")) continue;
            if (Files.isDirectory(p)) {
                try {
                    collect(p, dataDir, files, skipped, seen);
                } catch (IOException e) {
                    skipped.add(new SkippedFile(relative(p, dataDir), "cannot list folder: " + ioReason(e)));
                }
            } else if (isArticleFile(p)) {
                if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                    skipped.add(new SkippedFile(relative(p, dataDir), "broken symbolic link"));
                } else {
                    files.add(p);
                }
            }
        }
    }

    private static String ioReason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : oneLine(m);
    }

    private static String oneLine(String s) {
        String line = s.split("\\R", 2)[0].strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    static String relative(Path file, Path dataDir) {
        Path rel;
        try {
            rel = dataDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            rel = file.getFileName();
        }
        String s = rel.toString().replace('\\', '/');
        return s.startsWith("../") || s.isEmpty() ? file.getFileName().toString() : s;
    }

    private static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) return "";
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(Path file) {
        String s = file.getFileName().toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? s : s.substring(0, dot);
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
