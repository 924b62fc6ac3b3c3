package dev.redcarpet.engine;

import dev.redcarpet.search.Intent;
import dev.redcarpet.search.Question;
import dev.redcarpet.search.QuestionParser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a comparison ("Zendaya vs Jennifer Lopez at the 2024 Met", "her 2024 and 2025 Grammys looks")
 * into its two sides, each a look question that takes from the other side and from the whole
 * question whatever it does not name itself.
 */
final class Comparison {
    private static final Pattern SPLIT = Pattern.compile("\\s+(?:vs\\.?|versus|compared? (?:with|to)|differ(?:ed|s)? from|against|and|or)\\s+",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern COMPARE_FIRST = Pattern.compile("\\s*(?:please\\s+)?compare\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH = Pattern.compile("\\s+(?:with|to)\\s+", Pattern.CASE_INSENSITIVE);

    private Comparison() {
    }

    /** The two sides, or an empty list when the question does not split into two. */
    static List<Question> sides(Question whole, QuestionParser parser) {
        String[] halves = SPLIT.split(whole.raw(), 2);
        // "Compare her 2024 look with her 2025 one": the verb comes first, the sides are joined by "with" or "to"
        if (halves.length < 2 && COMPARE_FIRST.matcher(whole.raw()).lookingAt()) halves = WITH.split(whole.raw(), 2);
        if (halves.length < 2 || halves[0].isBlank() || halves[1].isBlank()) return List.of();
        Question a = parser.parse(halves[0]);
        Question b = parser.parse(halves[1]);
        List<Question> out = new ArrayList<>();
        out.add(side(a, b, whole));
        out.add(side(b, a, whole));
        Question x = out.get(0);
        Question y = out.get(1);
        boolean same = java.util.Objects.equals(x.person(), y.person()) && java.util.Objects.equals(x.eventId(), y.eventId())
                && java.util.Objects.equals(x.year(), y.year());
        return same || x.person() == null || y.person() == null ? List.of() : out;
    }

    private static Question side(Question own, Question other, Question whole) {
        List<String> people = !own.people().isEmpty() ? List.of(own.people().get(0))
                : !whole.people().isEmpty() ? List.of(whole.people().get(0)) : other.people();
        String eventId = own.eventId() != null ? own.eventId() : other.eventId() != null ? other.eventId() : whole.eventId();
        String eventName = own.eventId() != null ? own.eventName() : other.eventId() != null ? other.eventName() : whole.eventName();
        Integer year = own.year() != null ? own.year() : other.year() != null ? other.year() : whole.year();
        String raw = "What did " + (people.isEmpty() ? "" : people.get(0)) + " wear to the " + (year == null ? "" : year + " ")
                + (eventName == null ? "" : eventName) + "?";
        return new Question(raw, dev.redcarpet.index.Keys.fold(raw), Intent.LOOK, people, List.of(), eventId, eventName,
                eventId == null ? 0 : 1, year, own.terms());
    }

    /** Both sides in one answer (each cited); the renderers put each side's lead in one first sentence. */
    static dev.redcarpet.answer.Answer merge(Question whole, dev.redcarpet.answer.Answer a, dev.redcarpet.answer.Answer b) {
        java.util.LinkedHashMap<String, dev.redcarpet.answer.Source> sources = new java.util.LinkedHashMap<>();
        for (var s : a.sources()) sources.putIfAbsent(s.id(), s);
        for (var s : b.sources()) sources.putIfAbsent(s.id(), s);
        List<dev.redcarpet.answer.LookCard> looks = new ArrayList<>(a.looks());
        looks.addAll(b.looks());
        // a sentence the first side shows is not shown again under the second (each side's words are its own)
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (var c : a.support()) shown.add(c.text().strip());
        List<dev.redcarpet.answer.Cited> own = b.support().stream().filter(c -> !shown.contains(c.text().strip())).toList();
        if (own.size() < b.support().size()) {
            b = new dev.redcarpet.answer.Answer(b.question(), b.decline(), b.facts(), b.lead(), own, b.quotes(), b.looks(), b.items(),
                    b.sides(), b.others(), b.sources());
        }
        return new dev.redcarpet.answer.Answer(whole.raw(), null, null, null, List.of(), List.of(), looks, List.of(), List.of(a, b),
                null, new ArrayList<>(sources.values()));
    }
}
