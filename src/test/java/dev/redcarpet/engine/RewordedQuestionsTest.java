package dev.redcarpet.engine;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.ListItem;
import dev.redcarpet.eval.Scorer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same question put another way gets the same answer: a polite frame ("tell me"), a topic before the
 * question ("… - who wore Valentino"), "was in" for "wore", a word for the people asked about ("celebs"),
 * two people in one look question, a speech noun ("comments"), a capitalised first word that is no name.
 */
class RewordedQuestionsTest {
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
    void aPoliteFrameDoesNotMakeALookQuestionAQuote() {
        Answer a = engine.ask("Tell me what Tamsin Reyes wore to the British Fashion Awards in 2023");
        assertThat(Scorer.firstSentence(a.answer())).contains("Valentino");
        assertThat(a.looks()).isNotEmpty();
    }

    @Test
    void everyWayOfAskingWhoWoreAHouseGivesTheList() {
        for (String q : new String[] {"Who was in Valentino at the 2023 British Fashion Awards?",
                "which celebs wore valentino at the british fashion awards 2023",
                "british fashion awards 2023 - who wore valentino",
                "Tell me who wore Valentino at the 2023 British Fashion Awards"}) {
            Answer a = engine.ask(q);
            assertThat(a.items()).as(q).extracting(ListItem::label).contains("Orla Penhale", "Tamsin Reyes").doesNotContain("Jonah Vale");
        }
    }

    @Test
    void twoPeopleInOneLookQuestionGetOneLookEach() {
        Answer a = engine.ask("What did Tamsin Reyes and Ivy Castell each wear to the 2023 British Fashion Awards?");
        assertThat(a.answer()).contains("Valentino").contains("Prada");
    }

    @Test
    void commentsAreWhatSomeoneSaid() {
        Answer a = engine.ask("What were Ivy Castell's comments to her designer?");
        assertThat(Scorer.firstSentence(a.answer())).contains("feel brave");
    }

    @Test
    void aCapitalisedFirstWordThatIsAnOrdinaryWordIsNoUnknownName() {
        Answer a = engine.ask("Compare Tamsin Reyes's look with Ivy Castell's at the 2023 British Fashion Awards");
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).contains("Valentino").contains("Prada");
    }
}
