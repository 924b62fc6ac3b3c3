package dev.redcarpet.search;

import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.analysis.structure.Passages;
import dev.redcarpet.config.Config;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusReader;
import dev.redcarpet.index.CorpusIndex;
import dev.redcarpet.index.IndexSchema;
import dev.redcarpet.index.IndexUpdater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Word weights are kept per index view: after a reload they are those of the new view, not the remembered ones. */
class RetrieverWeightsTest {
    @TempDir
    Path tmp;

    private static final Function<Article, ArticleFacts> FACTS = a -> new ArticleFacts(a.id(), Passages.of(a.text()), List.of(), List.of(), null, List.of());

    private static void sync(IndexUpdater updater, Path data) {
        CorpusReader reader = new CorpusReader(1_000_000);
        updater.update(known -> reader.load(data, known), IndexUpdater.Progress.NONE, true);
    }

    @Test
    void weightsFollowTheViewAcrossAReload() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("a.txt"), "Nell Ash wore silver Gucci to the gala.\n");
        Files.writeString(data.resolve("b.txt"), "Ola Brin chose a red cape for the premiere.\n");
        try (CorpusIndex index = CorpusIndex.open(tmp.resolve("index"))) {
            IndexUpdater updater = new IndexUpdater(index, FACTS);
            sync(updater, data);
            Retriever retriever = new Retriever(index, IndexSchema.textAnalyzer(), Config.Ranking.DEFAULT);
            Map<String, Double> before = retriever.weights(List.of("gucci", "cape"));
            assertThat(retriever.weights(List.of("gucci", "cape"))).isEqualTo(before);
            assertThat(before.get("gucci")).isEqualTo(before.get("cape"));
            // Gucci in two more articles: rarer no more, so it weighs less than the cape after the reload
            Files.writeString(data.resolve("c.txt"), "Gucci dressed the hosts in velvet.\n");
            Files.writeString(data.resolve("d.txt"), "A Gucci suit opened the evening.\n");
            sync(updater, data);
            Map<String, Double> after = retriever.weights(List.of("gucci", "cape"));
            assertThat(after.get("gucci")).isLessThan(after.get("cape"));
            assertThat(after).isNotEqualTo(before);
        }
    }

    @Test
    void namedAnywhereSaysWhatArticlesNamingSays() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(data.resolve("a.txt"), "Nell Ash wore silver Gucci to the gala.\n");
        try (CorpusIndex index = CorpusIndex.open(tmp.resolve("index"))) {
            IndexUpdater updater = new IndexUpdater(index, FACTS);
            sync(updater, data);
            Retriever retriever = new Retriever(index, IndexSchema.textAnalyzer(), Config.Ranking.DEFAULT);
            for (String person : List.of("Nell Ash", "Ash", "Ola Brin", "Gucci", "Ash Nell", "Zoë")) {
                assertThat(retriever.namedAnywhere(person)).as(person).isEqualTo(!retriever.articlesNaming(person, 1).isEmpty());
            }
            assertThat(retriever.namedAnywhere("Ola Brin")).isFalse();
            Files.writeString(data.resolve("b.txt"), "Ola Brin chose a red cape for the premiere.\n");
            sync(updater, data);
            assertThat(retriever.namedAnywhere("Ola Brin")).isTrue();
        }
    }
}
