package dev.redcarpet.corpus;

/**
 * Receives the articles a scan of data/ reads, one at a time in path order, as soon as each is known to
 * belong to the corpus (not a duplicate of an earlier text or id), so that a large scan never holds every
 * article at once: the receiver analyses and writes them while the scan reads on.
 */
public interface ArticleSink {
    /**
     * How many articles the scan expects to read, for progress: told before the first article (one per file to
     * read), and again whenever a file read holds another number (a .jsonl file, a file that failed).
     */
    default void expect(int articles) {
    }

    /**
     * One article of the corpus, read now.
     *
     * @param stamp the stamp of its file when listed
     */
    void accept(Article article, String stamp);
}
