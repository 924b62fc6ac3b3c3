package dev.redcarpet.search.stages;

import dev.redcarpet.config.Config;
import dev.redcarpet.index.IndexSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.redcarpet.index.IndexSchema.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first stage scores whole articles as BM25 over articles alone would, whatever passages, quotes
 * and looks the index also holds, and orders equal scores the same way however the index was written.
 */
class FirstStageTest {
    /** Our own small articles: id, then passages. */
    private static final Map<String, List<String>> ARTICLES = new LinkedHashMap<>();

    static {
        ARTICLES.put("a-long-gala-report", List.of(
                "The museum steps filled early as guests arrived for the spring gala.",
                "Noor Haddad chose an emerald velvet gown with a sweeping train.",
                "The emerald tone returned on three other guests, each in velvet.",
                "Critics called the velvet trend the defining texture of the night.",
                "Inside, the dinner ran late and the band played until two.",
                "A designer said the emerald dye took weeks to settle into the velvet.",
                "Photographers crowded the stairs for the final arrivals."));
        ARTICLES.put("b-short-caption", List.of("Noor Haddad in emerald."));
        ARTICLES.put("c-film-premiere", List.of(
                "At the premiere, Ilse Varga wore a white column dress.",
                "Her stylist kept the jewellery to a single ring."));
        ARTICLES.put("d-velvet-essay", List.of(
                "Velvet is having a moment on every carpet this season.",
                "From burgundy to emerald, the fabric is everywhere, and velvet suits are back too."));
    }

    private static Config.Ranking weights(double articleWeight, double passageWeight) {
        Config.Ranking d = Config.Ranking.DEFAULT;
        return new Config.Ranking(d.passages(), d.k1(), d.b(), articleWeight, passageWeight, d.secondPassageWeight(), d.rerank(),
                d.bm25(), d.person(), d.mainPerson(), d.subject(), d.event(), d.year(), d.recency(), d.type(), d.shortPassage(),
                d.shortPassageChars(), d.sentenceType());
    }

