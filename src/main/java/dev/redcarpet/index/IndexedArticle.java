package dev.redcarpet.index;

import java.time.LocalDate;
import java.util.List;

/** An article's metadata as stored in the index (the text lives in its passages). */
public record IndexedArticle(String id, String title, String url, String source, LocalDate date, String path,
                             String format, String eventId, String eventName, Integer year, List<String> people,
                             int passages) {
    public IndexedArticle {
        people = List.copyOf(people);
    }

    /** "2024 Met Gala"; null when the event or its year is not known (an undated article may still have an event). */
    public String editionLabel() {
        if (eventName == null || year == null) return null;
        return year + " " + eventName;
    }
}
