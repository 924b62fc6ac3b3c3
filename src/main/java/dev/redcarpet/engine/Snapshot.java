package dev.redcarpet.engine;

import dev.redcarpet.answer.Source;
import dev.redcarpet.index.CorpusIndex;
import dev.redcarpet.index.IndexedArticle;
import dev.redcarpet.search.Coverage;
import dev.redcarpet.search.PeopleDirectory;
import dev.redcarpet.search.QuestionParser;
import dev.redcarpet.search.Retriever;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the engine knows of the committed index, rebuilt after each reload and swapped in at once:
 * the articles' metadata, the people directory, and the question parser built on them.
 */
record Snapshot(List<IndexedArticle> articles, Map<String, IndexedArticle> byId, PeopleDirectory people,
                QuestionParser parser, Coverage coverage, CorpusSummary summary, int editionCount, Set<String> coveredEvents) {

    static Snapshot build(CorpusIndex index, Knowledge knowledge, Retriever retriever) {
        List<IndexedArticle> articles = index.articles();
        Map<String, IndexedArticle> byId = new HashMap<>();
        Map<String, Integer> weights = new HashMap<>();
        Map<String, List<IndexedArticle>> byPerson = new HashMap<>();
        for (IndexedArticle a : articles) {
            byId.put(a.id(), a);
            for (String p : a.people()) {
                weights.merge(p, 1, Integer::sum);
                byPerson.computeIfAbsent(p.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(a);
            }
        }
        // what the decline messages name, worked out once per snapshot instead of by a scan of every article per question
        List<String> newestEditions = articles.stream().filter(a -> a.editionLabel() != null && a.year() != null)
                .sorted(Comparator.comparing(IndexedArticle::year).reversed())
                .map(IndexedArticle::editionLabel).distinct().limit(3).toList();
        Map<String, List<Integer>> yearsByEvent = new HashMap<>();
        for (IndexedArticle a : articles) {
            if (a.eventId() != null && a.year() != null) yearsByEvent.computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(a.year());
        }
        yearsByEvent.replaceAll((k, v) -> v.stream().distinct().sorted(Comparator.reverseOrder()).toList());
        PeopleDirectory people = new PeopleDirectory(weights, knowledge.nicknames());
        QuestionParser parser = new QuestionParser(people, knowledge.eventNames(), retriever::passagesWith);
        Coverage coverage = new Coverage(retriever, new Coverage.Known() {
            @Override
            public List<String> editionsOf(String person) {
                // the articles that name them, by people detection or by the text itself
                Set<IndexedArticle> theirs = new java.util.HashSet<>(byPerson.getOrDefault(person.toLowerCase(java.util.Locale.ROOT), List.of()));
                for (String id : retriever.articlesNaming(person, 200)) {
                    IndexedArticle a = byId.get(id);
                    if (a != null) theirs.add(a);
                }
                Set<String> labels = new LinkedHashSet<>();
                theirs.stream().filter(a -> a.editionLabel() != null)
                        .sorted(Comparator.comparing((IndexedArticle a) -> a.year() == null ? 0 : a.year()).reversed()
                                .thenComparing(IndexedArticle::editionLabel))
                        .forEach(a -> labels.add(a.editionLabel()));
                return labels.stream().limit(5).toList();
            }

            @Override
            public boolean namedTogether(String person, String eventId, Integer year) {
                for (Retriever.PassageText p : retriever.passagesNaming(person, 100)) {
                    if (knowledge.catalogue().mentions(p.text()).stream().noneMatch(m -> m.event().id().equals(eventId))) continue;
                    IndexedArticle a = byId.get(p.articleId());
                    // the year named beside them, or an article whose year is unknown (undated, no year in the text)
                    if (year == null || p.text().contains(year.toString()) || (a != null && a.year() == null)) return true;
                }
                return false;
            }

            @Override
            public List<String> coveredEditions() {
                return newestEditions;
            }

            @Override
            public List<Integer> yearsOf(String eventId) {
                return yearsByEvent.getOrDefault(eventId, List.of());
            }
        });
        Map<String, Integer> perEdition = new TreeMap<>(Comparator.reverseOrder());
        int other = 0;
        for (IndexedArticle a : articles) {
            if (a.editionLabel() == null) other++;
            else perEdition.merge(a.editionLabel(), 1, Integer::sum);
        }
        List<CorpusSummary.EditionCount> counts = new ArrayList<>();
        perEdition.forEach((label, n) -> counts.add(new CorpusSummary.EditionCount(label, n)));
        if (other > 0) counts.add(new CorpusSummary.EditionCount("other", other));
        List<Source> newest = articles.stream().filter(a -> a.date() != null)
                .sorted(Comparator.comparing(IndexedArticle::date).reversed()).limit(5)
                .map(a -> new Source(a.id(), a.title(), a.date(), a.url(), a.path())).toList();
        Set<String> coveredEvents = new java.util.HashSet<>();
        for (IndexedArticle a : articles) if (a.eventName() != null) coveredEvents.add(a.eventName());
        return new Snapshot(List.copyOf(articles), byId, people, parser, coverage,
                new CorpusSummary(articles.size(), counts, newest), perEdition.size(), Set.copyOf(coveredEvents));
    }

    IndexedArticle article(String id) {
        return byId.get(id);
    }

    /** Catalogue events that the corpus covers first, then the rest of the catalogue. */
    List<String> suggestEvents(Knowledge knowledge, String typed, int max) {
        List<String> matching = knowledge.suggestEvents(typed, 50);
        List<String> out = new ArrayList<>();
        for (String name : matching) if (coveredEvents.contains(name)) out.add(name);
        for (String name : matching) if (!out.contains(name)) out.add(name);
        return out.stream().limit(max).toList();
    }
}
