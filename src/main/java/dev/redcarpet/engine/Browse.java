package dev.redcarpet.engine;

import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.CardLine;
import dev.redcarpet.answer.CitedQuote;
import dev.redcarpet.answer.LookCard;
import dev.redcarpet.answer.LookCards;
import dev.redcarpet.answer.Source;
import dev.redcarpet.index.IndexedArticle;
import dev.redcarpet.search.Retriever;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The browsing commands (/event, /person, /quote) as answers, from the catalogue and the index. */
final class Browse {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

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
            return Answer.notFound(asked, "I don't know an event called \u201C" + name + "\u201D. Try one of: "
                    + String.join(", ", knowledge.suggestEvents("", 8)) + ".");
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
            return Answer.notFound(asked, "I have no articles on the " + event.name() + " yet.");
        }
        StringBuilder text = new StringBuilder(y + " " + event.name());
        EventView.EditionView info = event.edition(y);
        if (info != null) {
            if (info.date() != null) text.append(", ").append(info.date().format(DAY));
            text.append('.');
            if (info.theme() != null) text.append(" Theme: \u201C").append(info.theme()).append("\u201D.");
            if (info.dressCode() != null) text.append(" Dress code: \u201C").append(info.dressCode()).append("\u201D.");
            if (!info.hosts().isEmpty()) text.append(" Hosts: ").append(String.join(", ", info.hosts())).append('.');
        } else {
            text.append('.');
        }
        List<IndexedArticle> articles = snap.articles().stream().filter(a -> event.id().equals(a.eventId()) && a.year() != null && a.year() == y)
                .sorted(Comparator.comparing((IndexedArticle a) -> a.date() == null ? java.time.LocalDate.MIN : a.date()).reversed()).toList();
        if (articles.isEmpty()) {
            String others = covered.isEmpty() ? "" : " I have articles on the " + event.name() + " in "
                    + String.join(", ", covered.stream().map(String::valueOf).toList()) + ".";
            return new Answer(asked, true, text + " I have no articles on this edition." + others, List.of(), List.of(), List.of(), null);
        }
        Map<String, List<Look>> byPerson = new LinkedHashMap<>();
        for (Look l : retriever.looksAt(event.id(), y)) byPerson.computeIfAbsent(l.person(), k -> new ArrayList<>()).add(l);
        List<LookCard> cards = new ArrayList<>();
        for (Map.Entry<String, List<Look>> e : byPerson.entrySet()) cards.addAll(LookCards.cards(e.getKey(), e.getValue()));
        cards.sort(Comparator.comparing(LookCard::person));
        text.append(' ').append(articles.size()).append(articles.size() == 1 ? " article" : " articles")
                .append(", ").append(cards.size()).append(cards.size() == 1 ? " look." : " looks.");
        List<Source> sources = sources(articles, cards);
        return new Answer(asked, false, text.toString(), List.of(), cards, sources, null);
    }

    Answer person(String name, String event) {
        String asked = "person " + name + (event == null ? "" : " at " + event);
        String who = resolvePerson(name);
        if (who == null) return Answer.notFound(asked, "I have no articles that name \u201C" + name + "\u201D.");
        List<LookCard> cards = new ArrayList<>(LookCards.cards(who, retriever.looksOf(who)));
        EventView filter = event == null || event.isBlank() ? null : knowledge.findEvent(event);
        if (event != null && !event.isBlank() && filter == null) {
            return Answer.notFound(asked, "I don't know an event called \u201C" + event + "\u201D.");
        }
        if (filter != null) cards.removeIf(c -> c.edition() == null || !c.edition().endsWith(" " + filter.name()));
        cards.removeIf(c -> c.lines().isEmpty());
        List<Quote> quotes = retriever.quotesBy(who, null, 2);
        List<IndexedArticle> articles = snap.articles().stream()
                .filter(a -> a.people().stream().anyMatch(p -> p.equalsIgnoreCase(who)))
                .filter(a -> filter == null || filter.id().equals(a.eventId()))
                .sorted(Comparator.comparing((IndexedArticle a) -> a.year() == null ? 0 : a.year()).reversed()).toList();
        if (cards.isEmpty() && articles.isEmpty()) {
            return Answer.notFound(asked, "I have no looks of " + who + (filter == null ? "" : " at the " + filter.name()) + ".");
        }
        StringBuilder text = new StringBuilder(who);
        if (cards.isEmpty()) {
            text.append(" appears in ").append(articles.size()).append(articles.size() == 1 ? " article" : " articles").append(", but I found no look details.");
        } else {
            text.append(": ").append(cards.size()).append(cards.size() == 1 ? " look" : " looks").append(" in my articles, newest first.");
            for (LookCard c : cards) {
                String d = LookCards.designers(c);
                text.append("\n\u2022 ").append(c.edition() == null ? "undated event" : c.edition()).append(d == null ? "" : " \u2014 " + d);
            }
        }
        List<CitedQuote> cited = quotes.stream().map(q -> new CitedQuote(q.text(), q.speaker(), q.articleId())).toList();
        List<Source> sources = sources(articles, cards);
        for (CitedQuote q : cited) addSource(sources, q.sourceId());
        return new Answer(asked, false, text.toString(), cited, cards, sources, null);
    }

    Answer quotes(String name, String topic) {
        String asked = "quotes " + name + (topic == null ? "" : " on " + topic);
        String who = resolvePerson(name);
        if (who == null) return Answer.notFound(asked, "I have no articles that name \u201C" + name + "\u201D.");
        List<Quote> quotes = retriever.quotesBy(who, topic, 5);
        if (quotes.isEmpty()) {
            return Answer.notFound(asked, "I have no quotes from " + who + (topic == null || topic.isBlank() ? "" : " on \u201C" + topic + "\u201D") + ".");
        }
        List<CitedQuote> cited = quotes.stream().map(q -> new CitedQuote(q.text(), q.speaker(), q.articleId())).toList();
        List<Source> sources = new ArrayList<>();
        for (CitedQuote q : cited) addSource(sources, q.sourceId());
        String text = who + (topic == null || topic.isBlank() ? "" : " on \u201C" + topic + "\u201D") + ": "
                + cited.size() + (cited.size() == 1 ? " quote." : " quotes.");
        return new Answer(asked, false, text, cited, List.of(), sources, null);
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
