package dev.redcarpet.engine;

import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.CardLine;
import dev.redcarpet.answer.CitedQuote;
import dev.redcarpet.answer.Decline;
import dev.redcarpet.answer.EventFacts;
import dev.redcarpet.answer.Lead;
import dev.redcarpet.answer.ListItem;
import dev.redcarpet.answer.LookCard;
import dev.redcarpet.answer.LookCards;
import dev.redcarpet.answer.Source;
import dev.redcarpet.index.IndexedArticle;
import dev.redcarpet.search.Retriever;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The browsing commands (/event, /person, /quote) as answers, from the catalogue and the index. */
final class Browse {

    private final Knowledge knowledge;
    private final Snapshot snap;
    private final Retriever retriever;

    Browse(Knowledge knowledge, Snapshot snap, Retriever retriever) {
        this.knowledge = knowledge;
        this.snap = snap;
        this.retriever = retriever;
    }

    Answer event(String name, Integer year) {
        String asked = "event " + name + (year == null ? "" : " " + year);
        EventView event = knowledge.findEvent(name);
        if (event == null) {
            return Answer.declined(asked, new Decline(Decline.Reason.UNKNOWN_EVENT, null, null, null, name, knowledge.suggestEvents("", 8), 0, null));
        }
        List<Integer> covered = snap.articles().stream().filter(a -> event.id().equals(a.eventId()) && a.year() != null)
                .map(IndexedArticle::year).distinct().sorted(Comparator.reverseOrder()).toList();
        int y;
        if (year != null) {
            y = year;
        } else if (!covered.isEmpty()) {
            y = covered.get(0);
        } else if (!event.editions().isEmpty()) {
            y = event.editions().stream().mapToInt(EventView.EditionView::year).max().getAsInt();
        } else {
            return Answer.declined(asked, new Decline(Decline.Reason.EDITION_WITHOUT_ARTICLES, null, event.name(), null, null, List.of(), 0, null))
                    .withFacts(null);
        }
        EventView.EditionView info = event.edition(y);
        EventFacts facts = info == null ? new EventFacts(event.name(), y, null, null, null, List.of())
                : new EventFacts(event.name(), y, info.date(), info.theme(), info.dressCode(), info.hosts());
        List<IndexedArticle> articles = snap.articles().stream().filter(a -> event.id().equals(a.eventId()) && a.year() != null && a.year() == y)
                .sorted(Comparator.comparing((IndexedArticle a) -> a.date() == null ? java.time.LocalDate.MIN : a.date()).reversed()).toList();
        if (articles.isEmpty()) {
            List<String> years = covered.stream().map(String::valueOf).toList();
            return Answer.declined(asked, new Decline(Decline.Reason.EDITION_WITHOUT_ARTICLES, null, event.name(), y, null, years, 0, null))
                    .withFacts(facts);
        }
        Map<String, List<Look>> byPerson = new LinkedHashMap<>();
        for (Look l : retriever.looksAt(event.id(), y)) byPerson.computeIfAbsent(l.person(), k -> new ArrayList<>()).add(l);
        List<LookCard> cards = new ArrayList<>();
        for (Map.Entry<String, List<Look>> e : byPerson.entrySet()) cards.addAll(LookCards.cards(e.getKey(), e.getValue()));
        cards.sort(Comparator.comparing(LookCard::person));
        List<Source> sources = sources(articles, cards);
        return Answer.of(asked, new Lead.EventOverview(event.name(), y, articles.size(), cards.size()), List.of(), List.of(), cards, sources)
                .withFacts(facts);
    }

    Answer person(String name, String event) {
        String asked = "person " + name + (event == null ? "" : " at " + event);
        String who = resolvePerson(name);
        if (who == null) return Answer.declined(asked, new Decline(Decline.Reason.PERSON_NOT_NAMED, name, null, null, null, List.of(), 0, null));
        List<LookCard> cards = new ArrayList<>(LookCards.cards(who, retriever.looksOf(who)));
        EventView filter = event == null || event.isBlank() ? null : knowledge.findEvent(event);
        if (event != null && !event.isBlank() && filter == null) {
            return Answer.declined(asked, new Decline(Decline.Reason.UNKNOWN_EVENT, null, null, null, event, List.of(), 0, null));
        }
        if (filter != null) cards.removeIf(c -> c.edition() == null || !c.edition().endsWith(" " + filter.name()));
        cards.removeIf(c -> c.lines().isEmpty());
        List<Quote> quotes = retriever.quotesBy(who, null, 2);
        List<IndexedArticle> articles = snap.articles().stream()
                .filter(a -> a.people().stream().anyMatch(p -> p.equalsIgnoreCase(who)))
                .filter(a -> filter == null || filter.id().equals(a.eventId()))
                .sorted(Comparator.comparing((IndexedArticle a) -> a.year() == null ? 0 : a.year()).reversed()).toList();
        if (cards.isEmpty() && articles.isEmpty()) {
            return Answer.declined(asked, new Decline(Decline.Reason.NO_LOOKS, who, filter == null ? null : filter.name(), null, null, List.of(), 0, null));
        }
        List<ListItem> items = new ArrayList<>();
        for (LookCard c : cards) {
            String d = LookCards.designers(c);
            Set<String> ids = new LinkedHashSet<>();
            for (CardLine l : c.lines()) if (l.kind().equals("designer")) ids.addAll(l.sourceIds());
            items.add(new ListItem(c.edition() == null ? "undated event" : c.edition(), d == null ? List.of() : List.of(d), List.copyOf(ids)));
        }
        List<CitedQuote> cited = quotes.stream().map(q -> new CitedQuote(q.text(), q.speaker(), q.articleId())).toList();
        List<Source> sources = sources(articles, cards);
        for (CitedQuote q : cited) addSource(sources, q.sourceId());
        return Answer.of(asked, new Lead.PersonOverview(who, cards.size(), articles.size()), List.of(), cited, cards, sources).withItems(items);
    }

    Answer quotes(String name, String topic) {
        String asked = "quotes " + name + (topic == null ? "" : " on " + topic);
        String who = resolvePerson(name);
        if (who == null) return Answer.declined(asked, new Decline(Decline.Reason.PERSON_NOT_NAMED, name, null, null, null, List.of(), 0, null));
        List<Quote> quotes = retriever.quotesBy(who, topic, 5);
        if (quotes.isEmpty()) {
            return Answer.declined(asked, new Decline(Decline.Reason.NO_QUOTES, who, null, null, topic, List.of(), 0, null));
        }
        List<CitedQuote> cited = quotes.stream().map(q -> new CitedQuote(q.text(), q.speaker(), q.articleId())).toList();
        List<Source> sources = new ArrayList<>();
        for (CitedQuote q : cited) addSource(sources, q.sourceId());
        return Answer.of(asked, new Lead.QuoteCount(who, topic, cited.size()), List.of(), cited, List.of(), sources);
    }

    private String resolvePerson(String typed) {
        if (typed == null || typed.isBlank()) return null;
        return snap.people().resolve(typed);
    }

    private List<Source> sources(List<IndexedArticle> articles, List<LookCard> cards) {
        List<Source> out = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (LookCard c : cards) for (CardLine l : c.lines()) ids.addAll(l.sourceIds());
        for (IndexedArticle a : articles) ids.add(a.id());
        for (String id : ids) addSource(out, id);
        return out;
    }

    private void addSource(List<Source> sources, String id) {
        if (sources.stream().anyMatch(s -> s.id().equals(id))) return;
        IndexedArticle a = snap.article(id);
        if (a != null) sources.add(new Source(a.id(), a.title(), a.date(), a.url(), a.path()));
    }
}
