package dev.redcarpet.index;

import dev.redcarpet.analysis.people.NameLinks;
import dev.redcarpet.corpus.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of the whole corpus during one index update: the people of the articles just written and of the
 * committed ones left as they were. An article just written that gives someone by one name alone, which the
 * rest of the corpus gives as exactly one full name, is written again with that full name
 * ({@link NameLinks}). An article left unchanged whose lone name the update made linkable is read and
 * written again by {@link IndexUpdater}, so a reload ends where a fresh build would.
 */
final class CorpusNames {
    /** An article to write again, with the lone names it gives and the full names they stand for. */
    record Relink(Article article, Map<String, String> links) {
    }

    private final CorpusIndex index;
    private final Set<String> changedIds = new HashSet<>();
    private final Set<String> names = new HashSet<>();
    private final Map<Article, List<String>> lone = new HashMap<>();

    CorpusNames(CorpusIndex index) {
        this.index = index;
    }

    /** An article this update analyses again: its committed version's names no longer count. */
    void changed(String id) {
        changedIds.add(id);
    }

    /** The people an article was written with. */
    void written(Article a, List<String> people) {
        names.addAll(people);
        List<String> alone = people.stream().filter(p -> !p.strip().contains(" ")).toList();
        if (!alone.isEmpty()) lone.put(a, alone);
    }

    /** Id to path of the indexed articles holding a lone name that the corpus's names now link to a full name. */
    static Map<String, String> unlinked(List<IndexedArticle> articles) {
        Set<String> all = new HashSet<>();
        for (IndexedArticle a : articles) all.addAll(a.people());
        Map<String, String> links = NameLinks.of(all);
        Map<String, String> out = new java.util.TreeMap<>();
        if (links.isEmpty()) return out;
        for (IndexedArticle a : articles) if (a.path() != null && NameLinks.touches(a.people(), links)) out.put(a.id(), a.path());
        return out;
    }

    /** The articles just written whose lone names now link to a full name, in a stable order. */
    List<Relink> relinks() {
        if (lone.isEmpty()) return List.of();
        Set<String> all = new HashSet<>(names);
        for (IndexedArticle a : index.articles()) if (!changedIds.contains(a.id())) all.addAll(a.people());
        Map<String, String> links = NameLinks.of(all);
        List<Relink> out = new ArrayList<>();
        for (Map.Entry<Article, List<String>> e : lone.entrySet()) {
            Map<String, String> own = new HashMap<>();
            for (String name : e.getValue()) if (links.containsKey(name)) own.put(name, links.get(name));
            if (!own.isEmpty()) out.add(new Relink(e.getKey(), own));
        }
        out.sort(java.util.Comparator.comparing(r -> r.article().id()));
        return out;
    }
}
