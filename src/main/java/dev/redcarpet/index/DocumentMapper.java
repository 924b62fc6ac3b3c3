package dev.redcarpet.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.analysis.events.Edition;
import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.looks.LookField;
import dev.redcarpet.analysis.structure.Passage;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.corpus.Article;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;

import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.redcarpet.index.IndexSchema.*;

/** Turns an article and what was understood of it into index documents, and stored fields back into records. */
public final class DocumentMapper {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentMapper() {
    }

    /** All documents of one article: the article itself, its passages, quotes and looks. */
    public static List<Document> toDocuments(Article article, ArticleFacts facts, String stamp) {
        List<Document> docs = new ArrayList<>();
        Keyed keys = Keyed.of(article, facts);
        docs.add(articleDoc(article, facts, stamp, keys));
        for (Passage p : facts.passages()) {
            Document d = base(KIND_PASSAGE, article, facts, keys);
            // the article of a passage hit, read without loading its stored text
            d.add(new org.apache.lucene.document.SortedDocValuesField(PASSAGE_ARTICLE, new org.apache.lucene.util.BytesRef(article.id())));
            String searchable = p.ordinal() == 0 && article.title() != null ? article.title() + "\n" + p.text() : p.text();
            d.add(new TextField(TEXT, searchable, Field.Store.NO));
            d.add(new TextField(NAMES, searchable, Field.Store.NO));
            for (String subject : p.subjects()) d.add(new StringField(SUBJECT, personKey(subject), Field.Store.NO));
            d.add(new StoredField(SEGMENT, p.segment()));
            d.add(new BinaryDocValuesField(RECORD, Records.passage(article.id(), p.ordinal(), p.text(), p.subjects())));
            docs.add(d);
        }
        for (Quote q : facts.quotes()) {
            Document d = base(KIND_QUOTE, article, facts, keys);
            d.add(new TextField(TEXT, q.text(), Field.Store.NO));
            if (q.speaker() != null) {
                d.add(new StringField(SPEAKER, personKey(q.speaker()), Field.Store.NO));
                d.add(new TextField(NAMES, q.speaker(), Field.Store.NO));
            }
            d.add(new BinaryDocValuesField(RECORD, Records.quote(article.id(), q)));
            docs.add(d);
        }
        for (Look look : facts.looks()) {
            Document d = base(KIND_LOOK, article, facts, keys);
            d.add(new StringField(PERSON, personKey(look.person()), Field.Store.NO));
            StringBuilder text = new StringBuilder();
            for (LookField f : look.fields()) text.append(f.value()).append(". ").append(f.evidence()).append('\n');
            d.add(new TextField(LOOK_TEXT, text.toString(), Field.Store.NO));
            d.add(new BinaryDocValuesField(RECORD, Records.look(look, json(look.fields()))));
            if (look.edition() != null) {
                d.add(new StringField(EVENT + "_look", look.edition().eventId(), Field.Store.NO));
                d.add(new StringField(YEAR_LOOK_KEY, Integer.toString(look.edition().year()), Field.Store.NO));
            }
            docs.add(d);
        }
        return docs;
    }

    private static Document articleDoc(Article a, ArticleFacts facts, String stamp, Keyed keys) {
        Document d = base(KIND_ARTICLE, a, facts, keys);
        d.add(new org.apache.lucene.document.SortedDocValuesField(PASSAGE_ARTICLE, new org.apache.lucene.util.BytesRef(a.id())));
        d.add(new StringField(PATH, a.path(), Field.Store.YES));
        d.add(new StringField(HASH, a.hash(), Field.Store.YES));
        if (stamp != null) d.add(new StoredField(STAMP, stamp));
        d.add(new StoredField(FORMAT, a.format()));
        // the whole article as one text, for the first ranking stage's article-level BM25
        d.add(new TextField(ARTICLE_TEXT, (a.title() == null ? "" : a.title() + "\n") + a.text(), Field.Store.NO));
        if (a.title() != null) d.add(new StoredField(TITLE, a.title()));
        d.add(new StoredField(TITLE + "_display", facts.title() != null ? facts.title() : a.displayTitle()));
        if (a.url() != null) d.add(new StoredField(URL, a.url()));
        if (a.source() != null) d.add(new StoredField(SOURCE, a.source()));
        d.add(new StoredField(ORDINAL, facts.passages().size()));
        for (String person : facts.people()) d.add(new StoredField(PEOPLE + "_name", person));
        d.add(new org.apache.lucene.document.BinaryDocValuesField(ARTICLE_META, Catalogue.encode(meta(a, facts, stamp))));
        return d;
    }

