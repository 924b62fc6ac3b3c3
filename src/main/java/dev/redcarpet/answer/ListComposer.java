package dev.redcarpet.answer;

import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.looks.LookField;
import dev.redcarpet.index.IndexedArticle;
import dev.redcarpet.index.Keys;
import dev.redcarpet.search.Evidence;
import dev.redcarpet.search.Question;
import dev.redcarpet.search.stages.SubjectOf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Who wore Versace to the Oscars?", "which stars wore red": the looks of an event whose designer or
 * colour is what was asked, gathered across articles, one line per person, each with its source.
 */
final class ListComposer {
    private static final List<String> MATCHED_KINDS = List.of("designer", "colour", "material", "garment");
    private static final int MAX_PEOPLE = 12;

    private ListComposer() {
    }

    /** A list answer, or null when no look at the event matches the question's words. */
    static Answer compose(Evidence ev) {
        Question q = ev.question();
        List<Look> looks = ev.looks();
        if (looks.isEmpty()) return null;
        // the question's words that some look at this event has as a value: "versace", "red", "armani prive"
        // each value folded once: an event's looks repeat the same houses, colours and materials hundreds of times
        Map<String, String> foldedValues = new java.util.HashMap<>();
        java.util.function.Function<String, String> fold = v -> foldedValues.computeIfAbsent(v, Keys::fold);
        Set<String> values = new LinkedHashSet<>();
        for (Look l : looks) for (LookField f : l.fields()) if (MATCHED_KINDS.contains(f.kind())) values.add(fold.apply(f.value()));
        String folded = " " + q.folded() + " ";
        List<String> asked = new ArrayList<>();
        for (String v : values) if (!v.isBlank() && folded.contains(" " + v + " ")) asked.add(v);
        if (asked.isEmpty()) {
            // a house asked by its short name: "armani" for Giorgio Armani
            for (String v : values) {
                String last = v.substring(v.lastIndexOf(' ') + 1);
                if (last.length() >= 4 && folded.contains(" " + last + " ")) asked.add(v);
            }
        }
        // "armani prive" asked: "armani" alone is not also asked
        asked.removeIf(a -> asked.stream().anyMatch(b -> !b.equals(a) && b.contains(a)));
        if (asked.isEmpty()) return null;
        // asked at no event ("who wore Gaurav Gupta?"), each line is one look: the guest and where they wore it
        boolean anywhere = q.eventId() == null;
        Map<String, List<LookField>> byPerson = new LinkedHashMap<>();
        Map<String, Look> lookOf = new LinkedHashMap<>();
        for (Look l : looks) {
            List<LookField> hits = l.fields().stream().filter(f -> MATCHED_KINDS.contains(f.kind()) && asked.contains(fold.apply(f.value()))).toList();
            if (hits.isEmpty()) continue;
            String line = anywhere && l.edition() != null ? l.person() + ", " + l.edition().year() + " " + l.edition().eventName() : l.person();
            byPerson.computeIfAbsent(line, k -> new ArrayList<>()).addAll(hits);
            lookOf.putIfAbsent(line, l);
        }
        Map<String, Cited> fromText = fromPassages(ev, asked, lookOf.keySet());
        if (byPerson.isEmpty() && fromText.isEmpty()) return null;
        List<String> people = java.util.stream.Stream.concat(byPerson.keySet().stream(), fromText.keySet().stream()).limit(MAX_PEOPLE).toList();
        LinkedHashSet<String> order = new LinkedHashSet<>();
        for (String p : people) {
            if (byPerson.containsKey(p)) for (LookField f : byPerson.get(p)) order.add(f.articleId());
            else order.add(fromText.get(p).sourceId());
        }
        List<Source> sources = new ArrayList<>();
        for (String id : order) {
            IndexedArticle a = ev.cited().get(id);
            if (a != null) sources.add(new Source(a.id(), a.title(), a.date(), a.url(), a.path()));
        }
        Look first = lookOf.isEmpty() ? null : lookOf.values().iterator().next();
        String where = first == null || first.edition() == null ? editionOf(ev, fromText.values()) : first.edition().year() + " " + first.edition().eventName();
        if (anywhere && lookOf.values().stream().map(Look::edition).distinct().count() > 1) where = null;
        String what = byPerson.isEmpty() ? asked.get(0) : byPerson.values().iterator().next().stream().map(LookField::value).findFirst().orElse(asked.get(0));
        List<ListItem> items = new ArrayList<>();
        for (String p : people) {
            if (!byPerson.containsKey(p)) {
                items.add(new ListItem(p, List.of(what), List.of(fromText.get(p).sourceId())));
                continue;
            }
            Set<String> refs = new LinkedHashSet<>();
            for (LookField f : byPerson.get(p)) refs.add(f.articleId());
            items.add(new ListItem(p, summary(lookOf.get(p)), List.copyOf(refs)));
        }
        List<String> who = people.stream().map(p -> lookOf.containsKey(p) ? lookOf.get(p).person() : p).distinct().toList();
        Lead lead = new Lead.Listed(who, asked.size() == 1 ? List.of(what) : asked, where);
        return Answer.of(q.raw(), lead, List.of(), List.of(), List.of(), sources).withItems(items);
    }

