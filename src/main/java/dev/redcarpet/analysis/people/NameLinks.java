package dev.redcarpet.analysis.people;

import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.looks.LookMerger;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.analysis.structure.Passage;
import dev.redcarpet.analysis.structure.ReadSentence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Links a name an article gives alone ("Blanchett", "Zoe") to the one full name the corpus knows with that
 * surname or first name ("Cate Blanchett"), so that everything the article says of the lone name is said of
 * that person. A lone name that belongs to two full names, or is the surname of one and the first name of
 * another, is left as it is: a guess would credit someone else's look.
 */
public final class NameLinks {
    private NameLinks() {
    }

    /** Lone name (as written) to the full name it stands for, over every name the corpus gives. */
    public static Map<String, String> of(Collection<String> names) {
        Map<String, Set<String>> bySurname = new HashMap<>();
        Map<String, Set<String>> byFirst = new HashMap<>();
        List<String> lone = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) {
            String[] parts = key(name).split(" ");
            if (parts.length == 1 && !parts[0].isEmpty()) {
                lone.add(name);
            } else if (parts.length > 1) {
                bySurname.computeIfAbsent(parts[parts.length - 1], k -> new LinkedHashSet<>()).add(name);
                byFirst.computeIfAbsent(parts[0], k -> new LinkedHashSet<>()).add(name);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String name : lone) {
            String k = key(name);
            Set<String> full = new LinkedHashSet<>(bySurname.getOrDefault(k, Set.of()));
            full.addAll(byFirst.getOrDefault(k, Set.of()));
            if (full.size() == 1) out.put(name, full.iterator().next());
        }
        return out;
    }

    /** The lone names of an article that the links would change. */
    public static boolean touches(List<String> people, Map<String, String> links) {
        for (String p : people) if (links.containsKey(p)) return true;
        return false;
    }

    /** The article's facts with each linked lone name replaced by its full name (people, subjects, speakers, looks, roles). */
    public static ArticleFacts apply(ArticleFacts f, Map<String, String> links) {
        if (!touches(f.people(), links)) return f;
        List<String> people = new ArrayList<>(new LinkedHashSet<>(f.people().stream().map(p -> to(p, links)).toList()));
        List<Passage> passages = f.passages().stream()
                .map(p -> p.withSubjects(new ArrayList<>(new LinkedHashSet<>(p.subjects().stream().map(s -> to(s, links)).toList())), p.segment()))
                .toList();
        List<Quote> quotes = f.quotes().stream()
                .map(q -> new Quote(q.text(), to(q.speaker(), links), q.outlet(), q.articleId(), q.passage(), q.context())).toList();
        // a look under the lone name and one under the full name at the same edition are one look
        List<Look> looks = LookMerger.merge(f.looks().stream().map(l -> new Look(to(l.person(), links), l.edition(), l.fields())).toList());
        List<ReadSentence> sentences = f.sentences().stream()
                .map(s -> new ReadSentence(s.text(), s.part(), s.paragraph(), to(s.subject(), links), s.segment())).toList();
        List<PersonRole> roles = f.roles().stream().map(r -> new PersonRole(to(r.name(), links), r.role(), r.evidence())).toList();
        return new ArticleFacts(f.articleId(), passages, quotes, people, f.edition(), looks, f.title(), sentences, roles, f.event());
    }

    private static String to(String name, Map<String, String> links) {
        return name == null ? null : links.getOrDefault(name, name);
    }

    private static String key(String name) {
        String n = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'’-]+", " ").strip();
    }
}
