package dev.redcarpet.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

    /** The largest file that fits in one array, whatever maxFileBytes says. */
    private static final long MAX_READABLE = Integer.MAX_VALUE - 16L;

    private final long maxFileBytes;
    private final boolean followLinksInside;
    private final NoiseFilter noise = new NoiseFilter();

    /** @param maxFileBytes files larger than this many bytes are skipped */
    public CorpusReader(long maxFileBytes) {
        this(maxFileBytes, true);
    }

    /**
     * @param maxFileBytes      files larger than this many bytes are skipped
     * @param followLinksInside follow symbolic links that stay inside the data folder (links out of it never are)
     */
    public CorpusReader(long maxFileBytes, boolean followLinksInside) {
        if (maxFileBytes <= 0) throw new IllegalArgumentException("maxFileBytes must be positive, got " + maxFileBytes);
        this.maxFileBytes = maxFileBytes;
        this.followLinksInside = followLinksInside;
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

    /** One file of the scan: what it holds, read now or as recorded by the index. */
    private static final class Slot {
        final Path file;
        final String path;
        final String stamp;
        List<KnownFiles.Known> items;
        List<Article> articles; // while read and not yet handed over
        boolean read;
        /** The index's record of the file when its stamp matches it; null for a file to read (ahead, on another thread). */
        KnownFiles.KnownFile record;
        List<SkippedFile> problems = List.of();

        Slot(Path file, String path, String stamp) {
            this.file = file;
            this.path = path;
            this.stamp = stamp;
        }
    }

    /**
     * The article files under dataDir by path with their stamps, in path order, and what could not be
     * listed: what {@link #load(Path, KnownFiles)} sees before it reads anything. No file is read.
     *
     * @throws CorpusException when dataDir does not exist, is not a folder or cannot be listed
     */
    public Listing list(Path dataDir) {
        if (!Files.exists(dataDir)) throw new CorpusException("data folder " + dataDir + " does not exist");
        if (!Files.isDirectory(dataDir)) throw new CorpusException("data folder " + dataDir + " is not a folder");
        List<ListedFile> files = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        try {
            collect(dataDir, dataDir, dataDir.toRealPath(), files, skipped, new HashSet<>(), true);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new CorpusException("cannot list data folder " + dataDir + ": " + ioReason(e));
        }
        Map<String, String> stamps = new java.util.LinkedHashMap<>();
        for (ListedFile f : files) stamps.put(f.path(), f.stamp());
        return new Listing(dataDir, java.util.Collections.unmodifiableMap(stamps), List.copyOf(skipped), java.util.Collections.unmodifiableList(files));
    }

    /** One article file of a listing: where it is, its path relative to data/ and its stamp. */
    record ListedFile(Path file, String path, String stamp) {
    }

    /**
     * A listing of data/: each article file's stamp by path in path order (null when unreadable), and what could
     * not be listed. A scan can start from it ({@link #load(Path, KnownFiles, Listing)}) instead of listing again.
     */
    public static final class Listing {
        private final Path dataDir;
        private final Map<String, String> stamps;
        private final List<SkippedFile> skipped;
        private final List<ListedFile> files;

        private Listing(Path dataDir, Map<String, String> stamps, List<SkippedFile> skipped, List<ListedFile> files) {
            this.dataDir = dataDir;
            this.stamps = stamps;
            this.skipped = skipped;
            this.files = files;
        }

        public Map<String, String> stamps() {
            return stamps;
        }

        public List<SkippedFile> skipped() {
            return skipped;
        }
    }

    /**
     * Loads dataDir, leaving unread every file whose stamp matches {@code known}: its articles are taken as
     * the index holds them, and still count for duplicate texts and ids. The articles kept and read are
     * always those a full read would give: a file is read after all when one of its duplicates must now
     * take the place of a text that is gone.
     *
     * @throws CorpusException when dataDir does not exist, is not a folder or cannot be listed
     */
    public CorpusLoad load(Path dataDir, KnownFiles known) {
        return load(dataDir, known, list(dataDir));
    }

    /**
     * As {@link #load(Path, KnownFiles)}, from a listing of dataDir taken just before (by {@link #list}), so one
     * scan lists and stamps data/ once however it started.
     */
    public CorpusLoad load(Path dataDir, KnownFiles known, Listing listing) {
        List<Article> articles = new ArrayList<>();
        CorpusLoad load = load(dataDir, known, listing, (article, stamp) -> articles.add(article));
        return new CorpusLoad(articles, load.skipped(), load.stamps(), load.unchanged(), load.kept(), load.files());
    }

    /** Files read ahead of the one the scan decides on: bounds the texts a scan holds at once. */
    private static final int READ_AHEAD = 32;

    /**
     * Scans dataDir from a listing, handing each article read to {@code sink} in path order as soon as it is known
     * to be the first of its text and of its id; the load returned holds no article (only what was kept unread,
     * skipped and recorded). Files are read ahead on every core, a bounded number at a time, so a scan of any size
     * holds only a few files' texts at once, plus what the sink keeps. The articles handed over and kept are always
     * those a full read would give: a file left unread is read after all when one of its articles, a duplicate
     * before, must now take the place of a text that is gone.
     *
     * @throws CorpusException when dataDir does not exist, is not a folder or cannot be listed
     */
    public CorpusLoad load(Path dataDir, KnownFiles known, Listing listing, ArticleSink sink) {
        if (!listing.dataDir.equals(dataDir)) throw new IllegalArgumentException("a listing of " + listing.dataDir + ", not of " + dataDir);
        List<SkippedFile> skipped = new ArrayList<>(listing.skipped);
        List<Slot> slots = new ArrayList<>(listing.files.size());
        List<Slot> unread = new ArrayList<>();
        for (ListedFile l : listing.files) {
            Slot slot = new Slot(l.file(), l.path(), l.stamp());
            KnownFiles.KnownFile before = known.files().get(slot.path);
            if (slot.stamp != null && before != null && slot.stamp.equals(before.stamp())) {
                slot.items = before.articles();
                slot.record = before;
            } else {
                unread.add(slot);
            }
            slots.add(slot);
        }
        int expected = unread.size(); // one article per file until a file read says otherwise
        sink.expect(expected);
        // sized for the listing at once: at 100k files, growing them step by step re-hashed every key several times
        int n = slots.size();
        Map<String, String> pathByHash = HashMap.newHashMap(n);
        Map<String, String> pathById = HashMap.newHashMap(n);
        List<KnownFiles.Kept> kept = new ArrayList<>(n - unread.size());
        List<String> unchanged = new ArrayList<>(n - unread.size());
        Map<String, KnownFiles.KnownFile> records = HashMap.newHashMap(n);
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                    Thread t = new Thread(r, "redcarpet-read");
                    t.setDaemon(true);
                    return t;
                });
        try {
            java.util.ArrayDeque<java.util.concurrent.Future<?>> ahead = new java.util.ArrayDeque<>();
            int submitted = 0;
            int taken = 0;
            for (Slot slot : slots) {
                while (submitted < unread.size() && submitted < taken + READ_AHEAD) {
                    Slot next = unread.get(submitted++);
                    ahead.add(readers.submit(() -> read(next, dataDir)));
                }
                if (slot.record == null) { // read on another thread: the oldest of those read ahead
                    await(ahead.poll());
                    taken++;
                    if (slot.items.size() != 1) sink.expect(expected += slot.items.size() - 1); // a .jsonl file, an empty one
                }
                decide(slot, dataDir, known, pathByHash, pathById, sink, kept, skipped);
                if (!slot.read) unchanged.add(slot.path);
                if (slot.problems.isEmpty() && slot.stamp != null) {
                    // an unread file's record is the one the index holds
                    records.put(slot.path, slot.read ? new KnownFiles.KnownFile(slot.stamp, slot.items) : slot.record);
                }
            }
        } finally {
            readers.shutdownNow();
        }
        return new CorpusLoad(List.of(), skipped, listing.stamps, unchanged, kept, records);
    }

    private static void await(java.util.concurrent.Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CorpusException("interrupted while reading data/");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Which of a file's articles are the first of their text and of their id (the files before it are decided):
     * those read are handed to the sink, those the index holds from an unread file are kept, the rest are
     * duplicates (reported for files read now). An unread file with a first article the index does not hold is
     * read now, then decided.
     */
    private void decide(Slot slot, Path dataDir, KnownFiles known, Map<String, String> pathByHash, Map<String, String> pathById,
                        ArticleSink sink, List<KnownFiles.Kept> kept, List<SkippedFile> skipped) {
        if (!slot.read && slot.items.size() == 1 && keptAsIndexed(slot, known, pathByHash, pathById, kept)) return;
        if (!slot.read) {
            // the file's own earlier articles count too (most files hold one: no sets made for them)
            Set<String> texts = slot.items.size() > 1 ? new HashSet<>() : Set.of();
            Set<String> ids = slot.items.size() > 1 ? new HashSet<>() : Set.of();
            for (KnownFiles.Known k : slot.items) {
                boolean first = !pathByHash.containsKey(k.hash()) && !pathById.containsKey(k.id())
                        && !texts.contains(k.hash()) && !ids.contains(k.id());
                if (!first) continue;
                if (!known.isIndexed(slot.path, k)) {
                    read(slot, dataDir); // a duplicate before that must now be indexed in its own right
                    break;
                }
                if (slot.items.size() > 1) {
                    texts.add(k.hash());
                    ids.add(k.id());
                }
            }
        }
        boolean several = slot.items.size() > 1 || !slot.problems.isEmpty();
        List<SkippedFile> duplicates = new ArrayList<>();
        for (int i = 0; i < slot.items.size(); i++) {
            KnownFiles.Known k = slot.items.get(i);
            String sameText = pathByHash.get(k.hash());
            String sameId = pathById.get(k.id());
            if (sameText == null && sameId == null) {
                pathByHash.put(k.hash(), slot.path);
                pathById.put(k.id(), slot.path);
                if (slot.read) sink.accept(slot.articles.get(i), slot.stamp);
                else kept.add(new KnownFiles.Kept(slot.path, k.id(), k.hash()));
                continue;
            }
            if (!slot.read) continue;
            boolean jsonl = slot.articles.get(i).format().equals("jsonl");
            String label = several || jsonl ? "article \"" + k.id() + "\": " : "";
            if (sameText != null) {
                duplicates.add(new SkippedFile(slot.path, label + "same text as " + sameText));
            } else {
                duplicates.add(new SkippedFile(slot.path, label + "duplicate id \"" + k.id() + "\" (already loaded from " + sameId + ")"));
            }
        }
        skipped.addAll(slot.problems);
        skipped.addAll(duplicates);
        slot.articles = null; // handed over: the scan keeps no text
    }

    /**
     * The common case of an unread file, decided with one look-up per map: its one article, held by the index, is
     * the first of its text and id (kept), or repeats an earlier one (nothing to do). False when it is the first
     * but the index does not hold it: the file must be read, and the general case decides.
     */
    private static boolean keptAsIndexed(Slot slot, KnownFiles known, Map<String, String> pathByHash, Map<String, String> pathById,
                                         List<KnownFiles.Kept> kept) {
        KnownFiles.Known k = slot.items.get(0);
        if (pathByHash.containsKey(k.hash()) || pathById.containsKey(k.id())) return true; // a duplicate of an earlier file
        if (!known.isIndexed(slot.path, k)) return false;
        pathByHash.put(k.hash(), slot.path);
        pathById.put(k.id(), slot.path);
        kept.add(new KnownFiles.Kept(slot.path, k.id(), k.hash()));
        return true;
    }

    private void read(Slot slot, Path dataDir) {
        FileRead read = readFile(slot.file, dataDir);
        slot.read = true;
        slot.articles = read.articles();
        slot.items = read.articles().stream().map(a -> new KnownFiles.Known(a.id(), a.hash())).toList();
        slot.problems = read.skipped();
    }

    /**
     * A file's size, modification time to the nanosecond and identity (device and inode), or null when it
     * cannot be read: an edit that keeps the size within one millisecond, or a file replaced by another,
     * still changes it.
     */
    private static String stamp(BasicFileAttributes a) {
        return a.size() + ":" + a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)
                + (a.fileKey() == null ? "" : ":" + a.fileKey());
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
            if (decoded.note() != null) LOG.warn("{}: {}", SkippedFile.printable(path), decoded.note());
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
        long limit = Math.min(maxFileBytes, MAX_READABLE);
        if (size > limit) throw new CorpusException(tooLarge(size, limit));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) (limit + 1));
            if (bytes.length > limit) throw new CorpusException(tooLarge(Math.max(size, bytes.length), limit));
            return bytes;
        }
    }

    private static String tooLarge(long size, long limit) {
        return "too large: " + sizeText(size) + " (limit " + sizeText(limit) + ")";
    }

    static String sizeText(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB (%d bytes)", bytes / 1024.0, bytes);
        return String.format(Locale.ROOT, "%.1f MB (%d bytes)", bytes / (1024.0 * 1024), bytes);
    }

    /**
     * Lists article files under dir: regular files only, hidden names ignored, a symbolic link followed
     * only when it stays inside the data folder (and following such links is on). A folder that
     * cannot be listed is reported and skipped; only the data folder itself failing stops the load.
     */
    private void collect(Path dir, Path dataDir, Path realData, List<ListedFile> files,
                         List<SkippedFile> skipped, Set<Path> seen, boolean top) throws IOException {
        String[] names;
        try (Stream<Path> list = Files.list(dir)) {
            if (!seen.add(dir.toRealPath())) return; // a link back to a folder already read
            names = list.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        } catch (IOException | java.io.UncheckedIOException e) {
            if (top) throw e;
            skipped.add(new SkippedFile(relative(dir, dataDir), "cannot list folder: " + ioReason(e)));
            return;
        }
        // the folder's path relative to data/ once, each entry's by appending its name (as relative() gives it)
        String folder = top ? "" : relative(dir, dataDir) + "/";
        // each entry is looked at (one stat, more for a link) on every core: a large corpus is mostly this; the
        // results are then taken in name order, so the listing is the same however the work was shared
        Entry[] entries = new Entry[names.length];
        java.util.stream.IntStream range = java.util.stream.IntStream.range(0, names.length);
        (names.length >= PARALLEL_LISTING ? range.parallel() : range).forEach(i -> entries[i] = entry(dir, folder, names[i], realData));
        for (Entry e : entries) {
            if (e == null) continue;
            if (e.skipped() != null) skipped.add(new SkippedFile(e.path(), e.skipped()));
            else if (e.folder()) collect(e.file(), dataDir, realData, files, skipped, seen, false);
            else files.add(new ListedFile(e.file(), e.path(), e.stamp()));
        }
    }

    /** Folders with at least this many entries are looked at on every core. */
    private static final int PARALLEL_LISTING = 256;

    /** One entry of a folder: an article file and its stamp, a folder to list, or why it is skipped. */
    private record Entry(Path file, String path, boolean folder, String stamp, String skipped) {
    }

    /**
     * What one entry of a folder is: null when it is not listed (hidden, not an article file); else an article file, a
     * folder, or a skip. A symbolic link counts only when it stays inside the data folder and following is on.
     */
    private Entry entry(Path dir, String folder, String name, Path realData) {
        if (name.startsWith(".")) return null;
        Path p = dir.resolve(name);
        String path = folder + name.replace('\\', '/');
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                Path target;
                try {
                    target = p.toRealPath();
                } catch (IOException broken) {
                    return isArticleFile(p) ? new Entry(p, path, false, null, "broken symbolic link") : null;
                }
                attrs = Files.readAttributes(target, BasicFileAttributes.class);
                if (!attrs.isDirectory() && !isArticleFile(p)) return null;
                if (!target.startsWith(realData)) return new Entry(p, path, false, null, "symbolic link to outside the data folder; not followed");
                if (!followLinksInside) return new Entry(p, path, false, null, "symbolic link; not followed (corpus.followLinksInside is off)");
            }
        } catch (IOException e) {
            return isArticleFile(p) ? new Entry(p, path, false, null, "cannot read: " + ioReason(e)) : null;
        }
        if (attrs.isDirectory()) return new Entry(p, path, true, null, null);
        if (!isArticleFile(p)) return null;
        // a named pipe or a device would block the read forever
        if (!attrs.isRegularFile()) return new Entry(p, path, false, null, "not a regular file");
        return new Entry(p, path, false, stamp(attrs), null); // a link's attributes are its target's, read above
    }

    private static String ioReason(Exception e) {
        if (e instanceof java.io.UncheckedIOException u) e = u.getCause();
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : oneLine(m);
    }

    private static String oneLine(String s) {
        String line = s.split("\\R", 2)[0].strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    /** A data folder and its absolute, normalised form, worked out once rather than for every file. */
    private record Base(Path dataDir, Path absolute) {
    }

    private static volatile Base lastBase;

    static String relative(Path file, Path dataDir) {
        Base base = lastBase;
        if (base == null || !base.dataDir().equals(dataDir)) {
            base = new Base(dataDir, dataDir.toAbsolutePath().normalize());
            lastBase = base;
        }
        Path rel;
        try {
            rel = base.absolute().relativize(file.toAbsolutePath().normalize());
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
