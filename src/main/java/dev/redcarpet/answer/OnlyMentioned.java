package dev.redcarpet.answer;

import dev.redcarpet.analysis.structure.Sentence;
import dev.redcarpet.analysis.structure.SentenceSplitter;
import dev.redcarpet.index.IndexedArticle;
import dev.redcarpet.search.Evidence;
import dev.redcarpet.search.Intent;
import dev.redcarpet.search.Question;
import dev.redcarpet.search.Retriever;
import dev.redcarpet.search.stages.SubjectOf;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "What did she wear to the Met Gala?" where the articles of that edition only name her in passing
 * (a co-chair, a guest list: her role in those articles is "mentioned", never "subject") and no passage nor
 * look there is about her: one line saying so, with the
 * sentence that names her, cited, rather than the sentences of the guests around her.
 */
public final class OnlyMentioned {
    private static final Set<Intent> ABOUT_A_LOOK = EnumSet.of(Intent.LOOK, Intent.DESIGNER, Intent.STYLIST,
            Intent.BEAUTY, Intent.ACCESSORY, Intent.YESNO);

    private OnlyMentioned() {
    }

    public static Optional<Answer> check(Question q, Evidence ev, Retriever retriever) {
        String person = q.person();
        if (person == null || q.eventId() == null || q.eventCount() != 1 || !ABOUT_A_LOOK.contains(q.intent())) return Optional.empty();
        if (q.people().size() > 1) return Optional.empty();
        if (!ev.looks().isEmpty()) return Optional.empty();
        // named there as mentioned, never as the subject, and not a designer (a house named in "did she wear X?")
        if (!retriever.hasRole(person, "mentioned", q.eventId(), q.year())) return Optional.empty();
        if (retriever.hasRole(person, "subject", q.eventId(), q.year()) || retriever.hasRole(person, "designer", null, null)) return Optional.empty();
        if (retriever.isSubjectAt(person, q.eventId(), q.year())) return Optional.empty();
        for (Retriever.Mention m : retriever.mentionsAt(person, q.eventId(), q.year(), 20)) {
            for (Sentence s : SentenceSplitter.split(0, m.text())) {
                if (!SubjectOf.mentions(person, s.text())) continue;
                IndexedArticle a = m.article();
                Source source = new Source(a.id(), a.title(), a.date(), a.url(), a.path());
                Decline d = new Decline(Decline.Reason.ONLY_MENTIONED, person, a.editionLabel(), a.year(), null, List.of(), 0,
                        new Cited(s.text().strip(), a.id()));
                return Optional.of(new Answer(q.raw(), d, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(source)));
            }
        }
        return Optional.empty();
    }
}
