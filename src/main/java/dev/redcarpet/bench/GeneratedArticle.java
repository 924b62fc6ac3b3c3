package dev.redcarpet.bench;

/**
 * One generated article and the facts it was written from, so questions can be asked about it.
 *
 * @param id        the file name without extension (the article id the engine gives it)
 * @param text      the raw file content (" date YYYY-MM-DD ..." form)
 * @param person    the person the article is about
 * @param eventName the event's catalogue name
 * @param quoteWord a word the person's first quote contains (for "what did X say about ..." questions)
 */
public record GeneratedArticle(String id, String text, String person, String eventId, String eventName, int year,
                               String designer, String garment, String colour, String quoteWord) {
    public String fileName() {
        return id + ".txt";
    }
}
