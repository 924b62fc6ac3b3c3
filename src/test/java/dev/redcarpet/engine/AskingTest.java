package dev.redcarpet.engine;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.Decline;
import dev.redcarpet.answer.ListItem;
import dev.redcarpet.answer.TextRenderer;
import dev.redcarpet.eval.Scorer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions as fans type them, over a corpus none of this was tuned on: a pronoun with no one named asks who
 * is meant; a name the corpus lacks is declined however it is typed; "what did she write" and a short reply
 * are quotes; a list names every guest whose section names the house, and never the host who only praised it.
 */
class AskingTest {
    @TempDir
    static Path tmp;
    static Engine engine;

    @BeforeAll
    static void open() throws IOException {
        engine = Fixtures.engineOver("asking", tmp);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void aPronounWithNoOneNamedAsksWhoIsMeant() {
        Answer a = engine.ask("who designed her dress?");
        assertThat(a.abstained()).isTrue();
        assertThat(a.decline().reason()).isEqualTo(Decline.Reason.WHO_IS_MEANT);
        assertThat(TextRenderer.shortAnswer(a)).startsWith("Who do you mean?").doesNotContain("\n");
    }

    @Test
    void thePronounIsAnsweredOnceThePersonWasNamed() {
        Conversation c = engine.contextOf(engine.ask("What did Tamsin Reyes wear to the 2023 British Fashion Awards?"), Conversation.empty());
        Answer a = engine.ask("who designed her dress?", c);
        assertThat(a.abstained()).isFalse();
        assertThat(Scorer.firstSentence(a.answer())).contains("Valentino");
    }

    @Test
    void theBritishFashionAwardsAreAnEditionOfTheirOwn() {
        Answer a = engine.ask("What did Tamsin Reyes wear to the 2023 British Fashion Awards?");
        assertThat(Scorer.firstSentence(a.answer())).contains("Valentino").contains("2023 British Fashion Awards");
        assertThat(a.answer()).doesNotContain("Rabanne");
    }

    @Test
    void aLowercaseNameTheCorpusLacksIsDeclinedEvenBesideARareWord() {
        // "lowestoft" is a town one article names once; "daria" appears nowhere
        Answer a = engine.ask("daria lowestoft british fashion awards 2023 dress?");
        assertThat(a.abstained()).isTrue();
        assertThat(a.decline().reason()).isEqualTo(Decline.Reason.UNKNOWN_NAME);
    }

    @Test
    void whatSomeoneWroteIsAQuote() {
        Answer a = engine.ask("What did Ivy Castell write to her designer?");
        assertThat(Scorer.firstSentence(a.answer())).contains("feel brave");
    }

    @Test
    void aShortReplyAnswersTheQuestionThatPromptedIt() {
        Answer a = engine.ask("What did Jonah Vale say when a reporter asked if he enjoyed hosting the night?");
        assertThat(Scorer.firstSentence(a.answer())).contains("Every minute");
    }

    @Test
    void aListNamesEveryGuestWhoseSectionNamesTheHouseAndNotTheHostWhoPraisedIt() {
        Answer a = engine.ask("Who wore Valentino at the 2023 British Fashion Awards?");
        assertThat(a.items()).extracting(ListItem::label).contains("Orla Penhale", "Tamsin Reyes").doesNotContain("Jonah Vale", "Ivy Castell");
        assertThat(a.items()).allSatisfy(i -> assertThat(i.sourceIds()).isNotEmpty());
    }

    @Test
    void onlyTheArticlesTheReplyShowsAreCited() {
        Answer a = engine.ask("What did Tamsin Reyes say she felt like in her chainmail Rabanne dress?");
        assertThat(a.answer()).contains("ready for battle");
        assertThat(a.sources()).extracting(dev.redcarpet.answer.Source::id).containsExactly("2024-02-05-grammys-2024-carpet");
        String rendered = TextRenderer.render(a);
        assertThat(rendered.substring(rendered.indexOf("Sources:"))).doesNotContain("British Fashion Awards");
    }

    @Test
    void aRequestAroundTheQuestionAsksNothingItself() {
        // "tell me" is no quote question: what follows it is what was asked
        Answer list = engine.ask("Tell me who wore Valentino at the 2023 British Fashion Awards");
        assertThat(list.items()).extracting(ListItem::label).contains("Orla Penhale", "Tamsin Reyes");
        Answer look = engine.ask("can you tell me what Tamsin Reyes wore to the 2023 British Fashion Awards");
        assertThat(Scorer.firstSentence(look.answer())).contains("Valentino");
    }

    @Test
    void questionsOutsideTheArticlesAreDeclinedHoweverWorded() {
        for (String q : new String[]{"Tell me what Tamsin Reyes's next film is", "What's Tamsin Reyes's career Grammy count?",
                "Who is Tamsin Reyes's fianc\u00e9?"}) {
            Answer a = engine.ask(q);
            assertThat(a.abstained()).as(q).isTrue();
            assertThat(a.decline().reason()).as(q).isEqualTo(Decline.Reason.OUT_OF_SCOPE);
        }
        // a partner's look is still a look question
        assertThat(engine.ask("What did Tamsin Reyes's husband wear to the 2023 British Fashion Awards?").decline())
                .satisfiesAnyOf(d -> assertThat(d).isNull(), d -> assertThat(d.reason()).isNotEqualTo(Decline.Reason.OUT_OF_SCOPE));
    }

    @Test
    void anotherGuestsDesignerIsNeverPartOfTheirLook() {
        // the host's own sentence names his suit and, in passing, the house a guest wore
        Answer a = engine.ask("What did Jonah Vale wear to the 2023 British Fashion Awards?");
        assertThat(Scorer.firstSentence(a.answer())).contains("Loewe");
        assertThat(a.answer()).doesNotContain("Valentino");
        // a house named beside someone else is kept when it is the asked person's own
        assertThat(engine.ask("What did Tamsin Reyes wear to the 2023 British Fashion Awards?").answer()).contains("Valentino");
    }

    @Test
    void howSomeoneIntroducedThemselvesIsWhatTheySaid() {
        Answer a = engine.ask("How did Jonah Vale introduce himself at the 2023 British Fashion Awards?");
        assertThat(Scorer.firstSentence(a.answer())).contains("host you get");
    }
}
