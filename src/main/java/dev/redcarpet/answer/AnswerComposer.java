package dev.redcarpet.answer;

import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.analysis.structure.Sentence;
import dev.redcarpet.analysis.structure.SentenceSplitter;
import dev.redcarpet.index.IndexedArticle;
import dev.redcarpet.index.Keys;
import dev.redcarpet.search.stages.SubjectOf;
import dev.redcarpet.search.Evidence;
import dev.redcarpet.search.Intent;
import dev.redcarpet.search.Place;
import dev.redcarpet.search.Question;
import org.apache.lucene.analysis.Analyzer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns evidence into an answer: a short answer from the best sentences (scored against the
 * question, with diversity), the relevant quotes, a look card when the question is about a look,
 * and numbered sources. Every sentence and quote is copied verbatim from its article.
 */
public final class AnswerComposer {
    /** Runs of white space, compiled once (String.split compiled it per quote). */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private static final int MAX_SENTENCES = 3;
    /** Matched passages of an article that sentences are chosen from. */
    private static final int PASSAGES_READ = 5;
    /** Weight kept by a sentence that does not name the person asked about. */
    private static final double ABOUT_OTHERS = 0.3;
    private static final int ANSWER_CHARS = 520;
    /** A sentence holding what was asked is kept down to this share of the best sentence's score. */
    private static final double HOLDS_SHARE = 0.2;
    /** A sentence added for words of a many-part question still unanswered must hold at least this much of them (idf). */
    private static final double COVER_GAIN = 2.0;
    private static final int QUOTE_CHARS = 280;
    private static final int MAX_SOURCES = 5;
    private static final Pattern WEAR = Pattern.compile("\\b(wore|wear|wearing|worn|dressed|donned|gown|dress|look|outfit|custom|designed|by|in a|stepped out|arrived)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern THEME = Pattern.compile("\\b(theme|dress code|exhibition)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRONOUN_START = Pattern.compile("^(She|He|They|Her|His|Their|It|The star|The actress|The actor|The singer)\\b");
    private static final Pattern HOSTS = Pattern.compile("\\b(host|hosts|hosted|co-chair|co-chairs|co-chaired|livestream|emcee|interview)", Pattern.CASE_INSENSITIVE);

    private final Analyzer textAnalyzer;
    private final Analyzer queryAnalyzer;
    private final Function<List<String>, Map<String, Double>> idf;
    private final dev.redcarpet.search.AskedDetail asked;

    /** @param idf rarity weights of analysed question terms */
    public AnswerComposer(Analyzer textAnalyzer, Analyzer queryAnalyzer, Function<List<String>, Map<String, Double>> idf) {
        this(textAnalyzer, queryAnalyzer, idf, new dev.redcarpet.search.AskedDetail(null, dev.redcarpet.config.Config.Ranking.DEFAULT.sentenceType()));
    }

    /** @param asked whether a sentence holds what the question asks for, and what that adds to its score */
    public AnswerComposer(Analyzer textAnalyzer, Analyzer queryAnalyzer, Function<List<String>, Map<String, Double>> idf,
                          dev.redcarpet.search.AskedDetail asked) {
        this.textAnalyzer = textAnalyzer;
        this.queryAnalyzer = queryAnalyzer;
        this.idf = idf;
        this.asked = asked;
    }

    public Answer compose(Evidence ev) {
        return compose(ev, null);
    }

    /**
     * @param facts what the catalogue records of the asked edition, to open the answer with, or null
     */
    public Answer compose(Evidence ev, EventFacts facts) {
        Question q = ev.question();
        if (ev.isEmpty()) return Answer.declined(q.raw(), Decline.of(Decline.Reason.NOT_FOUND));
        // the re-ranker already weighed person, event and year: its order stands
        if (q.intent() == Intent.WHO) {
            Answer list = ListComposer.compose(ev);
            if (list != null) return list;
        }
        List<Evidence.ArticleHit> ranked = ev.articles();
        double top = ranked.get(0).score();
        List<Evidence.ArticleHit> used = new ArrayList<>();
        for (Evidence.ArticleHit h : ranked) {
            if (used.size() < MAX_SOURCES && (used.isEmpty() || h.score() >= 0.3 * top)) used.add(h);
        }
        Integer focusYear = q.year() != null ? q.year() : used.get(0).article().year();
        String focusEvent = used.get(0).article().eventId() != null ? used.get(0).article().eventId() : q.eventId();

        List<Scored> sentences = pickSentences(q, used, focusEvent, focusYear, designersOf(ev.looks(), q.person()));
        List<LookCard> cards = cards(q, ev.looks(), focusEvent, focusYear);
        Map<String, Integer> articleRank = new LinkedHashMap<>();
        for (Evidence.ArticleHit h : used) articleRank.putIfAbsent(h.article().id(), articleRank.size());
        List<Quote> found = withPassages(ev);
        List<CitedQuote> quotes = pickQuotes(q, found, ev.cited(), articleRank, focusEvent, focusYear);
        boolean quoteLead = q.intent() == Intent.QUOTE && !quotes.isEmpty() && strongLead(q, found, ev.cited(), articleRank, focusEvent, focusYear);

        // Sources: the article the answer opens with first, then the rest in rank order, then quotes' and cards'.
        LinkedHashSet<String> order = new LinkedHashSet<>();
        if (quoteLead) order.add(quotes.get(0).sourceId());
        // what the reply shows is cited, and only that: the top article, the sentences', the quotes' and the card's
        // (an article it does not quote would put another look's headline under the answer)
        order.add(used.get(0).article().id());
        for (Scored sc : sentences) order.add(sc.articleId());
        for (CitedQuote cq : quotes) order.add(cq.sourceId());
        if (!cards.isEmpty()) for (CardLine l : cards.get(0).lines()) order.addAll(l.sourceIds());
        List<Source> sources = new ArrayList<>();
        for (String id : order) {
            IndexedArticle a = ev.cited().get(id);
            if (a != null) sources.add(new Source(a.id(), a.title(), a.date(), a.url(), a.path()));
        }

        String focusLabel = used.get(0).article().editionLabel();
        Lead lead = lead(q, cards, quoteLead ? quotes : List.of(), focusLabel, sentences, ev.cited(), focusEvent, focusYear);
        List<Cited> support = new ArrayList<>();
        for (Scored s : sentences) support.add(new Cited(s.text, s.articleId()));
        if (lead == null) {
            // no structured fact answers it: the sentence that holds what was asked opens the answer
            LeadSentence.Choice choice = LeadSentence.pick(q, support, asked);
            if (choice != null) {
                lead = choice.lead();
                if (choice.rest() != null) support.set(choice.index(), choice.rest());
                else support.remove(choice.index());
            }
        }
        // a quote of a few words opens the answer with the sentence around it when that sentence says what it was about
        if (lead instanceof Lead.Said said && said.sentence() == null) {
            String sentence = holdingSentence(said.quote(), found);
            if (sentence != null) lead = new Lead.Said(said.quote(), said.edition(), new Cited(sentence, said.quote().sourceId()));
        }
        // the quote that opens the answer is not shown again, whole or in part, inside a supporting sentence
        // (a sentence cut inside a longer quote holds only a piece of it)
        if (lead instanceof Lead.Said said) {
            String shown = said.sentence() == null ? null : Wording.plain(said.sentence().text());
            support.removeIf(c -> holdsAQuote(c.text(), said.quote()) || (shown != null && shown.contains(Wording.plain(c.text()))));
        }
        if (lead == null && support.isEmpty() && facts == null) {
            support.add(new Cited(used.get(0).passages().get(0).text(), used.get(0).article().id()));
        }
        OtherEditions others = otherEditions(q, ranked, focusEvent, focusYear, cards);
        return Answer.of(q.raw(), lead, support, quotes, cards.isEmpty() ? List.of() : List.of(cards.get(0)), sources)
                .withFacts(facts).withOthers(others);
    }

    /** Whether a sentence opens with one of the article's people other than the given person: they are its subject. */
    private static boolean namesSomeoneElse(IndexedArticle a, String person, String sentence) {
        String head = Keys.fold(sentence.length() > 60 ? sentence.substring(0, 60) : sentence);
        String[] words = head.split(" ");
        String opening = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(4, words.length)));
        for (String other : a.people()) {
            if (other.equalsIgnoreCase(person) || SubjectOf.mentions(person, other)) continue;
            // "Styled by Kate Young, she…": someone named after "by" made or styled the look; the sentence is not theirs
            if (SubjectOf.mentions(other, opening) && !(" " + opening).contains(" by " + Keys.fold(other))) return true;
        }
        return false;
    }

    /** Sentences a run about someone may go on for after it last names them ("…," she said. She worked with…). */
    private static final int RUN = 3;

    /**
     * Whether sentence k goes on about the person: an earlier sentence of the passage names them, and none of the
     * sentences since names anyone else of the article.
     */
    private static boolean continues(IndexedArticle a, String person, List<Sentence> split, int k) {
        for (int j = k - 1; j >= 0 && j >= k - RUN; j--) {
            String text = split.get(j).text();
            if (SubjectOf.mentions(person, text)) return true;
            if (namesSomeoneElse(a, person, text)) return false;
        }
        return false;
    }

    /**
     * A story about one person: its title names them and no other guest the article is about. A title naming
     * several guests ("Zendaya, Dua Lipa and Cher stun…") heads a roundup, where each has their own passages; a
     * designer or a character in the title ("Zendaya in John Galliano's Margiela") is not another guest.
     */
    static boolean storyOf(Evidence.ArticleHit h, String person) {
        IndexedArticle a = h.article();
        if (person == null || !SubjectOf.mentions(person, a.title())) return false;
        // another guest the title names who has a passage of their own (a character or a designer named in passing has none)
        for (Evidence.PassageHit p : h.passages()) {
            if (!SubjectOf.isSomeoneElses(person, p.subjects())) continue;
            for (String other : p.subjects()) if (SubjectOf.mentions(other, a.title())) return false;
        }
        return true;
    }

    private static boolean names(IndexedArticle a, String person) {
        return person == null || a.people().stream().anyMatch(p -> p.equalsIgnoreCase(person));
    }

    private static boolean matches(IndexedArticle a, String eventId, Integer year) {
        // an article whose year could not be told may be of any edition of its event
        return (eventId == null || eventId.equals(a.eventId())) && (year == null || a.year() == null || year.equals(a.year()));
    }

    /** Questions about a person's own look: another guest's passage never answers them. */
    private static final Set<Intent> LOOK_TYPES = java.util.EnumSet.of(Intent.LOOK, Intent.DESIGNER, Intent.STYLIST,
            Intent.BEAUTY, Intent.ACCESSORY, Intent.YESNO, Intent.COMPARE);

    /** @param holds whether the sentence holds what the question asks for (a garment or house for a look…) */
    private record Scored(String text, String articleId, double score, Set<String> stems, boolean onFocus, boolean holds) {
    }

    /** The designers the asked person's looks record (folded); empty when none is known. */
    private static Set<String> designersOf(List<Look> looks, String person) {
        Set<String> out = new HashSet<>();
        if (person == null) return out;
        for (Look l : looks) {
            if (!l.person().equalsIgnoreCase(person)) continue;
            for (var f : l.fields("designer")) out.add(Keys.fold(f.value()));
        }
        return out;
    }

    /** Whether a passage is only a heading naming the person: a short line of their name, no sentence. */
    private static boolean headingOf(String person, String text) {
        if (person == null || text == null) return false;
        String t = text.strip();
        return t.length() <= person.length() + 12 && !t.contains("\n") && !t.matches(".*[.!?]$") && SubjectOf.mentions(person, t);
    }

    /** Whether a sentence names one of the article's other people anywhere in it. */
    private static boolean namesAnother(IndexedArticle a, String person, String sentence) {
        for (String other : a.people()) {
            if (other.equalsIgnoreCase(person) || SubjectOf.mentions(person, other)) continue;
            if (SubjectOf.mentions(other, sentence)) return true;
        }
        return false;
    }

    /**
     * Whether a sentence about a look holds a designer that is someone else's: it names another guest of the
     * article and a house the asked person's looks do not record ("X appeared in Louis Vuitton, while she wore…").
     */
    private boolean othersDesigner(IndexedArticle a, String person, String sentence, Set<String> theirs) {
        if (theirs.isEmpty()) return false;
        Set<String> houses = asked.designers(sentence);
        if (houses.isEmpty()) return false;
        // the other person must be a guest, not the designer the sentence names ("signed by Jane Doe")
        boolean another = false;
        for (String other : a.people()) {
            if (other.equalsIgnoreCase(person) || SubjectOf.mentions(person, other)) continue;
            String folded = Keys.fold(other);
            if (houses.stream().anyMatch(h -> h.contains(folded) || folded.contains(h))) continue;
            if (SubjectOf.mentions(other, sentence)) another = true;
        }
        if (!another) return false;
        for (String d : houses) {
            boolean hers = theirs.stream().anyMatch(t -> t.contains(d) || d.contains(t));
            if (!hers) return true;
        }
        return false;
    }

    private List<Scored> pickSentences(Question q, List<Evidence.ArticleHit> used, String focusEvent, Integer focusYear, Set<String> theirs) {
        Set<String> qStems = new LinkedHashSet<>(Stems.of(queryAnalyzer, String.join(" ", q.terms())));
        Set<String> nameTokens = new HashSet<>();
        for (String p : q.people()) nameTokens.addAll(List.of(Keys.fold(p).split(" ")));
        // the asked person's name says whom a sentence is about (scored below), not what it says: a word of a
        // nickname left among the terms ("t-swift") must not make every sentence naming her the answer
        for (String p : q.people()) qStems.removeAll(Stems.of(textAnalyzer, p));
        Map<String, Double> weights = idf.apply(new ArrayList<>(qStems));
        List<Scored> candidates = new ArrayList<>();
        boolean wherePlace = Place.asked(q.folded());
        dev.redcarpet.search.Measure measure = q.intent() == Intent.FACT ? dev.redcarpet.search.Measure.askedIn(q.folded()) : null;
        // "where did it take place?": "place" is how the question asks, not what a sentence should say
        if (wherePlace) qStems.removeAll(Stems.of(queryAnalyzer, Place.FRAME_WORDS));
        for (int rank = 0; rank < used.size() && rank < 4; rank++) {
            Evidence.ArticleHit h = used.get(rank);
            // an article whose edition is unknown is not another edition: it may well be this one
            boolean onFocus = h.article().eventId() == null || matches(h.article(), focusEvent, focusYear);
            List<Evidence.PassageHit> passages = h.passages();
            boolean theirStory = storyOf(h, q.person());
            // a heading that is the person's name ("Jane Doe" above her section): the passage after it is theirs
            Set<Integer> underTheirHeading = new HashSet<>();
            for (Evidence.PassageHit ph : passages) if (headingOf(q.person(), ph.text())) underTheirHeading.add(ph.ordinal() + 1);
            for (int p = 0; p < passages.size() && p < PASSAGES_READ; p++) {
                List<String> subjects = underTheirHeading.contains(passages.get(p).ordinal()) ? List.of(q.person()) : passages.get(p).subjects();
                // a passage the index records as someone else's: only its sentences that name the person asked are evidence
                // (for what they wore: a quote or a fact may sit in a passage about their designer; and not in
                // their own story, where a passage on their look may go on by an epithet analysis does not resolve)
                boolean othersPassage = LOOK_TYPES.contains(q.intent()) && !theirStory
                        && SubjectOf.isSomeoneElses(q.person(), subjects);
                if (othersPassage && !SubjectOf.mentions(q.person(), passages.get(p).text())) continue;
                boolean theirPassage = SubjectOf.isOnlyAbout(q.person(), subjects);
                List<Sentence> split = SentenceSplitter.split(passages.get(p).ordinal(), passages.get(p).text());
                for (int k = 0; k < split.size(); k++) {
                    String text = withoutTitle(split.get(k).text(), h.article().title());
                    if (text.length() < 25) continue;
                    // a headline or a question the article asks its readers answers nothing
                    if (Keys.fold(text).equals(Keys.fold(h.article().title())) || (text.endsWith("?") && !text.contains("\u201C") && !text.contains("\""))) continue;
                    // "She closed his show…" means nothing alone: keep the sentence that says who she is
                    if (k > 0 && PRONOUN_START.matcher(text).find()) text = split.get(k - 1).text() + " " + text;
                    Set<String> stems = Stems.of(textAnalyzer, text);
                    double score = 0;
                    for (String st : qStems) if (stems.contains(st)) score += weights.getOrDefault(st, 1.0);
                    String folded = " " + Keys.fold(text) + " ";
                    // a story about one person (named in its title) is about them in every sentence
                    boolean about = q.person() != null && !othersPassage && (theirPassage || theirStory);
                    for (String t : nameTokens) if (folded.contains(" " + t + " ")) { about = true; break; }
                    if (othersPassage && !about && !continues(h.article(), q.person(), split, k)) continue;
                    // never a sentence whose subject is someone else: another guest of the article named, the asked person not
                    if (!about && q.person() != null && namesSomeoneElse(h.article(), q.person(), text)) continue;
                    // in a roundup, a sentence that does not name them continues one that does, or is someone else's ("The rapper wore…")
                    if (!about && q.person() != null && !continues(h.article(), q.person(), split, k)) continue;
                    // never another guest's designer beside the person's own look
                    if ((q.intent() == Intent.LOOK || q.intent() == Intent.DESIGNER) && othersDesigner(h.article(), q.person(), text, theirs)) continue;
                    if (about) score += 1.5;
                    // evidence about the person asked only: a sentence that never names them is someone else's
                    else if (q.person() != null) score *= ABOUT_OTHERS;
                    double bonus = intentBonus(q, text);
                    // "who styled her?": a sentence that names a stylist answers it; one that only says "styling" does not
                    if (q.intent() == Intent.STYLIST && stylist(text, q.person()) != null) bonus += asked.weight();
                    score += bonus;
                    if (wherePlace) score += Place.told(text);
                    score += rank == 0 ? 0.6 : rank == 1 ? 0.3 : 0;
                    score += p == 0 ? 0.3 : 0;
                    if (!onFocus) score *= 0.5;
                    if (!names(h.article(), q.person())) score *= 0.6;   // an article that never names the person asked about
                    if (text.length() > 400) score *= 0.7;
                    // "how long did it take?": only a sentence with a figure of that kind answers; the rest is context
                    if (measure != null && !measure.givenIn(text)) score *= 0.5;
                    candidates.add(new Scored(text, h.article().id(), score, stems, onFocus, bonus > 0));
                }
            }
        }
        // Never mix in another edition's sentences when the edition in focus has any: fans asked about one look.
        if (candidates.stream().anyMatch(Scored::onFocus)) candidates.removeIf(c -> !c.onFocus());
        candidates.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Scored> picked = new ArrayList<>();
        int chars = 0;
        double best = candidates.isEmpty() ? 0 : candidates.get(0).score;
        // A question in several parts ("who designed it, and did it have a name?"): the best sentence for each part first.
        for (Set<String> part : parts(q)) {
            Scored top = null;
            double topScore = 0;
            for (Scored c : candidates) {
                double s = 0;
                for (String st : part) if (c.stems.contains(st)) s += weights.getOrDefault(st, 1.0);
                if (part.contains(WHERE)) s += Place.told(c.text);
                if (s > topScore) {
                    topScore = s;
                    top = c;
                }
            }
            if (top != null && !picked.contains(top) && picked.size() < MAX_SENTENCES && chars + top.text.length() <= ANSWER_CHARS) {
                picked.add(top);
                chars += top.text.length();
            }
        }
        // ...then, while a word of the question is still unanswered ("Ripley's" when the best sentence for the
        // part told the dress's first price), the sentence that holds the most of what is left
        if (!picked.isEmpty() && !parts(q).isEmpty()) {
            Set<String> open = new HashSet<>(qStems);
            for (Scored p : picked) open.removeAll(p.stems);
            while (picked.size() < MAX_SENTENCES && !open.isEmpty()) {
                Scored next = null;
                double gain = 0;
                for (Scored c : candidates) {
                    if (picked.contains(c) || chars + c.text.length() > ANSWER_CHARS || c.score < 0.2 * best) continue;
                    double g = 0;
                    for (String st : open) if (c.stems.contains(st)) g += weights.getOrDefault(st, 1.0);
                    if (g > gain) {
                        gain = g;
                        next = c;
                    }
                }
                if (next == null || gain < COVER_GAIN) break;
                picked.add(next);
                chars += next.text.length();
                open.removeAll(next.stems);
            }
        }
        for (Scored c : candidates) {
            if (picked.contains(c)) continue;
            if (picked.size() >= MAX_SENTENCES) break;
            // a sentence that holds what was asked (the look's house and garments) is kept further down than one that only shares words
            if (c.score < (c.holds ? HOLDS_SHARE : 0.35) * best) continue;
            if (chars > 0 && chars + c.text.length() > ANSWER_CHARS) continue;
            boolean repeats = false;
            for (Scored p : picked) if (overlap(p.stems, c.stems) > 0.5) repeats = true;
            if (repeats) continue;
            picked.add(c);
            chars += c.text.length();
        }
        picked.sort(Comparator.comparingDouble(Scored::score).reversed());
        return picked;
    }

    /** A headline glued to the first sentence ("…for the Met Gala Kim Kardashian and…") is dropped from it. */
    private static String withoutTitle(String sentence, String title) {
        if (title == null || title.length() < 15 || !sentence.startsWith(title)) return sentence;
        return sentence.substring(title.length()).strip();
    }

    private static final Pattern PART_BREAK = Pattern.compile(",\\s*(and|or|but)\\s+|\\?\\s+|;\\s*|\\s+\\+\\s+|\\s+and\\s+(did|does|was|is|who|what|how|why|where|when)\\s+", Pattern.CASE_INSENSITIVE);

    /** The analysed terms of each part of a question asked in several parts; empty for a one-part question. */
    private List<Set<String>> parts(Question q) {
        String[] pieces = PART_BREAK.split(q.raw());
        if (pieces.length < 2) return List.of();
        Set<String> names = new HashSet<>();
        for (String p : q.people()) names.addAll(Stems.of(textAnalyzer, p));
        List<Set<String>> out = new ArrayList<>();
        for (String piece : pieces) {
            Set<String> stems = new java.util.LinkedHashSet<>(Stems.of(queryAnalyzer, piece));
            stems.removeAll(names);
            // "…, and where?": a part that is only the question word asks for the place
            if (ONLY_WHERE.matcher(Keys.fold(piece)).matches()) stems = new java.util.LinkedHashSet<>(Set.of(WHERE));
            if (!stems.isEmpty()) out.add(stems);
        }
        return out.size() < 2 ? List.of() : out;
    }

    /** The part of a question that asks only "where" (no word of it is a search term). */
    private static final String WHERE = "\u0000where";
    private static final Pattern ONLY_WHERE = Pattern.compile("(?:and |but )?where(?: (?:was|is|were|did|does) (?:it|they|that|this))?(?: (?:held|take place|happen))?");

    /** A sentence that holds what was asked (the asked detail, a designer for "who designed"…) outranks one that only shares words. */
    private double intentBonus(Question q, String sentence) {
        if (!asked.holds(q, sentence)) return 0;
        double share = dev.redcarpet.search.Detail.askedIn(q.folded()) != null ? 1.0 : switch (q.intent()) {
            case THEME, HOSTS, STYLIST, BEAUTY, ACCESSORY -> 1.0;
            case QUOTE -> 0.4;
            // "how long did it take": a figure of the kind asked is the answer; any other number only may be
            case FACT -> dev.redcarpet.search.Measure.askedIn(q.folded()) != null ? 1.0 : 0.25;
            default -> 0.5;
        };
        return asked.weight() * share;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int common = 0;
        for (String s : a) if (b.contains(s)) common++;
        return (double) common / Math.min(a.size(), b.size());
    }

    private List<LookCard> cards(Question q, List<Look> looks, String focusEvent, Integer focusYear) {
        if (q.person() == null || looks.isEmpty()) return List.of();
        if (q.intent() == Intent.QUOTE || q.intent() == Intent.THEME || q.intent() == Intent.HOSTS) return List.of();
        List<LookCard> cards = new ArrayList<>(LookCards.cards(q.person(), looks));
        cards.removeIf(c -> c.lines().isEmpty());
        // the card of the edition in focus first
        cards.sort(Comparator.comparingInt(c -> c.edition() != null && focusYear != null && c.edition().startsWith(focusYear + " ") ? 0 : 1));
        return cards;
    }

    /**
     * A reply of a few words ("Of course!") means what prompted it: its context is its whole passage when the
     * passage was read ("Someone asked her… Her answer: …"). Longer quotes keep the sentence around them.
     */
    private static List<Quote> withPassages(Evidence ev) {
        Map<String, String> passages = new HashMap<>();
        for (Evidence.ArticleHit h : ev.articles()) {
            for (Evidence.PassageHit p : h.passages()) passages.putIfAbsent(h.article().id() + "#" + p.ordinal(), p.text());
        }
        List<Quote> out = new ArrayList<>();
        for (Quote quote : ev.quotes()) {
            String passage = passages.get(quote.articleId() + "#" + quote.passage());
            boolean reply = WHITESPACE.split(quote.text()).length < 4;
            out.add(reply && passage != null ? new Quote(quote.text(), quote.speaker(), quote.outlet(), quote.articleId(), quote.passage(), passage) : quote);
        }
        return out;
    }

    private record ScoredQuote(Quote quote, double score) {
    }

    /** Scores at or under this mark a quote too loosely tied to the question to open an answer with. */
    private static final double WEAK = 1.0;

    /**
     * Re-ranks the retrieved quotes against the question: shared words (weighted by rarity), who said
     * it, and how well its article ranked. Quote questions get up to three; others one, by the person asked about.
     */
    /** Whether the best quote is tied closely enough to the question to open the answer with. */
    private boolean strongLead(Question q, List<Quote> found, Map<String, IndexedArticle> cited, Map<String, Integer> articleRank, String focusEvent, Integer focusYear) {
        List<ScoredQuote> scored = scoreQuotes(q, found, cited, articleRank, focusEvent, focusYear);
        return !scored.isEmpty() && scored.get(0).score() > WEAK;
    }

    private List<CitedQuote> pickQuotes(Question q, List<Quote> found, Map<String, IndexedArticle> cited, Map<String, Integer> articleRank,
                                        String focusEvent, Integer focusYear) {
        int max = q.intent() == Intent.QUOTE ? 3 : 1;
        List<CitedQuote> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<ScoredQuote> scored = scoreQuotes(q, found, cited, articleRank, focusEvent, focusYear);
        for (ScoredQuote sq : scored) {
            if (out.size() >= max) break;
            // after the best one, only quotes nearly as relevant: a loose quote is noise in a Discord reply
            if (sq.score() <= WEAK / 2 || (!out.isEmpty() && sq.score() < 0.35 * scored.get(0).score())) break;
            if (!seen.add(sq.quote().text())) continue;
            out.add(new CitedQuote(shorten(sq.quote().text()), sq.quote().speaker(), sq.quote().articleId()));
        }
        return out;
    }

    private List<ScoredQuote> scoreQuotes(Question q, List<Quote> found, Map<String, IndexedArticle> cited, Map<String, Integer> articleRank,
                                          String focusEvent, Integer focusYear) {
        boolean quoteQuestion = q.intent() == Intent.QUOTE;
        Set<String> qStems = Stems.of(queryAnalyzer, String.join(" ", q.terms()));
        Map<String, Double> weights = idf.apply(new ArrayList<>(qStems));
        String person = q.person();
        List<ScoredQuote> scored = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Quote quote = found.get(i);
            // a few words in quotation marks are mostly a label ("red-carpet ready"); asked what someone said, an
            // attributed short reply ("Of course!") is the answer when the words around it match the question
            int words = WHITESPACE.split(quote.text()).length;
            if (words < (quoteQuestion && quote.speaker() != null ? 2 : 4)) continue;
            boolean byPerson = person != null && quote.speaker() != null && quote.speaker().equalsIgnoreCase(person);
            if (!quoteQuestion && person != null && !byPerson) continue;
            // asked about no one and not for a quote ("who hosted?"), a quote must itself say something asked; its
            // surroundings ("…, she told the livestream's host") do not make it an answer
            String around = (!quoteQuestion && person == null) || quote.context() == null ? "" : quote.context();
            Set<String> stems = Stems.of(textAnalyzer, quote.text() + " " + around);
            double overlap = 0;
            for (String st : qStems) if (stems.contains(st)) overlap += weights.getOrDefault(st, 1.0);
            if (!quoteQuestion && overlap == 0) continue;
            if (words < 4 && overlap == 0) continue;
            double score = overlap + 0.5 / (1 + i);
            if (byPerson && !q.aboutCompanion()) score += 2;
            if (q.aboutCompanion() && quote.speaker() != null && !byPerson) score += 1.5;
            Integer rank = articleRank.get(quote.articleId());
            if (rank != null) score += 1.0 / (1 + rank);
            else score *= 0.3;   // a quote from an article that did not match the question well is a weak answer
            IndexedArticle from = cited.get(quote.articleId());
            if (from != null && focusYear != null && !matches(from, focusEvent, focusYear)) score *= 0.5;
            // someone else's words answer "what did she say" only when the question is about a companion
            if (person != null && !byPerson && !q.aboutCompanion()) continue;
            if (rank == null || rank > 1 || (overlap == 0 && !byPerson)) score = Math.min(score, WEAK);
            scored.add(new ScoredQuote(quote, score));
        }
        scored.sort(Comparator.comparingDouble(ScoredQuote::score).reversed());
        return scored;
    }

    /** Words in quotation marks inside a sentence (to the closing mark, or to the end of a sentence cut inside the quote). */
    private static final Pattern QUOTED = Pattern.compile("[\"“”]([^\"“”]{12,})(?:[\"“”]|$)");

    /**
     * Whether a sentence carries words of the quote: its opening words, or a quoted piece of the sentence that is
     * part of the quote (a sentence cut inside a longer quote).
     */
    static boolean holdsAQuote(String sentence, CitedQuote quote) {
        // a sentence cut out of the quote itself ("I tried it on… I had to hold it."")
        String inner = Wording.plain(sentence);
        if (inner.length() >= 20 && Wording.plain(quote.text()).contains(inner)) return true;
        String words = Keys.fold(quote.text().replace("…", ""));
        String opening = words.length() > 60 ? words.substring(0, 60).strip() : words;
        if (opening.length() >= 12 && Keys.fold(sentence).contains(opening)) return true;
        java.util.regex.Matcher m = QUOTED.matcher(sentence);
        while (m.find()) {
            String piece = Keys.fold(m.group(1));
            if (piece.length() >= 12 && words.contains(piece)) return true;
        }
        return false;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'\u201D\u2019)]?)\\s+(?=[A-Z\"\u201C'\u2018(])");
    /** Quotes of fewer words than this may be a fragment of a sentence that says more. */
    private static final int FRAGMENT_WORDS = 12;
    /** A holding sentence longer than this is not shown in place of its quote. */
    private static final int HOLDING_CHARS = 360;
    private static final Pattern SPEECH = Pattern.compile("said|says|say|told|tells|explained|added|recalled|joked|wrote|called|calls|"
            + "described|describes|simply|just|also|once|later|after|she|he|they|her|his|their|who|it|that|this");

    /**
     * The sentence a quote of a few words sits in, when the words around the quote say more than who said it
     * (Niecy Nash "said she simply "wanted to evoke romance and old Hollywood" with her custom Greta Constantine
     * ensemble"); null when the quote stands alone, the sentence is long, or the rest only attributes it.
     */
    static String holdingSentence(CitedQuote cited, List<Quote> found) {
        String text = cited.text();
        if (text.endsWith("\u2026") || WHITESPACE.split(text).length >= FRAGMENT_WORDS) return null;
        for (Quote q : found) {
            if (!q.articleId().equals(cited.sourceId()) || !q.text().equals(text) || q.context() == null) continue;
            String context = q.context().strip();
            int at = context.indexOf(text);
            if (at < 0) return null;
            // the context may hold the sentence before too ("…someone told Roach he had won. His answer: "I always do!"")
            int from = 0;
            java.util.regex.Matcher end = SENTENCE_END.matcher(context);
            while (end.find() && end.end() <= at) from = end.end();
            String sentence = context.substring(from).strip();
            at -= from + (context.substring(from).length() - context.substring(from).stripLeading().length());
            if (sentence.length() > HOLDING_CHARS) return null;
            String outside = sentence.substring(0, at) + " " + sentence.substring(at + text.length());
            Set<String> speaker = q.speaker() == null ? Set.of() : Set.of(Keys.fold(q.speaker()).split(" "));
            int said = 0;
            for (String w : dev.redcarpet.search.QuestionParser.contentWords(Keys.fold(outside))) {
                if (w.length() >= 3 && w.chars().allMatch(Character::isLetter) && !speaker.contains(w) && !SPEECH.matcher(w).matches()) said++;
            }
            return said >= 3 ? sentence : null;
        }
        return null;
    }

    /** A long quote is cut at a word boundary with an ellipsis; what is shown stays verbatim. */
    static String shorten(String text) {
        if (text.length() <= QUOTE_CHARS) return text;
        int cut = text.lastIndexOf(' ', QUOTE_CHARS);
        return text.substring(0, cut > 0 ? cut : QUOTE_CHARS).stripTrailing() + "…";
    }

    /** A first sentence built from structured facts: the designer for look questions, the quote for quote questions. */
    private static final Pattern STYLED_BY = Pattern.compile("\\b(?:styled by|stylist,?|stylists,?|styling by|styled her,?)\\s+((?:[A-Z][\\p{L}'’.-]+\\s?){1,3})");
    private static final Pattern NAME_STYLED = Pattern.compile("((?:[A-Z][\\p{L}'’.-]+\\s){1,2}[A-Z][\\p{L}'’.-]+),?\\s+(?:who\\s+)?(?:styled|dressed)\\b");

    /**
     * A first sentence that answers what was asked, built from structured facts: the designer for a look
     * (only from the card of the edition the answer is about), the stylist's name, or the quote.
     */
    private static Lead lead(Question q, List<LookCard> cards, List<CitedQuote> quotes, String focusLabel, List<Scored> sentences,
                             Map<String, IndexedArticle> cited, String focusEvent, Integer focusYear) {
        if ((q.intent() == Intent.DESIGNER || q.intent() == Intent.LOOK) && !cards.isEmpty()) {
            for (LookCard card : cards) {
                if (focusLabel != null && card.edition() != null && !focusLabel.equals(card.edition())) continue;
                String designers = LookCards.designers(card);
                if (designers != null) return new Lead.Wore(card.person(), designers, card.edition());
            }
        }
        if (q.intent() == Intent.YESNO) {
            Lead yes = confirmed(q, cards, focusLabel);
            if (yes != null) return yes;
        }
        if (q.intent() == Intent.STYLIST) {
            for (Scored s : sentences) {
                String name = stylist(s.text, q.person());
                if (name != null) return new Lead.StyledBy(name, new Cited(s.text, s.articleId()));
            }
        }
        // someone else's words do not answer "what did she say" (unless the question is about a companion)
        boolean othersWords = !quotes.isEmpty() && q.person() != null && !q.aboutCompanion() && quotes.get(0).speaker() != null
                && !quotes.get(0).speaker().equalsIgnoreCase(q.person());
        if (q.intent() == Intent.QUOTE && !quotes.isEmpty() && !othersWords) {
            CitedQuote first = quotes.get(0);
            IndexedArticle from = cited.get(first.sourceId());
            // a quote from another edition than the one asked about says where it was said
            boolean elsewhere = from != null && from.editionLabel() != null && from.eventId() != null
                    && (q.year() != null || q.eventId() != null) && !matches(from, focusEvent, focusYear);
            return new Lead.Said(first, elsewhere ? from.editionLabel() : null);
        }
        return null;
    }

    /** A designer asked about as what was worn ("did she wear X", "dressed by X", "in X"), not as a premise ("her X gown"). */
    private static final Pattern ASKED_MAKER = Pattern.compile("\\b(wear|wore|wearing|in|by) $");

    /**
     * "Did she wear Valentino?" when the look card of the asked edition records that designer, asked as what
     * was worn in a question with no alternative ("… or …"): "Yes:" and the sentence the card line was read from.
     */
    private static Lead confirmed(Question q, List<LookCard> cards, String focusLabel) {
        String asked = " " + q.folded() + " ";
        if (asked.contains(" or ")) return null;
        for (LookCard card : cards) {
            if (focusLabel != null && card.edition() != null && !focusLabel.equals(card.edition())) continue;
            for (CardLine l : card.lines()) {
                if (!"designer".equals(l.kind()) || l.conflict() || l.value() == null || l.evidence() == null || l.evidence().isBlank()) continue;
                String value = Keys.fold(l.value());
                int at = asked.indexOf(" " + value + " ");
                if (value.length() < 3 || at < 0 || !ASKED_MAKER.matcher(asked.substring(0, at + 1)).find()) continue;
                return new Lead.Verdict(true, new Cited(l.evidence().strip(), l.sourceIds().isEmpty() ? null : l.sourceIds().get(0)));
            }
            return null;
        }
        return null;
    }

    /** The stylist a sentence names ("styled by Jane Doe", "stylist Jane Doe", "Jane Doe styled"), never the person asked about. */
    static String stylist(String sentence, String person) {
        for (Pattern p : List.of(STYLED_BY, NAME_STYLED)) {
            java.util.regex.Matcher m = p.matcher(sentence);
            while (m.find()) {
                String name = m.group(1).strip().replaceAll("[.,'’]+$", "");
                if (name.split("\\s+").length < 2) continue;
                if (person != null && Keys.fold(name).contains(Keys.fold(person).substring(Keys.fold(person).lastIndexOf(' ') + 1))) continue;
                return name;
            }
        }
        return null;
    }

    private static OtherEditions otherEditions(Question q, List<Evidence.ArticleHit> ranked, String focusEvent, Integer focusYear,
                                               List<LookCard> cards) {
        if (q.year() != null) return null;
        List<OtherEditions.Edition> others = new ArrayList<>();
        for (int i = 1; i < cards.size() && others.size() < 3; i++) {
            LookCard c = cards.get(i);
            if (c.edition() == null) continue;
            others.add(new OtherEditions.Edition(c.edition(), LookCards.designers(c)));
        }
        if (others.isEmpty() && q.person() != null) {
            Set<String> labels = new LinkedHashSet<>();
            for (Evidence.ArticleHit h : ranked) {
                IndexedArticle a = h.article();
                if (a.editionLabel() != null && !matches(a, focusEvent, focusYear) && a.people().stream().anyMatch(p -> p.equalsIgnoreCase(q.person()))) {
                    labels.add(a.editionLabel());
                }
            }
            labels.stream().limit(3).forEach(l -> others.add(new OtherEditions.Edition(l, null)));
        }
        if (others.isEmpty()) return null;
        return new OtherEditions(focusYear, others);
    }
}
