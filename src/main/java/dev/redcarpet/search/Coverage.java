package dev.redcarpet.search;

import dev.redcarpet.search.stages.SubjectOf;

import java.util.List;
import java.util.Optional;

/**
 * Decides before answering whether the corpus covers what a question names: a person it has never
 * seen, an edition it has no article on, or a person it has never seen at the named event.
 * Answering a different person's or year's look as if it were the one asked is worse than saying so.
 */
public final class Coverage {
    /** The editions the corpus has, e.g. "2024 Met Gala", for a person or for an event. */
    public interface Known {
        List<String> editionsOf(String person);

        List<Integer> yearsOf(String eventId);

        /** A few of the editions the corpus covers, newest first. */
        default List<String> coveredEditions() {
            return List.of();
        }

        /** Whether some passage names the person together with the event (articles whose edition was not recognised). */
        boolean namedTogether(String person, String eventId, Integer year);
    }

    private final Retriever retriever;
    private final Known known;

    public Coverage(Retriever retriever, Known known) {
        this.retriever = retriever;
        this.known = known;
    }

    /** What is missing and what is known instead, or empty when covered. */
    public Optional<Gap> gap(Question q) {
        if (q.people().isEmpty() && !q.unknownNames().isEmpty() && q.eventCount() <= 1) {
            String who = String.join(" ", q.unknownNames());
            return Optional.of(new Gap(Gap.Kind.UNKNOWN_NAME, who, q.eventName(), q.eventName() == null ? null : q.year(), null, List.of()));
        }
        // a name the corpus never prints, however it was typed: nothing to answer from, whatever the event
        for (String person : q.people()) {
            if (!retriever.namedAnywhere(person) && known.editionsOf(person).isEmpty()) {
                return Optional.of(new Gap(Gap.Kind.UNKNOWN_PERSON, person, q.eventName(), q.eventName() == null ? null : q.year(), null,
                        known.coveredEditions()));
            }
        }
        // what someone said about a topic is a quote, and quotes are reported whatever they are about
        Optional<String> topic = q.intent() == Intent.QUOTE ? Optional.empty() : OutOfScope.topic(q.folded());
        if (topic.isPresent()) {
            List<String> editions = q.person() == null ? List.of() : known.editionsOf(q.person());
            return Optional.of(new Gap(Gap.Kind.OUT_OF_SCOPE, q.person(), null, null, topic.get(), editions));
        }
        String event = q.eventCount() == 1 ? q.eventId() : null;
        if (event == null && q.year() == null) return Optional.empty();
        if (q.people().isEmpty()) {
            if (event != null && q.year() != null && !retriever.covers(null, event, q.year())) {
                List<String> years = known.yearsOf(event).stream().map(String::valueOf).toList();
                return Optional.of(new Gap(Gap.Kind.NO_EDITION, null, q.eventName(), q.year(), null, years));
            }
            return Optional.empty();
        }
        if (event == null) return Optional.empty();
        String person = q.person();
        if (retriever.covers(person, event, q.year()) || known.namedTogether(person, event, q.year())) return Optional.empty();
        return Optional.of(new Gap(Gap.Kind.NOT_AT_EDITION, person, q.eventName(), q.year(), null, known.editionsOf(person)));
    }

    /**
     * "What shoes did she wear?" where nothing the articles of that edition say about her mentions shoes:
     * the articles do not describe it, and saying so beats another detail or another guest's shoes.
     * Read over whole articles: her passages, and every passage of a story about her alone (named in its title).
     */
    public Optional<Gap> undescribed(Question q, Evidence ev) {
        if (q.person() == null || !(q.intent() == Intent.ACCESSORY || q.intent() == Intent.BEAUTY || q.intent() == Intent.STYLIST)) {
            return Optional.empty();
        }
        Detail detail = Detail.askedIn(q.folded());
        if (detail == null) return Optional.empty();
        String edition = null;
        int read = 0;
        for (Evidence.ArticleHit h : ev.articles()) {
            var a = h.article();
            if (q.year() != null && a.year() != null && !q.year().equals(a.year())) continue;
            if (q.eventId() != null && a.eventId() != null && !q.eventId().equals(a.eventId())) continue;
            if (!a.people().stream().anyMatch(p -> p.equalsIgnoreCase(q.person())) && !SubjectOf.mentions(q.person(), a.title())) continue;
            if (read++ >= 5) break;
            boolean theirStory = SubjectOf.mentions(q.person(), a.title());
            List<String> passages = retriever.passagesOf(a.id());
            for (int i = 0; i < passages.size(); i++) {
                // her passage, or the one right after it ("Her stylist, …")
                boolean about = theirStory || SubjectOf.mentions(q.person(), passages.get(i))
                        || (i > 0 && SubjectOf.mentions(q.person(), passages.get(i - 1)));
                if (!about) continue;
                if (edition == null) edition = a.editionLabel();
                if (detail.describedIn(passages.get(i))) return Optional.empty();
            }
        }
        if (edition == null) return Optional.empty();   // nothing about them at that edition was read: the usual answer speaks
        return Optional.of(new Gap(Gap.Kind.UNDESCRIBED, q.person(), edition, null, detail.label(), List.of()));
    }
}
