package dev.redcarpet.answer;

import java.util.List;

/**
 * The engine's reply to one question, independent of where it is shown (console, CLI, Discord).
 *
 * @param abstained true when the corpus does not answer the question
 * @param answer    the short answer (or the plain "not found" message)
 * @param note      extra line, e.g. other editions that also match; may be null
 * @param sources   best first; quotes and cards refer to them by id
 */
public record Answer(String question, boolean abstained, String answer, List<CitedQuote> quotes,
                     List<LookCard> looks, List<Source> sources, String note) {
    public Answer {
        quotes = List.copyOf(quotes);
        looks = List.copyOf(looks);
        sources = List.copyOf(sources);
    }

    /** 1-based number of a source id in this answer, or 0 when absent. */
    public int sourceNumber(String id) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(id)) return i + 1;
        }
        return 0;
    }

    public static Answer notFound(String question, String message) {
        return new Answer(question, true, message, List.of(), List.of(), List.of(), null);
    }
}
