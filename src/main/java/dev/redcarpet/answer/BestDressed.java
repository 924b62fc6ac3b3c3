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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Best dressed at the 2024 Met Gala": read from the articles' own best- and worst-dressed sections (a
 * heading such as "The hits" or "Worst dressed", or a headline that ranks the whole piece) rather than
 * guessed from overlap. Each person listed is cited to the article that ranks them.
 */
public final class BestDressed {
    private static final Pattern ASKED = Pattern.compile("\\b(best|worst)[ -]dressed\\b|\\b(best|worst) (looks?|outfits?)\\b");
    private static final Pattern BEST = Pattern.compile("\\bbest[ -]dressed\\b|\\bbest (and|&) worst\\b|\\bbest looks\\b|^(the )?hits\\b|\\bstandouts?\\b");
    private static final Pattern WORST = Pattern.compile("\\bworst[ -]dressed\\b|\\bworst looks\\b|^(the )?misses\\b|\\bfashion fails?\\b");
    private static final int MAX_ARTICLES = 4;
    private static final int MAX_PEOPLE = 12;

    private BestDressed() {
    }

    /** Which list a question asks for: true best, false worst, null neither. */
    static Boolean asked(String folded) {
        Matcher m = ASKED.matcher(folded == null ? "" : folded);
        if (!m.find()) return null;
        return m.group().startsWith("best");
    }

    /**
     * @param passagesOf every passage of an article, in order, with its subjects
     * @param looksOf    the looks of the edition, to describe each person listed: read only when the question asks
     *                   for a best- or worst-dressed list (up to a thousand looks, which other questions never use)
     */
    public static Optional<Answer> compose(Question q, Evidence ev, Function<String, List<Evidence.PassageHit>> passagesOf,
                                           java.util.function.Supplier<List<Look>> looksOf) {
        Boolean best = asked(q.folded());
        if (best == null || ev.isEmpty()) return Optional.empty();
        List<Look> looks = looksOf.get();
        Map<String, String> ranked = new LinkedHashMap<>();   // person -> the article that ranks them
        String edition = null;
        int read = 0;
        for (Evidence.ArticleHit h : ev.articles()) {
            IndexedArticle a = h.article();
            if (q.eventId() != null && !q.eventId().equals(a.eventId())) continue;
            if (q.year() != null && !q.year().equals(a.year())) continue;
            if (edition != null && !edition.equals(a.editionLabel())) continue;
            if (read++ >= MAX_ARTICLES) break;
            List<String> listed = listed(a, passagesOf.apply(a.id()), best);
            if (listed.isEmpty()) continue;
            if (edition == null) edition = a.editionLabel();
            for (String p : listed) ranked.putIfAbsent(p, a.id());
        }
        List<ListItem> items = new ArrayList<>();
        Set<String> order = new LinkedHashSet<>();
        Set<String> dressed = new java.util.HashSet<>();
        for (Look l : looks) dressed.add(Keys.fold(l.person()));
        for (Map.Entry<String, String> e : ranked.entrySet()) {
            if (items.size() >= MAX_PEOPLE) break;
            // someone a section names in passing (a designer, a star of the past) has no look at this edition
            if (!dressed.contains(Keys.fold(e.getKey()))) continue;
            List<String> values = new ArrayList<>();
            for (Look l : looks) {
                if (!l.person().equalsIgnoreCase(e.getKey()) || l.fields().stream().noneMatch(f -> e.getValue().equals(f.articleId()))) continue;
                for (String kind : List.of("designer", "colour", "garment")) {
                    l.fields(kind).stream().map(LookField::value).distinct().limit(1).forEach(values::add);
                }
            }
            items.add(new ListItem(e.getKey(), values.stream().distinct().toList(), List.of(e.getValue())));
            order.add(e.getValue());
        }
        if (items.isEmpty()) return Optional.empty();
        List<Source> sources = new ArrayList<>();
        for (String id : order) {
            IndexedArticle a = ev.cited().get(id);
            if (a != null) sources.add(new Source(a.id(), a.title(), a.date(), a.url(), a.path()));
        }
        return Optional.of(Answer.of(q.raw(), new Lead.Ranked(best, edition), List.of(), List.of(), List.of(), sources).withItems(items));
    }

    /** The people an article puts in its best (or worst) section, in its order. */
    static List<String> listed(IndexedArticle a, List<Evidence.PassageHit> passages, boolean best) {
        String title = Keys.fold(a.title() == null ? "" : a.title());
        boolean titleBest = BEST.matcher(title).find();
        boolean titleWorst = WORST.matcher(title).find();
        // a piece headlined "best dressed" ranks everyone in it until a section says otherwise
        Boolean state = titleBest == titleWorst ? null : titleBest;
        Set<String> out = new LinkedHashSet<>();
        for (Evidence.PassageHit p : passages) {
            String text = Keys.fold(p.text());
            String head = text.length() > 40 ? text.substring(0, 40) : text;
            boolean heading = p.text().length() < 60 && !p.text().strip().matches(".*[.!?\"\u201D]$");
            Boolean marked = mark(head);
            // a section heading sets the list; a heading of its own ("Who wore what") ends it; a name heading does not
            if (marked != null) state = marked;
            else if (heading && p.subjects().stream().noneMatch(who -> SubjectOf.mentions(who, p.text()))) {
                state = titleBest == titleWorst ? null : titleBest;
            }
            Boolean label = state;
            // "another star on my worst-dressed list is…": that passage alone
            Boolean inText = mark(text);
            if (marked == null && inText != null && !heading) label = inText;
            if (label == null || label != best) continue;
            out.addAll(p.subjects());
        }
        return List.copyOf(out);
    }

    private static Boolean mark(String folded) {
        boolean b = BEST.matcher(folded).find();
        boolean w = WORST.matcher(folded).find();
        if (b == w) return null;
        return b;
    }
}
