package dev.redcarpet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusLoad;
import dev.redcarpet.corpus.CorpusReader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the articles of a data folder as our reader parses them (page clutter removed), one JSON
 * object per line: id, title, date, source, text. The peer indexes this, so both sides see the same text.
 */
public final class ArticleExport {
    private ArticleExport() {
    }

    /** Returns how many articles were written. */
    public static int write(Path dataDir, Path out, long maxFileBytes) {
        CorpusLoad load = new CorpusReader(maxFileBytes).load(dataDir);
        ObjectMapper json = new ObjectMapper();
        try {
            if (out.getParent() != null) Files.createDirectories(out.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (Article a : load.articles()) {
                    ObjectNode o = json.createObjectNode();
                    o.put("id", a.id()).put("title", a.displayTitle()).put("date", a.date() == null ? null : a.date().toString())
                            .put("source", a.source()).put("text", a.text());
                    w.write(json.writeValueAsString(o));
                    w.newLine();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return load.articles().size();
    }
}