    /**
     * Guests whose look the analysis did not record, found in the text: in a passage of an article of the asked
     * edition whose recorded subjects are a few guests (a roundup's section), a sentence naming an asked value
     * ("… in Chanel") is theirs when it names none of the article's people ("The singer wore…", "Both wore…"),
     * or only them.
     */
    private static Map<String, Cited> fromPassages(Evidence ev, List<String> asked, Set<String> listed) {
        Question q = ev.question();
        Map<String, Cited> out = new LinkedHashMap<>();
        if (q.eventId() == null) return out;
        List<String> needles = new ArrayList<>(asked.size()); // " versace ": built once, not per sentence
        for (String v : asked) needles.add(" " + v + " ");
        for (Evidence.ArticleHit h : ev.articles()) {
            IndexedArticle a = h.article();
            if (!q.eventId().equals(a.eventId()) || (q.year() != null && !q.year().equals(a.year()))) continue;
            for (Evidence.PassageHit p : h.passages()) {
                if (p.subjects().isEmpty() || p.subjects().size() > MAX_SUBJECTS) continue;
                for (String sentence : SENTENCE.split(p.text())) {
                    String folded = " " + Keys.fold(sentence) + " ";
                    if (!containsAny(folded, needles)) continue;
                    // a house named after a person ("Giorgio Armani Privé") names no guest
                    List<String> named = a.people().stream().filter(person -> SubjectOf.mentions(person, sentence) && !isHouse(person, asked)).toList();
                    List<String> whose = named.isEmpty() ? p.subjects() : named;
                    if (!p.subjects().containsAll(whose)) continue;
                    for (String who : whose) {
                        if (!listed.contains(who)) out.putIfAbsent(who, new Cited(sentence.strip(), a.id()));
                    }
                }
            }
        }
        return out;
    }

    private static boolean containsAny(String text, List<String> needles) {
        for (String n : needles) if (text.contains(n)) return true;
        return false;
    }

    /** Whether a person's surname is part of an asked value: the house, not a guest. */
    private static boolean isHouse(String person, List<String> asked) {
        String name = Keys.fold(person);
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return asked.stream().anyMatch(v -> (" " + v + " ").contains(" " + last + " "));
    }

    /** A passage about more guests than this is not one look's section. */
    private static final int MAX_SUBJECTS = 2;

    private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile("(?<=[.!?])[\"'\u201D\u2019)]?\\s+(?=[A-Z\"\u201C'(])");

    private static String editionOf(Evidence ev, java.util.Collection<Cited> found) {
        for (Cited c : found) {
            IndexedArticle a = ev.cited().get(c.sourceId());
            if (a != null && a.editionLabel() != null) return a.editionLabel();
        }
        return null;
    }

    /** One line of a look: its designer, colour and garment values. */
    private static List<String> summary(Look l) {
        List<String> parts = new ArrayList<>();
        for (String kind : List.of("designer", "colour", "material", "garment")) {
            l.fields(kind).stream().map(LookField::value).distinct().limit(2).forEach(parts::add);
        }
        return parts.stream().distinct().toList();
    }
}
