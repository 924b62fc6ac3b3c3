package dev.redcarpet.index;

import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.analysis.events.Edition;
import dev.redcarpet.analysis.structure.Passages;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusReader;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up reads every article's metadata and every file record from doc values instead of stored
 * fields: what it reads must be exactly what the stored fields say, for the live documents only,
 * after updates and removals, and after the index is closed and opened again.
 */
class CatalogueTest {
    @TempDir
    Path tmp;

    /** Analysis stand-in: an edition and people only for the articles that name the Met Gala. */
    private static final Function<Article, ArticleFacts> FACTS = a -> {
        boolean met = a.text().contains("Met Gala");
        return new ArticleFacts(a.id(), Passages.of(a.text()), List.of(), met ? List.of("Nell Ash", "Ola Brin") : List.of(),
                met ? new Edition("met-gala", "Met Gala", 2024) : null, List.of());
    };

    private static void sync(IndexUpdater updater, Path data) {
        CorpusReader reader = new CorpusReader(1_000_000);
        updater.update(known -> reader.load(data, known), IndexUpdater.Progress.NONE, true);
    }

    /** The article metadata as the stored fields hold it, in document order. */
    private static List<IndexedArticle> stored(CorpusIndex index) {
        return index.withSearcher(s -> {
            try {
                TermQuery q = new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE));
                StoredFields fields = s.storedFields();
                List<IndexedArticle> out = new ArrayList<>();
                for (ScoreDoc sd : s.search(q, Math.max(1, s.count(q))).scoreDocs) {
                    Document d = fields.document(sd.doc);
                    out.add(DocumentMapper.toArticle(d));
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void readsWhatTheStoredFieldsSayForLiveArticlesOnly() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("a.txt"), "Nell Ash wore silver Gucci to the 2024 Met Gala.\n");
        Files.writeString(data.resolve("b.md"), "# Ola Brin in red\n\nOla Brin chose a red cape for the premiere.\n");
        Files.writeString(data.resolve("c.jsonl"), "{\"id\":\"c1\",\"title\":\"Night out\",\"date\":\"2024-05-06\",\"text\":\"Ola Brin at the Met Gala in Valentino.\"}\n"
                + "{\"id\":\"c2\",\"text\":\"A quiet evening with no red carpet at all.\"}\n");
        Path dir = tmp.resolve("index");
        try (CorpusIndex index = CorpusIndex.open(dir)) {
            IndexUpdater updater = new IndexUpdater(index, FACTS);
            sync(updater, data);
            assertThat(index.articles()).hasSize(4).containsExactlyElementsOf(stored(index));
            assertThat(index.articles()).filteredOn(a -> a.eventId() != null)
                    .allSatisfy(a -> assertThat(a.people()).containsExactly("Nell Ash", "Ola Brin")).hasSize(2);

            // an edited file and a removed one: the replaced and deleted documents are gone from what is read
            Files.writeString(data.resolve("a.txt"), "Nell Ash wore gold Dior to the 2024 Met Gala.\n");
            Files.delete(data.resolve("b.md"));
            sync(updater, data);
            assertThat(index.articles()).hasSize(3).containsExactlyElementsOf(stored(index));
            assertThat(index.entries()).hasSize(3).containsKeys("c1", "c2");
            assertThat(index.files()).containsOnlyKeys("a.txt", "c.jsonl");
            assertThat(index.files().get("c.jsonl").articles()).hasSize(2);
        }
        try (CorpusIndex reopened = CorpusIndex.open(dir)) {
            assertThat(reopened.articles()).hasSize(3).containsExactlyElementsOf(stored(reopened));
            assertThat(reopened.files()).containsOnlyKeys("a.txt", "c.jsonl");
            assertThat(reopened.entries().values()).allSatisfy(e -> assertThat(e.stamp()).isNotNull());
        }
    }

    /** Each article found by a search for its id, read from its stored fields, in the current view. */
    private static java.util.Map<String, IndexedArticle> searched(CorpusIndex index, List<String> ids) {
        return index.withSearcher(s -> {
            try {
                java.util.Map<String, IndexedArticle> out = new java.util.HashMap<>();
                for (String id : ids) {
                    org.apache.lucene.search.BooleanQuery q = new org.apache.lucene.search.BooleanQuery.Builder()
                            .add(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.KIND_ARTICLE)), org.apache.lucene.search.BooleanClause.Occur.FILTER)
                            .add(new TermQuery(new Term(IndexSchema.ARTICLE, id)), org.apache.lucene.search.BooleanClause.Occur.FILTER).build();
                    ScoreDoc[] hits = s.search(q, 1).scoreDocs;
                    if (hits.length > 0) out.put(id, DocumentMapper.toArticle(s.storedFields().document(hits[0].doc)));
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void articlesByIdAreWhatASearchForTheIdReadsInEachView() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("a.txt"), "Nell Ash wore silver Gucci to the 2024 Met Gala.\n");
        Files.writeString(data.resolve("c.jsonl"), "{\"id\":\"c1\",\"title\":\"Night out\",\"date\":\"2024-05-06\",\"text\":\"Ola Brin at the Met Gala in Valentino.\"}\n");
        List<String> ids = List.of("a", "c1", "d", "nobody");
        try (CorpusIndex index = CorpusIndex.open(tmp.resolve("index"))) {
            IndexUpdater updater = new IndexUpdater(index, FACTS);
            sync(updater, data);
            var first = index.withSearcher(s -> index.articlesById(s.getIndexReader()));
            assertThat(first).containsOnlyKeys("a", "c1").containsAllEntriesOf(searched(index, ids));
            // a reload: an article edited, one added, one removed; the new view has its own, the old one is kept as it was
            Files.writeString(data.resolve("a.txt"), "Nell Ash wore gold Dior to the 2024 Met Gala.\n");
            Files.writeString(data.resolve("d.txt"), "Ola Brin chose a red cape for the premiere.\n");
            Files.delete(data.resolve("c.jsonl"));
            sync(updater, data);
            var second = index.withSearcher(s -> index.articlesById(s.getIndexReader()));
            assertThat(second).containsOnlyKeys("a", "d").isEqualTo(searched(index, ids));
            assertThat(second.get("a")).isNotEqualTo(first.get("a"));
            assertThat(first).containsOnlyKeys("a", "c1");
            java.util.Map<String, IndexedArticle> again = index.withSearcher(s -> index.articlesById(s.getIndexReader()));
            assertThat(again).isSameAs(second);
        }
    }
}
