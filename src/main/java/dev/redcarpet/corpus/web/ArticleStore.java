package dev.redcarpet.corpus.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusLoad;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.corpus.FileRead;
import dev.redcarpet.corpus.FreeName;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Saves fetched articles as JSON files (title, url, source, author, date, text) under
 * data/sources/NAME/: written to a hidden temporary file, read back with the corpus reader the index
 * uses, then linked into place under a new name (never replacing a file). A page whose canonical URL
 * or text is already in the corpus is not saved again.
 */
final class ArticleStore {
    static final String FOLDER = "sources";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What became of one article. */
    record Stored(String savedAs, String duplicateOf, String refused) {
        static final String WRITE_FAILED = "could not be saved";

        boolean saved() {
            return savedAs != null;
        }

        /** A disk problem rather than the article: worth trying again. */
        boolean writeFailed() {
            return refused != null && refused.startsWith(WRITE_FAILED);
        }
    }

    private final Path data;
    private final CorpusReader reader;
    private final Set<String> urls = new HashSet<>();
    private final Set<String> hashes = new HashSet<>();

    ArticleStore(Path data, CorpusReader reader) {
        this.data = data;
        this.reader = reader;
        Path mine = data.resolve(FOLDER);
        if (Files.isDirectory(mine)) {
            CorpusLoad load = reader.load(mine);
            for (Article a : load.articles()) remember(a);
        }
    }

    private void remember(Article a) {
        if (a.url() != null) urls.add(a.url());
        hashes.add(a.hash());
    }

    /** Also counts as known: URLs of articles anywhere in the corpus (from the index). */
    synchronized void knowUrls(Iterable<String> corpusUrls) {
        for (String u : corpusUrls) if (u != null) urls.add(u);
    }

    synchronized boolean knowsUrl(String url) {
        return urls.contains(url);
    }

    synchronized Stored save(String source, ExtractedArticle a) {
        if (urls.contains(a.url())) return new Stored(null, a.url(), null);
        Path folder = data.resolve(FOLDER).resolve(source);
        Path tmp = null;
        try {
            Files.createDirectories(folder);
            tmp = Files.createTempFile(folder, ".fetch-", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(ch)) {
                out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(json(a)));
                out.flush();
                ch.force(true);
            }
            Path probe = folder.resolve(".probe-" + tmp.getFileName() + ".json");
            Files.move(tmp, probe);
            tmp = probe;
            FileRead read = reader.readFile(probe, data);
            if (read.articles().isEmpty()) {
                return new Stored(null, null, read.skipped().isEmpty() ? "no article text" : read.skipped().get(0).reason());
            }
            Article article = read.articles().get(0);
            if (hashes.contains(article.hash())) return new Stored(null, "the same text", null);
            Path target = FreeName.place(tmp, folder, fileName(a));
            tmp = null;
            remember(article);
            urls.add(a.url());
            return new Stored(data.relativize(target).toString().replace('\\', '/'), null, null);
        } catch (IOException e) {
            return new Stored(null, null, Stored.WRITE_FAILED + " (" + e.getClass().getSimpleName() + ")");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a hidden leftover is ignored by the reader
                }
            }
        }
    }

    private static ObjectNode json(ExtractedArticle a) {
        ObjectNode o = JSON.createObjectNode();
        if (a.title() != null) o.put("title", a.title());
        o.put("url", a.url());
        if (a.site() != null) o.put("source", a.site());
        if (a.author() != null) o.put("author", a.author());
        if (a.date() != null) o.put("date", a.date().toString());
        o.put("text", a.text());
        return o;
    }

    /** 2024-05-06-title-words.json, or undated-title-words.json. */
    static String fileName(ExtractedArticle a) {
        String basis = a.title() != null ? a.title() : a.url();
        String slug = Normalizer.normalize(basis, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 70) slug = slug.substring(0, 70).replaceAll("-+$", "");
        if (slug.isEmpty()) slug = "article";
        return (a.date() == null ? "undated" : a.date().toString()) + "-" + slug + ".json";
    }
}
