package dev.redcarpet.engine;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.CitedQuote;
import dev.redcarpet.answer.Source;
import dev.redcarpet.answer.TextRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EngineTest {
    @TempDir
    static Path tmp;
    static Path data;
    static Engine engine;

    @BeforeAll
    static void open() {
        data = Fixtures.copyCorpus(tmp);
        engine = Engine.open(Fixtures.config(data, tmp.resolve("index")));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void seedQuestionQuotesKimOnTheHeelCitedToTheSeedArticle() {
        Answer a = engine.ask("Why were Kim Kardashian's Met Gala shoes heelless?");
        assertThat(a.abstained()).isFalse();
        Source first = a.sources().get(0);
        assertThat(first.id()).isEqualTo("2024-05-08-kim-kardashian-met-gala-shoes");
        assertThat(first.date()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(TextRenderer.render(a)).contains("the heel gets stuck in the metal skirt");
        assertThat(a.quotes()).extracting(CitedQuote::speaker).contains("Kim Kardashian");
    }

    @Test
    void everyQuoteIsVerbatimFromItsCitedArticle() throws IOException {
        for (String q : new String[]{"What did Nova Reyes say about tailoring?", "What did Marco Bellini say about the fittings?",
                "why were kim's shoes heelless", "what did theo marsh say at the oscars"}) {
            Answer a = engine.ask(q);
            for (CitedQuote quote : a.quotes()) {
                Source s = a.sources().stream().filter(x -> x.id().equals(quote.sourceId())).findFirst().orElseThrow();
                String article = Files.readString(data.resolve(s.path()));
                assertThat(article).as(q).contains(quote.text().replace("…", "").strip());
            }
        }
    }

    @Test
    void badQuestionsGetAClearReplyNotAnError() {
        assertThat(engine.ask("").answer()).startsWith("Ask me about a red-carpet look");
        assertThat(engine.ask("   ").abstained()).isTrue();
        Answer longOne = engine.ask("gown ".repeat(2000));
        assertThat(longOne.abstained()).isTrue();
        assertThat(longOne.answer()).contains("characters long").contains("under 1000");
        Answer syntax = engine.ask("AND OR ( ] * ~ \" \\ /");
        assertThat(syntax.answer()).isNotBlank().doesNotContain("Exception");
        Answer lucene = engine.ask("nova AND (reyes OR \"valentino");
        assertThat(lucene.answer()).doesNotContain("Exception");
    }

    @Test
    void aPersonAtAnEditionTheCorpusLacksIsDeclinedWithWhatIsKnown() {
        Answer a = engine.ask("What did Lila Park wear to the 2024 Met Gala?");
        assertThat(a.abstained()).isTrue();
        assertThat(a.answer()).contains("Lila Park").contains("Cannes");
    }

    @Test
    void anEditionTheCorpusLacksIsDeclined() {
        Answer a = engine.ask("Who hosted the 2019 Oscars?");
        assertThat(a.abstained()).isTrue();
        assertThat(a.answer()).contains("2019");
    }

    @Test
    void lookQuestionNamesTheDesignerForTheAskedYear() {
        Answer recent = engine.ask("What did Nova Reyes wear to the 2025 Met Gala?");
        assertThat(recent.answer()).contains("Valentino").doesNotContain("Chanel");
        assertThat(recent.sources().get(0).id()).isEqualTo("2025-05-06-nova-reyes-met-gala");
        Answer older = engine.ask("nova reyes met 2023 dress designer?");
        assertThat(older.answer()).contains("Chanel");
    }

    @Test
    void withoutAYearTheMostRecentEditionIsAnsweredAndOthersNamed() {
        Answer a = engine.ask("What did Nova Reyes wear to the Met Gala?");
        assertThat(a.sources().get(0).id()).isEqualTo("2025-05-06-nova-reyes-met-gala");
        assertThat(TextRenderer.render(a)).contains("2023");
    }

    @Test
    void followUpRefersBackToThePersonOfTheLastAnswer() {
        Answer first = engine.ask("What did Ines Duval wear to the Oscars?");
        Conversation c = engine.contextOf(first, Conversation.empty());
        assertThat(c.person()).isEqualTo("Ines Duval");
        Answer next = engine.ask("what did she say about gold?", c);
        assertThat(TextRenderer.render(next)).contains("Gold is my comfort colour");
    }

    @Test
    void statsAndSourcesDescribeTheCorpus() {
        engine.ask("nova reyes");
        Stats s = engine.stats();
        assertThat(s.articles()).isEqualTo(6);
        assertThat(s.passages()).isGreaterThan(6);
        assertThat(s.questions()).isPositive();
        assertThat(engine.sources().editions()).extracting(CorpusSummary.EditionCount::edition).contains("2024 Met Gala", "2024 Cannes Film Festival");
    }

    @Test
    void autocompleteFindsPeopleDespiteTypos() {
        assertThat(engine.suggestPeople("nova", 5)).contains("Nova Reyes");
        assertThat(engine.suggestPeople("ines duvall", 5)).contains("Ines Duval");
        assertThat(engine.suggestEvents("met", 5)).first().isEqualTo("Met Gala");
    }
}
