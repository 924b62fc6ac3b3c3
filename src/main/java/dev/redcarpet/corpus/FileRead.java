package dev.redcarpet.corpus;

import java.util.List;

/**
 * What one file produced: its articles, and what could not be loaded from it. A file that is
 * bad as a whole gives no articles and one skipped entry; a jsonl file can give both, one
 * skipped entry per bad line.
 */
public record FileRead(List<Article> articles, List<SkippedFile> skipped) {
    public FileRead {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }

    static FileRead skip(String path, String reason) {
        return new FileRead(List.of(), List.of(new SkippedFile(path, reason)));
    }
}
