package dev.redcarpet.bench;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.TextRenderer;
import dev.redcarpet.config.Config;
import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusGeneratorTest {
    private static final Config CONFIG = new ConfigLoader(Map.of()).load(null);

    @Test
    void theSameSeedWritesTheSameCorpusAndAnotherSeedADifferentOne() {
        CorpusGenerator a = CorpusGenerator.of(CONFIG, 500, 7);
        CorpusGenerator b = CorpusGenerator.of(CONFIG, 500, 7);
        CorpusGenerator c = CorpusGenerator.of(CONFIG, 500, 8);
        for (int i : new int[]{0, 1, 123, 499, 505}) {
            assertThat(b.article(i)).isEqualTo(a.article(i));
            assertThat(c.article(i).text()).isNotEqualTo(a.article(i).text());
        }
        assertThat(b.questions(40)).isEqualTo(a.questions(40));
    }

    @Test
    void articlesAreRawTextOfThreeHundredToFifteenHundredWordsWithQuotesAndTheirFacts() {
        CorpusGenerator g = CorpusGenerator.of(CONFIG, 1000, 42);
        for (int i = 0; i < 200; i++) {
            GeneratedArticle a = g.article(i);
            assertThat(a.text()).matches("(?s)^ date \\d{4}-\\d{2}-\\d{2} .*");
            assertThat(a.text().strip().split("\\s+").length).as(a.id()).isBetween(300, 1500);
            assertThat(a.text()).contains(a.person(), a.designer(), a.eventName(), "\u201C");
            assertThat(a.text()).containsIgnoringCase(a.quoteWord());
        }
        assertThat(IntStream.range(0, 200).mapToObj(g::article).map(GeneratedArticle::id).distinct()).hasSize(200);
    }

    @Test
    void theEngineReadsEveryGeneratedArticleAndAnswersALookQuestionFromIt(@TempDir Path tmp) {
        CorpusGenerator g = CorpusGenerator.of(CONFIG, 60, 3);
        g.write(tmp.resolve("articles"), 0, 60);
        List<BenchQuestion> questions = g.questions(20);
        BenchQuestion look = questions.stream().filter(q -> q.kind().equals("look")).findFirst().orElseThrow();
        GeneratedArticle source = IntStream.range(0, 60).mapToObj(g::article)
                .filter(a -> a.id().equals(look.relevant().get(0))).findFirst().orElseThrow();
        Config config = CONFIG.withData(tmp.resolve("articles")).withIndex(tmp.resolve("index"));
        try (Engine engine = Engine.open(config)) {
            assertThat(engine.lastReload().failed()).isEmpty();
            assertThat(engine.stats().articles()).isEqualTo(60);
            Answer answer = engine.ask(look.question());
            assertThat(answer.abstained()).isFalse();
            assertThat(answer.sources()).extracting(s -> s.id()).contains(source.id());
            assertThat(TextRenderer.render(answer)).contains(source.designer());
        }
        assertThat(Files.exists(tmp.resolve("articles").resolve(source.fileName()))).isTrue();
    }
}