    /** An index shaped like ours: per article an article document, then its passages and a look repeating its words. */
    private static ByteBuffersDirectory index(List<String> order) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.indexAnalyzer()))) {
            for (String id : order) {
                List<Document> docs = new ArrayList<>();
                Document a = new Document();
                a.add(new StringField(KIND, KIND_ARTICLE, Field.Store.NO));
                a.add(new StringField(ARTICLE, id, Field.Store.YES));
                a.add(new SortedDocValuesField(PASSAGE_ARTICLE, new BytesRef(id)));
                a.add(new TextField(ARTICLE_TEXT, String.join("\n", ARTICLES.get(id)), Field.Store.NO));
                docs.add(a);
                for (String text : ARTICLES.get(id)) {
                    Document p = new Document();
                    p.add(new StringField(KIND, KIND_PASSAGE, Field.Store.NO));
                    p.add(new StringField(ARTICLE, id, Field.Store.YES));
                    p.add(new SortedDocValuesField(PASSAGE_ARTICLE, new BytesRef(id)));
                    p.add(new TextField(TEXT, text, Field.Store.NO));
                    docs.add(p);
                }
                Document look = new Document();
                look.add(new StringField(KIND, KIND_LOOK, Field.Store.NO));
                look.add(new StringField(ARTICLE, id, Field.Store.YES));
                look.add(new TextField(LOOK_TEXT, String.join(" ", ARTICLES.get(id)), Field.Store.NO));
                docs.add(look);
                w.addDocuments(docs);
            }
        }
        return dir;
    }

    private static List<Candidate> search(ByteBuffersDirectory dir, Config.Ranking weights, String words) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            return new FirstStage(new QueryBuilder(IndexSchema.textAnalyzer()), weights).search(new IndexSearcher(r), words);
        }
    }

    /** BM25 over the articles alone, in an index of nothing else: what the article part of the first stage must equal. */
    private static Map<String, Double> articlesAlone(String words) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.indexAnalyzer()))) {
            for (var e : ARTICLES.entrySet()) {
                Document a = new Document();
                a.add(new StringField("id", e.getKey(), Field.Store.YES));
                a.add(new TextField("text", String.join("\n", e.getValue()), Field.Store.NO));
                w.addDocument(a);
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            IndexSearcher s = new IndexSearcher(r);
            s.setSimilarity(new BM25Similarity());
            Query q = new QueryBuilder(IndexSchema.textAnalyzer()).createBooleanQuery("text", words, BooleanClause.Occur.SHOULD);
            ScoreDoc[] hits = s.search(q, 10).scoreDocs;
            for (ScoreDoc sd : hits) out.put(s.storedFields().document(sd.doc).get("id"), (double) sd.score / hits[0].score);
        }
        return out;
    }

    @Test
    void wholeArticlesScoreAsTheyWouldInAnIndexOfArticlesAlone() throws IOException {
        String words = "Noor Haddad emerald velvet gown";
        List<Candidate> found = search(index(List.copyOf(ARTICLES.keySet())), weights(1.0, 0), words);
        Map<String, Double> expected = articlesAlone(words);
        assertThat(found).extracting(Candidate::articleId).containsExactlyElementsOf(expected.keySet());
        for (Candidate c : found) assertThat(c.score()).as(c.articleId()).isCloseTo(expected.get(c.articleId()), org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void passagesAddTheirBestMatchAndAreKeptBestFirst() throws IOException {
        List<Candidate> found = search(index(List.copyOf(ARTICLES.keySet())), weights(1.0, 0.3), "emerald velvet gown");
        Candidate report = found.stream().filter(c -> c.articleId().equals("a-long-gala-report")).findFirst().orElseThrow();
        assertThat(report.passages()).hasSizeGreaterThan(1);
        assertThat(report.passages()).isSortedAccordingTo(Candidate.PassageScore.BEST_FIRST);
        assertThat(found).isSortedAccordingTo(Candidate.BEST_FIRST);
    }

    private static Config.Ranking limit(int passages) {
        Config.Ranking d = Config.Ranking.DEFAULT;
        return new Config.Ranking(passages, d.k1(), d.b(), d.articleWeight(), d.passageWeight(), d.secondPassageWeight(), d.rerank(),
                d.bm25(), d.person(), d.mainPerson(), d.subject(), d.event(), d.year(), d.recency(), d.type(), d.shortPassage(),
                d.shortPassageChars(), d.sentenceType());
    }

    @Test
    void passagesAreScoredOnlyInTheArticlesTheWholeArticleSearchFound() throws IOException {
        // a long article whose one short passage matches best, and a shorter one that matches best as a whole
        ARTICLES.put("g-long-mixed", List.of("Zora Pell wore lilac.",
                "The dinner was served late in the great hall and the speeches ran long into the night.",
                "Tickets for the benefit sold out within days, and the museum raised a record sum for its archive.",
                "The band played a long set of old standards while the guests moved between the galleries.",
                "Security kept the press pen behind the barriers until the last car had left the street."));
        ARTICLES.put("h-lilac-column", List.of("Lilac ruled: Zora Pell wore a lilac column, lilac gloves and lilac shoes, all lilac."));
        try {
            String words = "Zora Pell lilac";
            List<Candidate> all = search(index(List.copyOf(ARTICLES.keySet())), limit(200), words);
            assertThat(all.get(0).articleId()).isEqualTo("h-lilac-column");
            // with room for one article, the passage part scores that article's passages only
            List<Candidate> one = search(index(List.copyOf(ARTICLES.keySet())), limit(1), words);
            assertThat(one).extracting(Candidate::articleId).containsExactly("h-lilac-column");
            assertThat(one.get(0).passages().get(0).score()).isEqualTo(all.get(0).passages().get(0).score());
        } finally {
            ARTICLES.remove("g-long-mixed");
            ARTICLES.remove("h-lilac-column");
        }
    }

    @Test
    void theOrderDoesNotDependOnTheOrderArticlesWereWritten() throws IOException {
        // two articles with the same words tie; the tie goes to the smaller id both ways round
        ARTICLES.put("f-twin", List.of("Ilse Varga wore a white column dress to the premiere."));
        ARTICLES.put("e-twin", List.of("Ilse Varga wore a white column dress to the premiere."));
        try {
            List<String> forward = new ArrayList<>(ARTICLES.keySet());
            List<String> backward = new ArrayList<>(forward);
            java.util.Collections.reverse(backward);
            String words = "Ilse Varga white column dress";
            List<String> one = search(index(forward), Config.Ranking.DEFAULT, words).stream().map(Candidate::articleId).toList();
            List<String> two = search(index(backward), Config.Ranking.DEFAULT, words).stream().map(Candidate::articleId).toList();
            assertThat(one).isEqualTo(two);
            assertThat(one.indexOf("e-twin")).isLessThan(one.indexOf("f-twin"));
        } finally {
            ARTICLES.remove("e-twin");
            ARTICLES.remove("f-twin");
        }
    }
}
