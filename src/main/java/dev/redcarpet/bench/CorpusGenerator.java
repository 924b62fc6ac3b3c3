package dev.redcarpet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.redcarpet.analysis.events.EditionInfo;
import dev.redcarpet.analysis.events.EventCatalogue;
import dev.redcarpet.analysis.events.EventEntry;
import dev.redcarpet.analysis.Lexicons;
import dev.redcarpet.config.Config;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of invented red-carpet articles: article {@code i} depends only on the
 * seed, the corpus size and {@code i}, so a corpus can be grown by 1% with the same generator.
 *
 * <pre>{@code
 * CorpusGenerator g = CorpusGenerator.of(config, 10_000, 42);
 * g.write(dir.resolve("articles"), 0, 10_000);
 * g.writeQuestions(dir.resolve("questions.jsonl"), 200);
 * }</pre>
 */
public final class CorpusGenerator {
    /** The fixed mix of question kinds, repeated: 20 questions per round. */
    static final List<String> MIX = List.of("look", "designer", "quote", "look", "who", "theme", "look", "typo",
            "quote", "designer", "hosts", "look", "negative", "quote", "look", "who", "typo", "designer", "look", "negative");

    private final Vocabulary vocab;
    private final ArticleWriter writer;
    private final int articles;
    private final long seed;
    private final int people;

    public CorpusGenerator(Lexicons lexicons, EventCatalogue catalogue, int articles, long seed) {
        if (articles < 1) throw new IllegalArgumentException("articles must be at least 1");
        this.vocab = new Vocabulary(lexicons, catalogue);
        this.writer = new ArticleWriter(vocab, seed);
        this.articles = articles;
        this.seed = seed;
        this.people = Math.min(Vocabulary.maxPeople(), Math.max(40, articles / 4));
    }

    /** With the lexicons and catalogue of a config (its config dir, else the built-in ones). */
    public static CorpusGenerator of(Config config, int articles, long seed) {
        return new CorpusGenerator(Lexicons.load(config.configDir()), EventCatalogue.load(config.configDir()), articles, seed);
    }

    public int articles() {
        return articles;
    }

    /** Article {@code i}; any i ≥ 0 works, so articles beyond the size are the "new" ones of a reload. */
    public GeneratedArticle article(int i) {
        SplittableRandom r = random(i, 1);
        String person = Vocabulary.person(Vocabulary.skewed(r, people));
        EventEntry event = vocab.events.get(Vocabulary.skewed(r, vocab.events.size()));
        List<Integer> years = Vocabulary.years(event);
        int year = years.get(r.nextInt(years.size()));
        List<String> guests = new ArrayList<>();
        for (int k = 0, n = 2 + r.nextInt(4); k < n; k++) {
            String g = Vocabulary.person(Vocabulary.skewed(r, people));
            if (!g.equals(person) && !guests.contains(g)) guests.add(g);
        }
        return writer.write(i, r, person, guests, event, year);
    }

    /** Writes articles [from, to) as .txt files into {@code dir}, creating it. */
    public void write(Path dir, int from, int to) {
        try {
            Files.createDirectories(dir);
            for (int i = from; i < to; i++) {
                GeneratedArticle a = article(i);
                Files.writeString(dir.resolve(a.fileName()), a.text(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code count} questions about articles of this corpus, in the fixed mix of kinds. */
    public List<BenchQuestion> questions(int count) {
        List<BenchQuestion> out = new ArrayList<>();
        for (int q = 0; q < count; q++) {
            SplittableRandom r = random(q, 2);
            String kind = MIX.get(q % MIX.size());
            GeneratedArticle a = article(r.nextInt(articles));
            out.add(question(String.format(Locale.ROOT, "b%04d", q), kind, a, r));
        }
        return out;
    }

    private BenchQuestion question(String id, String kind, GeneratedArticle a, SplittableRandom r) {
        List<String> rel = List.of(a.id());
        String ev = a.year() + " " + a.eventName();
        EditionInfo info = vocab.events.stream().filter(e -> e.id().equals(a.eventId())).findFirst()
                .flatMap(e -> e.info(a.year())).orElse(null);
        return switch (kind) {
            case "designer" -> new BenchQuestion(id, kind, "Who designed " + a.person() + "'s " + a.garment() + " at the " + a.eventName() + " " + a.year() + "?", rel);
            case "quote" -> new BenchQuestion(id, kind, "What did " + a.person() + " say about the " + a.quoteWord() + " at the " + ev + "?", rel);
            case "who" -> new BenchQuestion(id, kind, "Who wore " + a.designer() + " at the " + ev + "?", rel);
            case "theme" -> info != null && info.theme() != null
                    ? new BenchQuestion(id, kind, "What was the theme of the " + ev + "?", rel)
                    : new BenchQuestion(id, "look", "What did " + a.person() + " wear to the " + ev + "?", rel);
            case "hosts" -> info != null && !info.hosts().isEmpty()
                    ? new BenchQuestion(id, kind, "Who hosted the " + ev + "?", rel)
                    : new BenchQuestion(id, "look", "What did " + a.person() + " wear to the " + ev + "?", rel);
            case "typo" -> new BenchQuestion(id, kind, "wat did " + a.person().toLowerCase(Locale.ROOT) + " wear at "
                    + a.eventName().toLowerCase(Locale.ROOT) + " " + (a.year() % 100), rel);
            case "negative" -> new BenchQuestion(id, kind, "What did " + Vocabulary.stranger(r) + " wear to the " + ev + "?", List.of());
            default -> new BenchQuestion(id, "look", "What did " + a.person() + " wear to the " + ev + "?", rel);
        };
    }

    /** Writes questions as JSONL (id, kind, question, relevant), the dev set's shape. */
    public void writeQuestions(Path file, int count) {
        ObjectMapper json = new ObjectMapper();
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (BenchQuestion q : questions(count)) {
                    ObjectNode o = json.createObjectNode();
                    o.put("id", q.id()).put("kind", q.kind()).put("question", q.question());
                    var rel = o.putArray("relevant");
                    q.relevant().forEach(rel::add);
                    w.write(json.writeValueAsString(o));
                    w.newLine();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SplittableRandom random(int i, int stream) {
        long mixed = seed * 0x9E3779B97F4A7C15L + articles * 0xBF58476D1CE4E5B9L + i * 0x94D049BB133111EBL + stream;
        return new SplittableRandom(mixed);
    }
}