    /** The same metadata as the stored fields above, for {@link Catalogue}: read back as {@link #toArticle} reads them. */
    static Catalogue.ArticleMeta meta(Article a, ArticleFacts facts, String stamp) {
        Edition e = facts.edition();
        return new Catalogue.ArticleMeta(a.id(), facts.title() != null ? facts.title() : a.displayTitle(), a.url(), a.source(),
                a.date() == null ? null : a.date().toString(), a.path(), a.format(), facts.eventId(),
                facts.eventName(), e == null ? null : e.year(), List.copyOf(facts.people()), facts.passages().size(),
                a.hash(), stamp);
    }

    /**
     * The folded keys every document of one article repeats (people, main people, roles), worked out
     * once per article instead of once per passage, quote and look.
     */
    private record Keyed(List<String> people, List<String> mainKeys, List<String> roles) {
        static Keyed of(Article a, ArticleFacts facts) {
            List<String> people = new ArrayList<>();
            for (String person : facts.people()) people.add(personKey(person));
            List<String> main = new ArrayList<>();
            for (String person : DocumentMapper.mainPeople(a, facts)) main.add(personKey(person));
            List<String> roles = new ArrayList<>();
            for (var r : facts.roles()) roles.add(roleKey(r.role(), r.name()));
            return new Keyed(people, main, roles);
        }
    }

    /** Fields every document of the article carries: id, kind, date, edition, people. */
    private static Document base(String kind, Article a, ArticleFacts facts, Keyed keys) {
        Document d = new Document();
        d.add(new StringField(KIND, kind, Field.Store.YES));
        d.add(new StringField(ARTICLE, a.id(), Field.Store.YES));
        if (a.date() != null) d.add(new StoredField(DATE, a.date().toString()));
        Edition e = facts.edition();
        if (e != null) {
            d.add(new StringField(EVENT, e.eventId(), Field.Store.YES));
            d.add(new StoredField(EVENT_NAME, e.eventName()));
            d.add(new IntPoint(YEAR, e.year()));
            d.add(new StoredField(YEAR, e.year()));
            d.add(new StringField(YEAR + "_key", Integer.toString(e.year()), Field.Store.NO));
        } else if (facts.eventId() != null) {
            // the event without a year: it matches the event asked, never a year
            d.add(new StringField(EVENT, facts.eventId(), Field.Store.YES));
            d.add(new StoredField(EVENT_NAME, facts.eventName()));
            d.add(new StringField(YEAR + "_key", UNKNOWN_YEAR, Field.Store.NO));
        }
        for (String key : keys.people()) d.add(new StringField(PEOPLE, key, Field.Store.NO));
        for (String key : keys.mainKeys()) d.add(new StringField(MAIN_PEOPLE, key, Field.Store.NO));
        for (String key : keys.roles()) d.add(new StringField(ROLE, key, Field.Store.NO));
        return d;
    }

    /** Whoever the title names, else the most mentioned person. */
    static List<String> mainPeople(Article a, ArticleFacts facts) {
        List<String> out = new ArrayList<>();
        String title = a.title() == null ? "" : Keys.fold(a.title());
        for (String p : facts.people()) {
            String key = Keys.fold(p);
            String last = key.substring(key.lastIndexOf(' ') + 1);
            if (!title.isEmpty() && (title.contains(key) || (" " + title + " ").contains(" " + last + " "))) out.add(p);
        }
        if (out.isEmpty() && !facts.people().isEmpty()) out.add(facts.people().get(0));
        return out;
    }

    public static IndexedArticle toArticle(Document d) {
        List<String> people = new ArrayList<>();
        for (IndexableField f : d.getFields(PEOPLE + "_name")) people.add(f.stringValue());
        String date = d.get(DATE);
        IndexableField year = d.getField(YEAR);
        IndexableField passages = d.getField(ORDINAL);
        return new IndexedArticle(d.get(ARTICLE), d.get(TITLE + "_display"), d.get(URL), d.get(SOURCE),
                date == null ? null : LocalDate.parse(date), d.get(PATH), d.get(FORMAT), d.get(EVENT), d.get(EVENT_NAME),
                year == null ? null : year.numericValue().intValue(), people,
                passages == null ? 0 : passages.numericValue().intValue());
    }

    private static String json(List<LookField> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectReader FIELDS = JSON.readerFor(new TypeReference<List<LookField>>() { });
    /** Most look cards parsed so far are kept: questions about one event read the same cards again and again. */
    private static final int PARSED_CARDS = 50_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, List<LookField>> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    static List<LookField> fields(String json) {
        List<LookField> known = PARSED.get(json);
        if (known != null) return known;
        try {
            List<LookField> parsed = List.copyOf(FIELDS.<List<LookField>>readValue(json));
            if (PARSED.size() >= PARSED_CARDS) PARSED.clear(); // bounded: start over rather than grow with the corpus
            PARSED.put(json, parsed);
            return parsed;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String personKey(String name) {
        return IndexSchema.personKey(name);
    }
}
