package dev.redcarpet.discord;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.Cited;
import dev.redcarpet.answer.Decline;
import dev.redcarpet.answer.EventFacts;
import dev.redcarpet.answer.Lead;
import dev.redcarpet.answer.OtherEditions;
import dev.redcarpet.answer.CardLine;
import dev.redcarpet.answer.CitedQuote;
import dev.redcarpet.answer.LookCard;
import dev.redcarpet.answer.Source;
import dev.redcarpet.corpus.SkippedFile;
import dev.redcarpet.engine.Conversation;
import dev.redcarpet.engine.CorpusSummary;
import dev.redcarpet.engine.IngestReport;
import dev.redcarpet.engine.ReloadReport;
import dev.redcarpet.engine.Stats;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small hand-written backend for the Discord tests: a few invented articles about two people,
 * one event with many looks (to force paging), a question that waits (to force a deferred reply)
 * and one whose answer is far too long for an embed.
 */
final class FixtureBackend implements BotBackend {
    static final Source AURORA_GALA = new Source("a1", "Aurora Vance wears a moss-green gown by Halden House to the Lantern Gala",
            LocalDate.of(2025, 5, 6), "https://news.example/aurora-lantern-gala-2025", "articles/a1.txt");
    static final Source AURORA_INTERVIEW = new Source("a2", "Aurora Vance on shoes, rain and red carpets",
            LocalDate.of(2025, 5, 7), null, "articles/a2.txt");
    static final Source MILO = new Source("m1", "Milo Ferrand's *velvet* suit steals the night",
            LocalDate.of(2025, 5, 6), "https://news.example/milo-ferrand-velvet", "articles/m1.txt");
    static final List<String> PEOPLE = List.of("Aurora Vance", "Milo Ferrand", "Priya Castellane", "Ines Okafor");
    static final List<String> EVENTS = List.of("Lantern Gala", "Lantern Gala 2024", "Riviera Film Festival", "Golden Reel Awards");

