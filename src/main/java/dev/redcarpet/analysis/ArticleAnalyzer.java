package dev.redcarpet.analysis;

import dev.redcarpet.analysis.events.Edition;
import dev.redcarpet.analysis.events.EditionDetector;
import dev.redcarpet.analysis.events.EventCatalogue;
import dev.redcarpet.analysis.events.EventEntry;
import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.looks.LookExtractor;
import dev.redcarpet.analysis.looks.LookField;
import dev.redcarpet.analysis.people.People;
import dev.redcarpet.analysis.people.PeopleFinder;
import dev.redcarpet.analysis.people.PersonRole;
import dev.redcarpet.analysis.people.Reading;
import dev.redcarpet.analysis.people.SubjectResolver;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.analysis.quotes.QuoteExtractor;
import dev.redcarpet.analysis.structure.Block;
import dev.redcarpet.analysis.structure.Layout;
import dev.redcarpet.analysis.structure.Part;
import dev.redcarpet.analysis.structure.Passage;
import dev.redcarpet.analysis.structure.Passages;
import dev.redcarpet.analysis.structure.ReadSentence;
import dev.redcarpet.corpus.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Understands one article: its structure, people, whom each sentence is about, quotes with speakers,
 * the event edition it covers, and the looks it describes. Stateless and thread-safe, so articles are
 * analysed in parallel.
 */
public final class ArticleAnalyzer {
    private final EventCatalogue catalogue;
    private final Lexicons lexicons;
    private final PeopleFinder peopleFinder;
    private final QuoteExtractor quoteExtractor = new QuoteExtractor();

    public ArticleAnalyzer(EventCatalogue catalogue, Lexicons lexicons) {
        this.catalogue = catalogue;
        this.lexicons = lexicons;
        this.peopleFinder = new PeopleFinder(lexicons, catalogue);
    }

    public ArticleFacts analyze(Article article) {
        List<Block> blocks = Layout.of(article.title(), article.text());
        List<String> headings = new ArrayList<>();
        for (Block b : blocks) if (b.part() == Part.HEADING) headings.add(b.text());
        People people = withoutTitles(peopleFinder.find(article.text(), headings), article.text());
        Reading reading = new SubjectResolver(people, lexicons::isDesigner).read(article.text(), blocks);
        List<ReadSentence> sentences = reading.sentences();
        List<Passage> passages = withSubjects(withoutCaptions(Passages.of(article.text()), blocks), sentences);
        List<Quote> quotes = article.text() == null ? List.of() : quoteExtractor.extract(article.id(), article.text(), people, reading);
        EditionDetector.Found found = new EditionDetector(catalogue).find(article);
        Edition edition = found.edition();
        // the event is kept when its year cannot be told: an undated report of "the Grammys" is still about the Grammys
        EventEntry event = edition == null ? found.event() : null;
        List<Look> looks = ownSentencesOnly(new LookExtractor(lexicons, catalogue).extract(article, people, edition, reading), sentences);
        Set<String> wearing = wearers(reading);
        // a designer the lexicon knows has a look only when a sentence tells of them wearing it: "the work of Karl
        // Lagerfeld" or "Valentino Garavani received an award" gives the house no guest
        looks = looks.stream().filter(l -> !lexicons.isDesigner(l.person()) || wearing.contains(l.person())).toList();
        List<PersonRole> roles = roles(people, reading, quotes, looks, wearing);
        List<String> attending = new ArrayList<>();
        // a house ("Celine") is never a person; a designer who is a person stays findable by name,
        // and the roles say they are a designer
        for (String name : people.names()) if (name.contains(" ") || !lexicons.isDesigner(name)) attending.add(name);
        return new ArticleFacts(article.id(), passages, quotes, attending, edition, looks,
                Layout.title(blocks), sentences, roles, event);
    }

    /**
     * Names only ever written as a whole quotation ("the “Oscar Walk”", a film's title) are works and
     * places, not people.
     */
    static People withoutTitles(People people, String text) {
        List<String> kept = new ArrayList<>();
        for (String name : people.names()) if (!onlyQuoted(name, text)) kept.add(name);
        if (kept.size() == people.names().size()) return people;
        Map<String, String> aliases = new HashMap<>();
        people.aliases().forEach((k, v) -> {
            if (kept.contains(v)) aliases.put(k, v);
        });
        return new People(kept, aliases);
    }

    private static boolean onlyQuoted(String name, String text) {
        int at = text.indexOf(name);
        if (at < 0) return false;
        for (; at >= 0; at = text.indexOf(name, at + 1)) {
            boolean open = at > 0 && "\"“‘".indexOf(text.charAt(at - 1)) >= 0;
            int end = at + name.length();
            while (end < text.length() && (text.charAt(end) == ',' || text.charAt(end) == '.')) end++;
            boolean close = end < text.length() && "\"”’".indexOf(text.charAt(end)) >= 0;
            if (!open || !close) return false;
        }
        return true;
    }

    /**
     * A caption is not a passage of the report: it dates the article and may describe a look, but as a
     * search hit a one-line caption naming three guests and the night outranks the section about each.
     */
    private static List<Passage> withoutCaptions(List<Passage> passages, List<Block> blocks) {
        Set<Integer> captions = new HashSet<>();
        Set<Integer> other = new HashSet<>();
        for (Block b : blocks) {
            if (b.paragraph() < 0) continue;
            (b.part() == Part.CAPTION ? captions : other).add(b.paragraph());
        }
        captions.removeAll(other);
        if (captions.isEmpty()) return passages;
        return passages.stream().filter(p -> !captions.contains(p.paragraph())).toList();
    }

