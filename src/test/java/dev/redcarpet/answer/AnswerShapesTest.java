package dev.redcarpet.answer;

import dev.redcarpet.config.ConfigLoader;
import dev.redcarpet.engine.Engine;
import dev.redcarpet.eval.Scorer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Answer shapes on a small corpus of our own: leads that answer, lists across articles, honest declines. */
class AnswerShapesTest {
    @TempDir
    static Path tmp;
    static Engine engine;

    @BeforeAll
    static void open() {
        engine = Engine.open(new ConfigLoader(Map.of()).load(Path.of("config")).withData(copy(tmp.resolve("data"))).withIndex(tmp.resolve("index")));
    }

    static Path copy(Path data) {
        try {
            Files.createDirectories(data);
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/answers/articles"))) {
                for (Path f : files.toList()) Files.copy(f, data.resolve(f.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return data;
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static String lead(Answer a) {
        return Scorer.firstSentence(a.answer()).strip();
    }

    @Test
    void aStylistQuestionOpensWithTheStylist() {
        Answer a = engine.ask("Who styled Mira Okafor at the 2024 Golden Globes?");
        assertThat(a.abstained()).isFalse();
        assertThat(lead(a)).isEqualTo("Styled by Dana Whitlock.");
    }

    @Test
    void aLookQuestionOpensWithTheDesignerOfTheAskedEdition() {
        assertThat(lead(engine.ask("What did Mira Okafor wear to the 2024 Met Gala?"))).contains("Valentino").doesNotContain("Schiaparelli");
        assertThat(lead(engine.ask("What did Mira Okafor wear to the 2024 Golden Globes?"))).contains("Schiaparelli").doesNotContain("Valentino");
    }

    @Test
    void whoWoreAHouseListsEveryGuestInItWithSources() {
        Answer a = engine.ask("Who wore Schiaparelli to the 2024 Golden Globes?");
        assertThat(a.abstained()).isFalse();
        assertThat(lead(a)).contains("Mira Okafor").contains("Priya Castellanos").doesNotContain("Jonah Vell");
        assertThat(a.answer().lines().filter(l -> l.startsWith("\u2022")).toList())
                .hasSize(2).allSatisfy(l -> assertThat(l).containsPattern("\\[\\d\\]"));
        assertThat(a.sources()).extracting(Source::id).containsExactly("2024-01-08-globes-who-wore-what");
    }

    @Test
    void whoWoreAHouseAtNoEventListsEachLookWithWhereItWasWorn() {
        Answer a = engine.ask("Who wore Valentino?");
        assertThat(a.abstained()).isFalse();
        assertThat(a.items()).extracting(ListItem::label)
                .contains("Mira Okafor, 2024 Met Gala", "Jonah Vell, 2024 Golden Globes");
        assertThat(a.items()).allSatisfy(i -> assertThat(i.sourceIds()).isNotEmpty());
    }

    @Test
    void aSentenceStyledBySomeoneElseStillDescribesTheAskedLook() {
        Answer a = engine.ask("What did Rafe Dunmore wear to the Tidewater premiere?");
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).contains("linen suit by Loewe").doesNotContain("Erdem");
    }

    @Test
    void aPersonTheCorpusNeverNamesIsDeclinedWithOrWithoutAnEvent() {
        for (String q : new String[]{"What did Quentin Zorblax wear?", "what did quentin zorblax wear", "What did Taylor Swift wear?",
                "what did taylor swift wear", "What did Taylor Swift wear to the Met Gala?", "quentin zorblax golden globes dress?",
                "what did zorblina wear to the met gala?", "what was zorblina wearing"}) {
            Answer a = engine.ask(q);
            assertThat(a.abstained()).as(q).isTrue();
            assertThat(a.quotes()).as(q).isEmpty();
            assertThat(a.answer()).as(q).doesNotContain("Okafor").doesNotContain("Vell");
        }
    }

    @Test
    void aDeclineForAnUnknownNameSaysWhatIsCovered() {
        Answer a = engine.ask("What did Quentin Zorblax wear?");
        assertThat(a.answer()).contains("Quentin Zorblax").contains("2024 Met Gala");
    }

    @Test
    void questionsOutsideWhatArticlesReportAreDeclinedWithTheLooksKnown() {
        for (String q : new String[]{"Who is Mira Okafor dating?", "How many Golden Globes has Mira Okafor won in her career?",
                "What is Mira Okafor's next film?"}) {
            Answer a = engine.ask(q);
            assertThat(a.abstained()).as(q).isTrue();
            assertThat(a.answer()).as(q).contains("Mira Okafor").contains("Met Gala");
        }
    }

    @Test
    void whatSomeoneSaidAboutAnOffTopicSubjectIsStillAQuote() {
        Answer a = engine.ask("What did Mira Okafor say about her grandmother?");
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).contains("grandmother's garden");
    }

    @Test
    void aQuoteThatOpensTheAnswerIsNotPrintedTwice() {
        Answer a = engine.ask("What did Jonah Vell say about comfort at TIFF?");
        String rendered = TextRenderer.render(a);
        assertThat(rendered).contains("Comfort first, always");
        assertThat(rendered.split("Comfort first, always", -1)).hasSize(2);
    }

    @Test
    void aQuoteShownInTheAnswerIsNotRepeatedInsideASupportingSentence() {
        Answer a = engine.ask("What did Lila Brandt say about her dress at the 2022 CFDA Awards?");
        String rendered = TextRenderer.render(a);
        assertThat(rendered).contains("terrified of this dress");
        assertThat(rendered.split("terrified of this dress", -1)).hasSize(2);
    }

    @Test
    void aQuoteOfAFewWordsOpensWithTheSentenceThatSaysWhatItWasAbout() {
        Answer a = engine.ask("What did Tessa Marlowe say she wanted to feel like at the Emmys?");
        assertThat(a.abstained()).isFalse();
        assertThat(lead(a)).contains("film noir heroine").contains("custom Rodarte piece");
        String rendered = TextRenderer.render(a);
        assertThat(rendered.split("film noir heroine", -1)).hasSize(2);
    }

    @Test
    void aStylistQuestionIsAnsweredByTheSentenceNamingTheStylistNotByOneAboutStyling() {
        Answer a = engine.ask("Who styled Odile Marsh at the 2024 Emmys?");
        assertThat(a.abstained()).isFalse();
        assertThat(lead(a)).contains("Corin Ashby");
    }

    @Test
    void aHowLongQuestionOpensWithTheDurationNotAnotherNumber() {
        Answer a = engine.ask("How long did Tessa Marlowe's Emmys gown take to make?");
        assertThat(a.abstained()).isFalse();
        assertThat(lead(a)).contains("410 hours");
        assertThat(a.answer()).doesNotContain("29-year-old");
    }

    @Test
    void eachPartOfATwoPartQuestionGetsASentenceThatAnswersIt() {
        Answer a = engine.ask("What did the Lyon museum pay for Tessa Marlowe's hand-beaded midnight-blue velvet Rodarte Emmys gown, and what was its first price?");
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).contains("$20,000").contains("$95,000");
    }

    @Test
    void aQuestionEndingInWhereIsAnsweredWithThePlace() {
        Answer a = engine.ask("Who hosted the 2022 CFDA Awards, and where?");
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).contains("Lila Brandt").contains("Brooklyn Navy Yard Hall");
    }

