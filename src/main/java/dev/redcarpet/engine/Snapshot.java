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
        int n = articles.size();
        Map<String, IndexedArticle> byId = HashMap.newHashMap(n);
        Map<String, Integer> weights = new HashMap<>();
        // the articles that name each person: only a decline needs them, so they are gathered at the first one
        java.util.function.Supplier<Map<String, List<IndexedArticle>>> byPerson = lazy(() -> {
            Map<String, List<IndexedArticle>> out = new HashMap<>();
            for (IndexedArticle a : articles) {
                for (String p : a.people()) out.computeIfAbsent(p.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(a);
            }
            return out;
        });
        // one pass over the articles, each label made once: this runs at every start and reload, over every article
        Map<String, int[]> newestOfLabel = new HashMap<>(); // label -> {its newest year, the first article of that year}
        Map<String, List<Integer>> yearsByEvent = new HashMap<>();
        Map<String, Integer> perEdition = new TreeMap<>(Comparator.reverseOrder());
        int other = 0;
        List<Integer> newestDated = new ArrayList<>(6); // positions of the newest dated articles, newest first
        Set<String> coveredEvents = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            IndexedArticle a = articles.get(i);
            byId.put(a.id(), a);
            for (String p : a.people()) weights.merge(p, 1, Integer::sum);
            String label = a.editionLabel();
            if (label == null) other++;
            else perEdition.merge(label, 1, Integer::sum);
            if (label != null && a.year() != null) {
                int[] newest = newestOfLabel.get(label);
                if (newest == null) newestOfLabel.put(label, new int[]{a.year(), i});
                else if (a.year() > newest[0]) {
                    newest[0] = a.year();
                    newest[1] = i;
                }
            }
            if (a.eventId() != null && a.year() != null) yearsByEvent.computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(a.year());
            if (a.eventName() != null) coveredEvents.add(a.eventName());
            if (a.date() != null) keepNewest(newestDated, articles, i, 5);
        }
        // what the decline messages name, worked out once per snapshot instead of by a scan of every article per question:
        // the editions of the newest years, in article order within a year
        List<String> newestEditions = newestOfLabel.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[0]).thenComparingInt(e -> e.getValue()[1]))
                .map(Map.Entry::getKey).limit(3).toList();
        yearsByEvent.replaceAll((k, v) -> v.stream().distinct().sorted(Comparator.reverseOrder()).toList());
        PeopleDirectory people = new PeopleDirectory(weights, knowledge.nicknames());
        QuestionParser parser = new QuestionParser(people, knowledge.eventNames(), retriever::passagesWith);
        Coverage coverage = new Coverage(retriever, new Coverage.Known() {
            @Override
            public List<String> editionsOf(String person) {
                // the articles that name them, by people detection or by the text itself
                Set<IndexedArticle> theirs = new java.util.HashSet<>(byPerson.get().getOrDefault(person.toLowerCase(java.util.Locale.ROOT), List.of()));
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
        List<CorpusSummary.EditionCount> counts = new ArrayList<>();
        perEdition.forEach((label, c) -> counts.add(new CorpusSummary.EditionCount(label, c)));
        if (other > 0) counts.add(new CorpusSummary.EditionCount("other", other));
        List<Source> newest = newestDated.stream().map(articles::get)
                .map(a -> new Source(a.id(), a.title(), a.date(), a.url(), a.path())).toList();
        return new Snapshot(List.copyOf(articles), byId, people, parser, coverage,
                new CorpusSummary(articles.size(), counts, newest), perEdition.size(), Set.copyOf(coveredEvents));
    }

    private static <T> java.util.function.Supplier<T> lazy(java.util.function.Supplier<T> make) {
        return new java.util.function.Supplier<>() {
            private volatile T value;

            @Override
            public synchronized T get() {
                if (value == null) value = make.get();
                return value;
            }
        };
    }

    /** Keeps in {@code top} the positions of the {@code max} newest dated articles, newest first, the earlier article first on a tie. */
    private static void keepNewest(List<Integer> top, List<IndexedArticle> articles, int i, int max) {
        java.time.LocalDate date = articles.get(i).date();
        int at = top.size();
        while (at > 0 && articles.get(top.get(at - 1)).date().isBefore(date)) at--;
        if (at >= max) return;
        top.add(at, i);
        if (top.size() > max) top.remove(max);
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