    /** Each passage learns whom its sentences are about and the segment it starts in. */
    private static List<Passage> withSubjects(List<Passage> passages, List<ReadSentence> sentences) {
        Map<Integer, List<ReadSentence>> byParagraph = new HashMap<>();
        for (ReadSentence s : sentences) byParagraph.computeIfAbsent(s.paragraph(), k -> new ArrayList<>()).add(s);
        List<Passage> out = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            List<String> who = new ArrayList<>();
            int segment = -1;
            for (ReadSentence s : byParagraph.getOrDefault(p.paragraph(), List.of())) {
                if (!p.text().contains(s.text())) continue;
                if (segment < 0) segment = s.segment();
                if (s.subject() != null && !who.contains(s.subject())) who.add(s.subject());
            }
            out.add(p.withSubjects(who, Math.max(segment, 0)));
        }
        return out;
    }

    /**
     * A look keeps only fields read from sentences about its person (or naming them): a neighbour's
     * designer in a roundup stays with the neighbour.
     */
    private static List<Look> ownSentencesOnly(List<Look> looks, List<ReadSentence> sentences) {
        Map<String, Set<String>> subjectsOf = new HashMap<>();
        for (ReadSentence s : sentences) {
            if (s.subject() != null) subjectsOf.computeIfAbsent(s.text(), k -> new HashSet<>()).add(s.subject());
        }
        // what each sentence gave each person: "the co-chairs both wore Chanel" gives the same field to both of them
        Set<Given> given = new HashSet<>();
        for (Look look : looks) for (LookField f : look.fields()) given.add(new Given(look.person(), f));
        List<Look> out = new ArrayList<>();
        for (Look look : looks) {
            List<LookField> kept = new ArrayList<>();
            for (LookField f : look.fields()) {
                Set<String> about = subjectsOf.get(f.evidence());
                if (about == null || about.contains(look.person()) || names(f.evidence(), look.person()) || shared(about, f, given)) kept.add(f);
            }
            if (!kept.isEmpty()) out.add(new Look(look.person(), look.edition(), kept));
        }
        return out;
    }

    /** Whether someone the sentence is about was given the same field from it. */
    private static boolean shared(Set<String> about, LookField f, Set<Given> given) {
        for (String p : about) if (given.contains(new Given(p, f))) return true;
        return false;
    }

    /** A field given to a person, as a key: a joined string would copy and hash the whole sentence at each ask. */
    private record Given(String person, String kind, String value, String evidence) {
        Given(String person, LookField f) {
            this(person, f.kind(), f.value(), f.evidence());
        }
    }

    private static boolean names(String sentence, String person) {
        if (sentence.contains(person)) return true;
        String[] words = person.split(" ");
        return words.length > 1 && sentence.contains(words[words.length - 1]);
    }

    /**
     * What each person is to the article: a designer; a subject when they have a look here, speak and are written
     * about, are named as doing the wearing in a sentence that tells of it ("Ana Lind and Bo Maas wore blue") or
     * head a section of their own (a heading or list item naming them);
     * crew who do none of that; else mentioned.
     */
    /** Whoever a sentence tells of wearing something, and whoever heads a roundup's section or list item. */
    private static Set<String> wearers(Reading reading) {
        List<ReadSentence> sentences = reading.sentences();
        Set<String> wearing = new HashSet<>();
        for (int i = 0; i < sentences.size(); i++) {
            ReadSentence s = sentences.get(i);
            if (s.part().prose() && LookExtractor.tellsOfWearing(s.text())) wearing.addAll(reading.agents(i));
            // a roundup's heading or list item that names someone opens their section
            if ((s.part() == Part.HEADING || s.part() == Part.LIST_ITEM) && s.subject() != null) wearing.add(s.subject());
        }
        return wearing;
    }

    private List<PersonRole> roles(People people, Reading reading, List<Quote> quotes, List<Look> looks, Set<String> wearing) {
        List<ReadSentence> sentences = reading.sentences();
        Set<String> crew = reading.crew();
        Set<String> withLook = new HashSet<>();
        for (Look l : looks) withLook.add(l.person());
        Set<String> speakers = new HashSet<>();
        for (Quote q : quotes) if (q.speaker() != null) speakers.add(q.speaker());
        Map<String, Integer> about = new HashMap<>();
        for (ReadSentence s : sentences) if (s.subject() != null) about.merge(s.subject(), 1, Integer::sum);
        Map<String, PersonRole> out = new LinkedHashMap<>();
        for (String name : people.names()) {
            String evidence = evidence(name, people, sentences);
            String role;
            if (lexicons.isDesigner(name)) role = "designer";
            else if (withLook.contains(name) || (speakers.contains(name) && about.getOrDefault(name, 0) > 0)) role = "subject";
            else if (wearing.contains(name) && !crew.contains(name)) role = "subject";
            else if (crew.contains(name)) role = "other";
            else role = "mentioned";
            out.put(name, new PersonRole(name, role, evidence));
        }
        return List.copyOf(out.values());
    }

    private static String evidence(String name, People people, List<ReadSentence> sentences) {
        for (ReadSentence s : sentences) if (s.part().prose() && s.text().contains(name)) return s.text();
        for (ReadSentence s : sentences) if (s.part().prose() && name.equals(s.subject())) return s.text();
        for (ReadSentence s : sentences) if (s.text().contains(name)) return s.text();
        for (ReadSentence s : sentences) if (name.equals(s.subject())) return s.text();
        return null;
    }
}