    /** Released by a test to let the "slow" question finish. */
    final CountDownLatch slow = new CountDownLatch(1);
    final AtomicInteger reloads = new AtomicInteger();
    final List<String> ingested = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public Answer ask(String question, Conversation context) {
        String q = question.toLowerCase(Locale.ROOT);
        if (q.contains("slowly")) {
            try {
                slow.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return aurora(question);
        }
        if (q.contains("everything")) return longAnswer(question);
        if (q.contains("explode")) throw new IllegalStateException("index file is corrupt at offset 1234");
        if (q.contains("milo")) return milo(question);
        if (q.contains("aurora")) return aurora(question);
        boolean followUp = q.matches(".*\\b(she|her|he|his|that year)\\b.*");
        if (followUp && context != null && "Milo Ferrand".equals(context.person())) return milo(question);
        if (followUp && context != null && "Aurora Vance".equals(context.person())) return aurora(question);
        return Answer.declined(question, Decline.of(Decline.Reason.NOT_FOUND));
    }

    static Answer aurora(String question) {
        LookCard card = new LookCard("Aurora Vance", "2025 Lantern Gala", List.of(
                new CardLine("designer", "Halden House", List.of("a1"), "She wore Halden House.", false),
                new CardLine("color", "moss green", List.of("a1"), "A moss-green gown.", false),
                new CardLine("shoes", "satin platforms", List.of("a2"), "Satin platforms.", false)));
        List<CitedQuote> quotes = List.of(
                new CitedQuote("I wanted it to feel like a garden after the rain.", "Aurora Vance", "a1"),
                new CitedQuote("Tell @everyone the shoes were *very* comfortable, I promise!", "Aurora Vance", "a2"),
                new CitedQuote("The train took four people to carry up the stairs.", "Aurora Vance", "a1"),
                new CitedQuote("Honestly, the rain was the best accessory.", "Aurora Vance", "a2"));
        return Answer.of(question, new Lead.Wore("Aurora Vance", "Halden House", "2025 Lantern Gala"),
                List.of(new Cited("Aurora Vance wore a moss-green Halden House gown to the 2025 Lantern Gala.", "a1")),
                quotes, List.of(card), List.of(AURORA_GALA, AURORA_INTERVIEW));
    }

    static Answer milo(String question) {
        LookCard card = new LookCard("Milo Ferrand", "2025 Lantern Gala", List.of(
                new CardLine("designer", "Ostrander", List.of("m1"), "Ostrander.", false)));
        return Answer.of(question, null, List.of(new Cited("Milo Ferrand wore a burgundy velvet suit by Ostrander.", "m1")),
                List.of(new CitedQuote("Velvet is my armour.", "Milo Ferrand", "m1")), List.of(card), List.of(MILO));
    }

    static Answer longAnswer(String question) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 6000; i++) text.append("Sentence number ").append(i).append(" about gowns and tailoring. ");
        List<Source> sources = new ArrayList<>();
        List<LookCard> cards = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Source s = new Source("x" + i, "A very long headline number " + i + " " + "about the red carpet ".repeat(12),
                    LocalDate.of(2024, 5, 1 + i % 28), "https://news.example/long/" + i, "articles/x" + i + ".txt");
            sources.add(s);
            cards.add(new LookCard("Guest " + i, "2024 Lantern Gala", List.of(
                    new CardLine("designer", "Atelier " + i, List.of(s.id()), "evidence", false),
                    new CardLine("details", "layered tulle ".repeat(100), List.of(s.id()), "evidence", i % 2 == 0))));
        }
        return Answer.of(question, null, List.of(new Cited(text.toString(), "x0")), List.of(), cards, sources)
                .withOthers(new OtherEditions(2024, List.of(new OtherEditions.Edition("2023 Lantern Gala", null))));
    }

    @Override
    public Conversation contextOf(Answer answer, Conversation previous) {
        if (answer.looks().isEmpty()) return previous;
        return new Conversation(answer.looks().get(0).person(), "lantern-gala", 2025);
    }

    @Override
    public Answer event(String name, Integer year) {
        if (!name.toLowerCase(Locale.ROOT).contains("lantern")) {
            return Answer.declined(name, new Decline(Decline.Reason.UNKNOWN_EVENT, null, null, null, name, List.of(), 0, null));
        }
        int y = year == null ? 2025 : year;
        List<LookCard> cards = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Source s = new Source("e" + i, "Lantern Gala " + y + " arrivals, part " + i, LocalDate.of(y, 5, 6), null, "articles/e" + i + ".txt");
            sources.add(s);
            cards.add(new LookCard("Guest Number " + i, y + " Lantern Gala", List.of(
                    new CardLine("designer", "House " + i, List.of(s.id()), "evidence", false))));
        }
        EventFacts facts = new EventFacts("Lantern Gala", y, LocalDate.of(y, 5, 5), "Gardens of Light", "Bloom where you stand",
                List.of("Aurora Vance", "Milo Ferrand"));
        return Answer.of("Lantern Gala " + y, new Lead.EventOverview("Lantern Gala", y, sources.size(), cards.size()), List.of(), List.of(),
                cards, sources).withFacts(facts);
    }

    @Override
    public Answer person(String name, String event) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("aurora")) return aurora(name);
        if (n.contains("milo")) return milo(name);
        return Answer.declined(name, new Decline(Decline.Reason.PERSON_NOT_NAMED, name, null, null, null, List.of(), 0, null));
    }

    @Override
    public Answer quotes(String person, String topic) {
        Answer a = person(person, null);
        if (a.abstained()) return a;
        List<CitedQuote> quotes = a.quotes().stream()
                .filter(q -> topic == null || q.text().toLowerCase(Locale.ROOT).contains(topic.toLowerCase(Locale.ROOT))).toList();
        return Answer.of(person, new Lead.QuoteCount(a.looks().get(0).person(), topic, quotes.size()), List.of(), quotes, List.of(), a.sources());
    }

    @Override
    public List<String> suggestEvents(String prefix, int max) {
        return EVENTS.stream().filter(e -> e.toLowerCase(Locale.ROOT).contains(prefix.toLowerCase(Locale.ROOT))).limit(max).toList();
    }

    @Override
    public List<String> suggestPeople(String prefix, int max) {
        String p = prefix.toLowerCase(Locale.ROOT);
        return PEOPLE.stream()
                .sorted(Comparator.comparingInt(name -> distance(p, name.toLowerCase(Locale.ROOT).substring(0, Math.min(name.length(), p.length())))))
                .filter(name -> distance(p, name.toLowerCase(Locale.ROOT).substring(0, Math.min(name.length(), p.length()))) <= Math.max(1, p.length() / 2))
                .limit(max).toList();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    @Override
    public CorpusSummary sources() {
        return new CorpusSummary(3, List.of(new CorpusSummary.EditionCount("2025 Lantern Gala", 3)), List.of(AURORA_INTERVIEW, AURORA_GALA, MILO));
    }

    @Override
    public ReloadReport reload(boolean force) {
        reloads.incrementAndGet();
        return new ReloadReport(1, 2, 0, 5, List.of(new SkippedFile("articles/broken.json", "not valid JSON at line 3")), 42);
    }

    @Override
    public Stats stats() {
        return new Stats(3, 40, 4, 3, 1, 123_456, Duration.ofMinutes(90), 17, 12.5, 80.0);
    }

    @Override
    public IngestReport ingest(String fileName, byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.contains("Gala")) return IngestReport.refused("No article text found in " + fileName + ".");
        ingested.add(fileName);
        return new IngestReport(true, "articles/" + fileName, "1 article about the Lantern Gala, mentioning Aurora Vance.", List.of("new-1"));
    }

    final List<String> fetchedUrls = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public List<dev.redcarpet.corpus.web.SourceStatus> webSources() {
        java.time.Instant at = java.time.Instant.parse("2025-05-06T10:00:00Z");
        return List.of(
                new dev.redcarpet.corpus.web.SourceStatus("gala-wire", "https://example.org/feed.xml", "feed", 30, at, at, null, 0, at.plusSeconds(1800), 12),
                new dev.redcarpet.corpus.web.SourceStatus("dead-blog", "https://example.net/rss", "feed", 60, at, null, "HTTP 503", 3, at.plusSeconds(3600), 0));
    }

    @Override
    public dev.redcarpet.corpus.web.UrlIngestReport ingestUrl(String url) {
        fetchedUrls.add(url);
        return new dev.redcarpet.corpus.web.UrlIngestReport(true, "Saved 1 article from " + url + ".", List.of("data/sources/x/a.json"), List.of());
    }
}
