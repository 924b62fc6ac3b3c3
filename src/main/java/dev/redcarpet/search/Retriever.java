package dev.redcarpet.search;

import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.config.Config;
import dev.redcarpet.index.Keys;
import dev.redcarpet.search.stages.Candidate;
import dev.redcarpet.search.stages.FirstStage;
import dev.redcarpet.search.stages.Reranker;
import dev.redcarpet.search.stages.SubjectOf;
import dev.redcarpet.index.CorpusIndex;
import dev.redcarpet.index.DocumentMapper;
import dev.redcarpet.index.IndexSchema;
import dev.redcarpet.index.IndexedArticle;
import dev.redcarpet.index.Records;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.redcarpet.index.IndexSchema.*;

/** Turns an understood question into Lucene queries and gathers passages, quotes and looks. */
public final class Retriever {
    private static final int ARTICLES = 10;
    private static final int PASSAGES_PER_ARTICLE = 5;

    private final CorpusIndex index;
    private final Config.Ranking ranking;
    private final QueryBuilder text;
    private final FirstStage firstStage;
    private final Reranker reranker;

    public Retriever(CorpusIndex index, Analyzer queryAnalyzer, Config.Ranking ranking) {
        this.index = index;
        this.ranking = ranking;
        this.text = new QueryBuilder(queryAnalyzer);
        this.firstStage = new FirstStage(text, ranking);
        this.reranker = new Reranker(ranking);
    }

