package dev.redcarpet.search;

import java.util.List;

/**
 * A question as understood.
 *
 * @param people       full names of known people the question names, best match first
 * @param unknownNames words that look like a name the corpus has never seen ("adele")
 * @param eventId      the catalogue id of the event it names, or null
 * @param eventCount   how many different events it names
 * @param year         the year it names, or null
 * @param terms        the content words left for full-text search
 */
public record Question(String raw, String folded, Intent intent, List<String> people, List<String> unknownNames,
                       String eventId, String eventName, int eventCount, Integer year, List<String> terms) {
    public Question {
        people = List.copyOf(people);
        unknownNames = List.copyOf(unknownNames);
        terms = List.copyOf(terms);
    }

    private static final java.util.Set<String> COMPANIONS = java.util.Set.of("stylist", "stylists", "designer", "designers",
            "makeup", "artist", "hairstylist", "team", "mother", "father", "husband", "wife", "boyfriend", "girlfriend",
            "friend", "partner", "sister", "brother", "host", "interviewer");

    /** "What did Gigi's stylist say": the question is about someone beside the person it names. */
    public boolean aboutCompanion() {
        return terms.stream().anyMatch(COMPANIONS::contains);
    }

    public String person() {
        return people.isEmpty() ? null : people.get(0);
    }
}