    @Test
    void anUndatedReportOfAnEventIsFoundUnderThatEvent() {
        Answer a = engine.person("Noor Vale", "Grammys");
        assertThat(a.abstained()).isFalse();
        assertThat(a.sources()).extracting(Source::id).contains("grammys-noor-vale-undated");
    }

    @Test
    void aTitleNamingSeveralGuestsDoesNotMakeEverySentenceTheirs() {
        Answer a = engine.ask("What necklace did Priya Lennox wear at the 2024 Grammys?");
        assertThat(a.answer()).contains("Mikimoto").doesNotContain("Bulgari");
    }

    @Test
    void evidenceIsAboutTheAskedPersonOnly() {
        Answer a = engine.ask("What did Jonah Vell wear to the 2024 Golden Globes?");
        assertThat(a.answer()).contains("Valentino").doesNotContain("Schiaparelli").doesNotContain("statue");
    }

    @Test
    void aDetailTheArticlesNeverDescribeIsDeclinedInOneLine() {
        Answer a = engine.ask("What shoes did Jonah Vell wear at TIFF 2023?");
        assertThat(a.abstained()).isTrue();
        assertThat(a.answer()).contains("Jonah Vell").contains("2023 Toronto International Film Festival").contains("not the shoes")
                .doesNotContain("\n");
        Answer described = engine.ask("What shoes did Mira Okafor wear to the 2024 Met Gala?");
        assertThat(described.abstained()).isFalse();
        assertThat(described.answer()).contains("silver sandals");
    }

    @Test
    void aComparisonGivesBothSidesInItsFirstSentence() {
        Answer a = engine.ask("Compare Mira Okafor at the 2024 Golden Globes and at the 2024 Met Gala.");
        assertThat(a.abstained()).isFalse();
        assertThat(lead(a)).contains("Schiaparelli").contains("Valentino");
        assertThat(a.sources()).extracting(Source::id).contains("2024-01-08-globes-who-wore-what", "2024-05-07-met-mira-okafor");
    }

    @Test
    void aFollowUpKeepsTheEventOfTheLastAnswer() {
        var context = engine.contextOf(engine.ask("What did Mira Okafor wear to the 2024 Met Gala?"), null);
        Answer a = engine.ask("What earrings did she wear?", context);
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).contains("diamond drop earrings");
        assertThat(a.sources().get(0).id()).isEqualTo("2024-05-07-met-mira-okafor");
    }
}