    public Evidence retrieve(Question q) {
        return index.withSearcher(s -> {
            try {
                List<Evidence.ArticleHit> articles = articles(s, q);
                List<Quote> quotes = quotes(s, q, articles);
                List<Look> looks = looks(s, q);
                Map<String, IndexedArticle> cited = new LinkedHashMap<>();
                for (Evidence.ArticleHit h : articles) cited.put(h.article().id(), h.article());
                for (Quote quote : quotes) cite(s, cited, quote.articleId());
                for (Look look : looks) for (var f : look.fields()) cite(s, cited, f.articleId());
                return new Evidence(q, articles, quotes, looks, cited);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private Query textQuery(String field, Question q) {
        Query t = q.terms().isEmpty() ? null : text.createBooleanQuery(field, String.join(" ", q.terms()), BooleanClause.Occur.SHOULD);
        return t;
    }

    /** Boosts shared by passages and quotes: the people, event and year the question names. */
    private static void addEntityBoosts(BooleanQuery.Builder b, Question q) {
        for (int i = 0; i < q.people().size(); i++) {
            String name = q.people().get(i);
            b.add(new BoostQuery(new TermQuery(new Term(PEOPLE, personKey(name))), 3f), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term(MAIN_PEOPLE, personKey(name))), 2f), BooleanClause.Occur.SHOULD);
            String[] tokens = dev.redcarpet.index.Keys.fold(name).split(" ");
            if (tokens.length > 1) {
                b.add(new BoostQuery(new PhraseQuery(1, NAMES, tokens), 2f), BooleanClause.Occur.SHOULD);
            } else {
                b.add(new BoostQuery(new TermQuery(new Term(NAMES, tokens[0])), 2f), BooleanClause.Occur.SHOULD);
            }
        }
        if (q.eventId() != null) b.add(new BoostQuery(new TermQuery(new Term(EVENT, q.eventId())), 2.5f), BooleanClause.Occur.SHOULD);
        if (q.year() != null) b.add(new BoostQuery(new TermQuery(new Term(YEAR + "_key", q.year().toString())), 2.5f), BooleanClause.Occur.SHOULD);
    }

    private static final java.util.regex.Pattern PRONOUNS = java.util.regex.Pattern.compile(
            "\\b(she|he|her|hers|his|him|they|them|their|theirs)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The words the first stage searches: the question's content words, plus what a follow-up took from context. */
    static String firstStageWords(Question q) {
        // the question as typed, less pronouns: "she" stands for the person, whose name is searched instead
        StringBuilder words = new StringBuilder(PRONOUNS.matcher(q.raw()).replaceAll(" "));
        String folded = " " + q.folded() + " ";
        for (String p : q.people()) if (!folded.contains(" " + Keys.fold(p) + " ")) words.append(' ').append(p);
        if (q.eventName() != null && q.eventId() != null && !folded.contains(" " + Keys.fold(q.eventName()) + " ")) words.append(' ').append(q.eventName());
        if (q.year() != null && !folded.contains(q.year().toString())) words.append(' ').append(q.year());
        return words.toString().strip();
    }

    /** The first stage alone: article ids best first, as plain BM25 ranks them. */
    public List<String> firstStage(Question q) {
        return index.withSearcher(s -> {
            try {
                return firstStage.search(s, firstStageWords(q)).stream().map(Candidate::articleId).limit(ARTICLES).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<Evidence.ArticleHit> articles(IndexSearcher s, Question q) throws IOException {
        List<Candidate> first = firstStage.search(s, firstStageWords(q));
        // load the text of the few best passages of the articles worth re-ranking, all in one pass
        List<Candidate> worth = first.subList(0, Math.min(ranking.rerank(), first.size()));
        List<Integer> docs = new ArrayList<>();
        for (Candidate c : worth) {
            for (Candidate.PassageScore p : c.passages().subList(0, Math.min(PASSAGES_PER_ARTICLE, c.passages().size()))) docs.add(p.doc());
        }
        List<Records.PassageRecord> records = Records.passages(s.getIndexReader(), docs.stream().mapToInt(Integer::intValue).toArray());
        List<Candidate> loaded = new ArrayList<>();
        int next = 0;
        for (Candidate c : worth) {
            List<Candidate.PassageScore> ps = new ArrayList<>();
            for (Candidate.PassageScore p : c.passages().subList(0, Math.min(PASSAGES_PER_ARTICLE, c.passages().size()))) {
                Records.PassageRecord r = records.get(next++);
                ps.add(new Candidate.PassageScore(p.doc(), p.score(), r.ordinal(), r.text(), r.subjects()));
            }
            loaded.add(new Candidate(c.articleId(), c.score(), ps));
        }
        List<Candidate> ranked = reranker.rerank(q, loaded, id -> {
            try {
                return article(s, id);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Evidence.ArticleHit> out = new ArrayList<>();
        boolean place = Place.asked(q.folded()); // "…, and where?"
        // a detail question: the top articles' passages that hold such a detail, even sharing no word with the question
        // ("who styled her?" and "Her stylist, …"; "who made her necklace?" and "…Lorraine Schwartz diamonds")
        Detail asked = Detail.askedIn(q.folded());
        // a look question about someone: their passages that describe a look, though they share no word with
        // the question ("t-swift's outfit?" and "The singer turned up in a red mini dress by …")
        boolean ownLook = asked == null && q.person() != null && LOOK_TYPES.contains(q.intent());
        for (Candidate c : ranked) {
            if (out.size() >= ARTICLES) break;
            IndexedArticle article = article(s, c.articleId());
            // an article that matched only as a whole has no passage to answer from
            if (article == null || c.passages().isEmpty()) continue;
            List<Evidence.PassageHit> ps = new ArrayList<>();
            for (Candidate.PassageScore p : c.passages()) ps.add(new Evidence.PassageHit(p.ordinal(), p.text(), p.score(), p.subjects()));
            if (out.size() < 2 && (asked != null || DETAIL_TYPES.contains(q.intent()) || ownLook || place)) {
                java.util.Set<Integer> have = new java.util.HashSet<>();
                ps.forEach(p -> have.add(p.ordinal()));
                // right after the best match: answer selection reads an article's first few passages only
                int at = Math.min(1, ps.size());
                // a question about someone's own look or its details: only passages about them ("what necklace did she
                // wear?" is not answered by the necklace of the guest in the section before hers)
                boolean theirs = q.person() != null && (ownLook || asked != null || DETAIL_TYPES.contains(q.intent()));
                boolean theirStory = theirs && SubjectOf.mentions(q.person(), article.title());
                for (Evidence.PassageHit p : passages(s, article.id())) {
                    // the checks below are pure: none is made for a passage that could not be added (once two are in,
                    // none can; one already among the hits is not added twice)
                    if (at > DETAIL_PASSAGES) break;
                    if (have.contains(p.ordinal())) continue;
                    boolean holds = asked != null ? asked.describedIn(p.text()) : TypeCues.matches(q, p.text());
                    // "…and where?": a passage that tells where it took place, though it shares no word with the question
                    if (place && asked == null) holds = holds || Place.told(p.text()) > 0;
                    if (theirs) holds = holds && (theirStory ? !SubjectOf.isSomeoneElses(q.person(), p.subjects())
                            : SubjectOf.isAbout(q.person(), p.subjects(), p.text()));
                    if (holds) ps.add(at++, p);
                }
            }
            out.add(new Evidence.ArticleHit(article, c.score(), ps));
        }
        return out;
    }

    /**
     * Hits best first; equal scores by article id, then in the order of the article's own documents (the index
     * writes one article's documents together, in order). Lucene alone breaks ties by document number, which
     * depends on the order a fresh build happened to write articles in.
     */
    static ScoreDoc[] ordered(IndexSearcher s, Query q, int n) throws IOException {
        return byScoreThenArticle(s, dev.redcarpet.index.TopHits.of(s, q, n));
    }

    /**
     * {@link #ordered} for a query of filters only, whose hits all score alike (0): the first {@code n} matches in
     * document order (those the top-{@code n} queue keeps when every score ties), then by article id and document,
     * without the queue of {@code n} placeholder hits and its heap (an event's looks are asked for with room for 1,000).
     */
    static ScoreDoc[] orderedFilter(IndexSearcher s, Query filters, int n) throws IOException {
        int[] docs = dev.redcarpet.index.TopHits.firstInOrder(s, filters, n);
        ScoreDoc[] hits = new ScoreDoc[docs.length];
        for (int i = 0; i < docs.length; i++) hits[i] = new ScoreDoc(docs[i], 0f);
        return byScoreThenArticle(s, hits);
    }

    /** Hits sorted best first, equal scores by article id, then by document. */
    private static ScoreDoc[] byScoreThenArticle(IndexSearcher s, ScoreDoc[] hits) throws IOException {
        String[] ids = dev.redcarpet.index.ArticleIds.of(s.getIndexReader(), hits); // doc values, not stored fields
        // each hit beside its article id: no map of boxed document numbers looked up twice per comparison (up to 1,000 looks)
        Hit[] byArticle = new Hit[hits.length];
        for (int i = 0; i < hits.length; i++) byArticle[i] = new Hit(hits[i], String.valueOf(ids[i]));
        java.util.Arrays.sort(byArticle, HIT_ORDER);
        ScoreDoc[] out = new ScoreDoc[hits.length];
        for (int i = 0; i < out.length; i++) out[i] = byArticle[i].hit();
        return out;
    }

    private record Hit(ScoreDoc hit, String article) {
    }

    private static final Comparator<Hit> HIT_ORDER = Comparator.comparingDouble((Hit h) -> -h.hit().score)
            .thenComparing(Hit::article).thenComparingInt(h -> h.hit().doc);

    /** The document numbers of hits, in order. */
    private static int[] docs(ScoreDoc[] hits) {
        int[] out = new int[hits.length];
        for (int i = 0; i < hits.length; i++) out[i] = hits[i].doc;
        return out;
    }

    private void cite(IndexSearcher s, Map<String, IndexedArticle> cited, String id) throws IOException {
        if (id == null || cited.containsKey(id)) return;
        IndexedArticle a = article(s, id);
        if (a != null) cited.put(id, a);
    }

    /**
     * An article's metadata in the view the question reads, or null. From the index's catalogue of the view: a
     * search and a stored document per article missed before (decompressing its block) was a sixth of a
     * question's allocation at 100,000 articles, and the articles cited kept piling up in a cache of their own.
     */
    IndexedArticle article(IndexSearcher s, String id) throws IOException {
        return index.articlesById(s.getIndexReader()).get(id);
    }

    private List<Quote> quotes(IndexSearcher s, Question q, List<Evidence.ArticleHit> articles) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(KIND, KIND_QUOTE)), BooleanClause.Occur.FILTER);
        Query t = textQuery(TEXT, q);
        if (t != null) b.add(t, BooleanClause.Occur.SHOULD);
        // "what did Gigi's stylist say": the person is who the quote is about, not who said it
        boolean aboutSomeoneElse = q.aboutCompanion();
        for (String name : q.people()) {
            if (!aboutSomeoneElse) b.add(new BoostQuery(new TermQuery(new Term(SPEAKER, personKey(name))), 4f), BooleanClause.Occur.SHOULD);
        }
        for (int i = 0; i < Math.min(3, articles.size()); i++) {
            b.add(new BoostQuery(new TermQuery(new Term(ARTICLE, articles.get(i).article().id())), 3f - i), BooleanClause.Occur.SHOULD);
        }
        addEntityBoosts(b, q);
        b.setMinimumNumberShouldMatch(1);
        return Records.quotes(s.getIndexReader(), docs(ordered(s, b.build(), 12)));
    }

    private List<Look> looks(IndexSearcher s, Question q) throws IOException {
        // "who wore Versace to the Oscars": every look recorded at the event, for a list across articles
        if (q.intent() == Intent.WHO && q.eventId() != null && q.eventCount() == 1) return looksAt(s, q.eventId(), q.year());
        // "who wore Gaurav Gupta?" at no event named: the looks anywhere whose record holds the asked words
        if (q.intent() == Intent.WHO && q.eventId() == null && q.people().isEmpty()) return looksWith(s, q);
        if (q.people().isEmpty()) return List.of();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(KIND, KIND_LOOK)), BooleanClause.Occur.FILTER);
        BooleanQuery.Builder who = new BooleanQuery.Builder();
        for (String name : q.people()) who.add(new TermQuery(new Term(PERSON, personKey(name))), BooleanClause.Occur.SHOULD);
        b.add(who.build(), BooleanClause.Occur.FILTER);
        if (q.eventId() != null && q.eventCount() == 1) b.add(new TermQuery(new Term(EVENT + "_look", q.eventId())), BooleanClause.Occur.FILTER);
        List<Look> out = new ArrayList<>(Records.looks(s.getIndexReader(), docs(orderedFilter(s, b.build(), 50))));
        if (q.year() != null) out.removeIf(l -> l.edition() != null && l.edition().year() != q.year());
        return out;
    }

    /** Looks whose values and evidence hold the question's words, best match first (of the asked year only, when one is asked). */
    private List<Look> looksWith(IndexSearcher s, Question q) throws IOException {
        if (q.terms().isEmpty()) return List.of();
        String words = String.join(" ", q.terms());
        Query t = text.createBooleanQuery(LOOK_TEXT, words.length() > QuestionParser.MAX_CHARS ? words.substring(0, QuestionParser.MAX_CHARS) : words,
                BooleanClause.Occur.SHOULD);
        if (t == null) return List.of();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(KIND, KIND_LOOK)), BooleanClause.Occur.FILTER);
        b.add(t, BooleanClause.Occur.MUST);
        if (q.year() != null) b.add(new TermQuery(new Term(YEAR_LOOK_KEY, q.year().toString())), BooleanClause.Occur.FILTER);
        return new ArrayList<>(Records.looks(s.getIndexReader(), docs(ordered(s, b.build(), LOOKS_ANYWHERE))));
    }

    /** The most looks a list across every event reads. */
    private static final int LOOKS_ANYWHERE = 200;

    /** A person's quotes, best match to the topic first (newest articles first when there is no topic). */
    public List<Quote> quotesBy(String person, String topic, int max) {
        return index.withSearcher(s -> {
            try {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                b.add(new TermQuery(new Term(KIND, KIND_QUOTE)), BooleanClause.Occur.FILTER);
                b.add(new TermQuery(new Term(SPEAKER, personKey(person))), BooleanClause.Occur.FILTER);
                if (topic != null && !topic.isBlank()) {
                    // a topic is a few words; a pasted essay would exceed Lucene's clause limit
                    String words = topic.length() > QuestionParser.MAX_CHARS ? topic.substring(0, QuestionParser.MAX_CHARS) : topic;
                    Query t = text.createBooleanQuery(TEXT, words, BooleanClause.Occur.SHOULD);
                    if (t != null) b.add(t, BooleanClause.Occur.SHOULD);
                }
                return new ArrayList<>(Records.quotes(s.getIndexReader(), docs(ordered(s, b.build(), max))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every look recorded at one event edition (all years when year is null). */
    public List<Look> looksAt(String eventId, Integer year) {
        return index.withSearcher(s -> {
            try {
                return looksAt(s, eventId, year);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<Look> looksAt(IndexSearcher s, String eventId, Integer year) throws IOException {
        {
            {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                b.add(new TermQuery(new Term(KIND, KIND_LOOK)), BooleanClause.Occur.FILTER);
                b.add(new TermQuery(new Term(EVENT + "_look", eventId)), BooleanClause.Occur.FILTER);
                // the edition's year filtered in the index: an event's other years are never loaded
                if (year != null) b.add(new TermQuery(new Term(YEAR_LOOK_KEY, year.toString())), BooleanClause.Occur.FILTER);
                List<Look> out = new ArrayList<>();
                for (Look l : Records.looks(s.getIndexReader(), docs(orderedFilter(s, b.build(), 1000)))) {
                    if (year == null || (l.edition() != null && l.edition().year() == year)) out.add(l);
                }
                return out;
            }
        }
    }

    /** Every look of one person, from all articles. */
    public List<Look> looksOf(String person) {
        Question q = new Question(person, "", Intent.LOOK, List.of(person), List.of(), null, null, 0, null, List.of());
        return index.withSearcher(s -> {
            try {
                return looks(s, q);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Whether any passage names this person in an article about this event (and year, when given):
     * read from the text itself, so it holds even where people detection missed a mention.
     */
    public boolean covers(String person, String eventId, Integer year) {
        return index.withSearcher(s -> {
            try {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                b.add(new TermQuery(new Term(KIND, KIND_PASSAGE)), BooleanClause.Occur.FILTER);
                if (person != null) {
                    BooleanQuery.Builder who = new BooleanQuery.Builder();
                    who.add(new TermQuery(new Term(PEOPLE, personKey(person))), BooleanClause.Occur.SHOULD);
                    who.add(nameInText(person), BooleanClause.Occur.SHOULD);
                    b.add(who.build(), BooleanClause.Occur.FILTER);
                }
                if (eventId != null) b.add(new TermQuery(new Term(EVENT, eventId)), BooleanClause.Occur.FILTER);
                if (year != null && person != null) {
                    // the article's own edition, or a passage that names the year (an article recalling an earlier look)
                    BooleanQuery.Builder when = new BooleanQuery.Builder();
                    when.add(new TermQuery(new Term(YEAR + "_key", year.toString())), BooleanClause.Occur.SHOULD);
                    when.add(new TermQuery(new Term(NAMES, year.toString())), BooleanClause.Occur.SHOULD);
                    b.add(when.build(), BooleanClause.Occur.FILTER);
                } else if (year != null) {
                    b.add(new TermQuery(new Term(YEAR + "_key", year.toString())), BooleanClause.Occur.FILTER);
                }
                return dev.redcarpet.index.TopHits.any(s, b.build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Whether some article (at the event and year, when given) has the person in this role (subject, mentioned, designer, other). */
    public boolean hasRole(String person, String role, String eventId, Integer year) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(KIND, KIND_ARTICLE)), BooleanClause.Occur.FILTER);
        b.add(new TermQuery(new Term(ROLE, roleKey(role, person))), BooleanClause.Occur.FILTER);
        atEdition(b, eventId, year);
        return any(b.build());
    }

    /**
     * Passages at an event (and year) whose recorded subject is the person: their own look or story there; an
     * article of the event whose year could not be told may be of that year, so it counts too.
     */
    public boolean isSubjectAt(String person, String eventId, Integer year) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(KIND, KIND_PASSAGE)), BooleanClause.Occur.FILTER);
        b.add(new TermQuery(new Term(SUBJECT, personKey(person))), BooleanClause.Occur.FILTER);
        atEdition(b, eventId, year, true);
        return any(b.build());
    }

    /** Passages of articles at an event (and year) that name the person in their text, with their article. */
    public List<Mention> mentionsAt(String person, String eventId, Integer year, int max) {
        return index.withSearcher(s -> {
            try {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                b.add(new TermQuery(new Term(KIND, KIND_PASSAGE)), BooleanClause.Occur.FILTER);
                b.add(nameInText(person), BooleanClause.Occur.FILTER);
                atEdition(b, eventId, year);
                List<Mention> out = new ArrayList<>();
                for (Records.PassageRecord p : Records.passages(s.getIndexReader(), docs(ordered(s, b.build(), max)))) {
                    IndexedArticle a = article(s, p.articleId());
                    if (a != null) out.add(new Mention(a, p.text()));
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A person's name as written in passage text: a phrase of its folded words. */
    private static Query nameInText(String person) {
        String[] tokens = dev.redcarpet.index.Keys.fold(person).split(" ");
        return tokens.length > 1 ? new PhraseQuery(NAMES, tokens) : new TermQuery(new Term(NAMES, tokens[0]));
    }

    /** Filters to articles of the event and year, each when given. */
    private static void atEdition(BooleanQuery.Builder b, String eventId, Integer year) {
        atEdition(b, eventId, year, false);
    }

    /** The same; with {@code orUndated}, an article of the event whose year could not be told passes the year too. */
    private static void atEdition(BooleanQuery.Builder b, String eventId, Integer year, boolean orUndated) {
        if (eventId != null) b.add(new TermQuery(new Term(EVENT, eventId)), BooleanClause.Occur.FILTER);
        if (year == null) return;
        Query exact = new TermQuery(new Term(YEAR + "_key", year.toString()));
        if (!orUndated) {
            b.add(exact, BooleanClause.Occur.FILTER);
            return;
        }
        BooleanQuery.Builder when = new BooleanQuery.Builder();
        when.add(exact, BooleanClause.Occur.SHOULD);
        when.add(new TermQuery(new Term(YEAR + "_key", dev.redcarpet.index.IndexSchema.UNKNOWN_YEAR)), BooleanClause.Occur.SHOULD);
        b.add(when.build(), BooleanClause.Occur.FILTER);
    }

    /** Whether any document matches. */
    private boolean any(Query q) {
        return index.withSearcher(s -> {
            try {
                return dev.redcarpet.index.TopHits.any(s, q);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A passage that names someone, and its article. */
    public record Mention(IndexedArticle article, String text) {
    }

    /** A passage's text and the article it belongs to. */
    public record PassageText(String articleId, String text) {
    }

    /** Passages that name a person, for checks the index cannot answer alone. */
    public List<PassageText> passagesNaming(String person, int max) {
        return index.withSearcher(s -> {
            try {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                b.add(new TermQuery(new Term(KIND, KIND_PASSAGE)), BooleanClause.Occur.FILTER);
                b.add(nameInText(person), BooleanClause.Occur.FILTER);
                List<PassageText> out = new ArrayList<>();
                for (Records.PassageRecord p : Records.passages(s.getIndexReader(), docs(ordered(s, b.build(), max)))) {
                    out.add(new PassageText(p.articleId(), p.text()));
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Passages holding the asked detail put among an article's first passages, beside its best match. */
    private static final int DETAIL_PASSAGES = 2;
    private static final java.util.Set<Intent> DETAIL_TYPES = java.util.EnumSet.of(Intent.STYLIST, Intent.BEAUTY, Intent.ACCESSORY);
    private static final java.util.Set<Intent> LOOK_TYPES = java.util.EnumSet.of(Intent.LOOK, Intent.DESIGNER);

    /** Every passage of an article, in order. */
    public List<String> passagesOf(String articleId) {
        return index.withSearcher(s -> {
            try {
                return passages(s, articleId).stream().map(Evidence.PassageHit::text).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every passage of an article with its subjects, in order (score 0): for reading an article's own sections. */
    public List<Evidence.PassageHit> passageHitsOf(String articleId) {
        return index.withSearcher(s -> {
            try {
                return passages(s, articleId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every passage of an article with its ordinal and subjects, in order (score 0). */
    private static List<Evidence.PassageHit> passages(IndexSearcher s, String articleId) throws IOException {
        {
            {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                b.add(new TermQuery(new Term(KIND, KIND_PASSAGE)), BooleanClause.Occur.FILTER);
                b.add(new TermQuery(new Term(ARTICLE, articleId)), BooleanClause.Occur.FILTER);
                List<Evidence.PassageHit> out = new ArrayList<>();
                for (Records.PassageRecord p : Records.passages(s.getIndexReader(), dev.redcarpet.index.TopHits.firstInOrder(s, b.build(), 2000))) {
                    out.add(new Evidence.PassageHit(p.ordinal(), p.text(), 0, p.subjects()));
                }
                out.sort(Comparator.comparingInt(Evidence.PassageHit::ordinal));
                return out;
            }
        }
    }

    /** Whether any passage names a person, by the text itself: {@code !articlesNaming(person, 1).isEmpty()}, stopping at the first. */
    public boolean namedAnywhere(String person) {
        return index.withSearcher(s -> {
            try {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                b.add(new TermQuery(new Term(KIND, KIND_PASSAGE)), BooleanClause.Occur.FILTER);
                b.add(nameInText(person), BooleanClause.Occur.FILTER);
                return dev.redcarpet.index.TopHits.any(s, b.build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Ids of articles with a passage that names a person, by the text itself. */
    public java.util.Set<String> articlesNaming(String person, int max) {
        return index.withSearcher(s -> {
            try {
                String[] tokens = dev.redcarpet.index.Keys.fold(person).split(" ");
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                b.add(new TermQuery(new Term(KIND, KIND_PASSAGE)), BooleanClause.Occur.FILTER);
                b.add(tokens.length > 1 ? new PhraseQuery(NAMES, tokens) : new TermQuery(new Term(NAMES, tokens[0])), BooleanClause.Occur.FILTER);
                // the article of each hit from doc values: no passage text is read
                return new java.util.LinkedHashSet<>(List.of(dev.redcarpet.index.ArticleIds.of(s.getIndexReader(), ordered(s, b.build(), max))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Whether a folded word occurs anywhere in the corpus text. */
    public boolean knownWord(String word) {
        return passagesWith(word) > 0;
    }

    /** How many passages (and quotes' speakers) of the corpus hold a folded word. */
    public int passagesWith(String word) {
        return index.withSearcher(s -> {
            try {
                return s.getIndexReader().docFreq(new Term(NAMES, word));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Document frequencies of text terms by index view: answer selection weighs the words of every sentence it
     * reads, and each look-up seeks the term in every segment. Dropped with the view; bounded.
     */
    private final Map<Object, Map<String, Integer>> docFreqs = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static final int DOC_FREQS_PER_VIEW = 100_000;

    /** Inverse document frequency of an analysed term of the text field, for sentence scoring. */
    public Map<String, Double> weights(List<String> stems) {
        return index.withSearcher(s -> {
            try {
                Map<String, Double> out = new LinkedHashMap<>();
                org.apache.lucene.index.IndexReader reader = s.getIndexReader();
                int n = Math.max(1, reader.numDocs());
                org.apache.lucene.index.IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
                Map<String, Integer> known = helper == null ? null
                        : docFreqs.computeIfAbsent(helper.getKey(), k -> new java.util.concurrent.ConcurrentHashMap<>());
                for (String stem : stems) {
                    Integer df = known == null ? null : known.get(stem);
                    if (df == null) {
                        df = reader.docFreq(new Term(TEXT, stem));
                        if (known != null) {
                            if (known.size() >= DOC_FREQS_PER_VIEW) known.clear(); // start over rather than grow without bound
                            known.put(stem, df);
                        }
                    }
                    out.put(stem, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
