package dev.redcarpet.engine;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Follow-ups keep what the conversation established: an elliptic question asks the same thing at the new
 * edition, "it" is the look just discussed, and a follow-up's context carries its edition on. Also: with a
 * year asked, the sources listed are of that edition; and a run of sentences about someone goes on past a
 * quote ("…," she said. She worked with stylist…) even where analysis gave the passage to a companion; and
 * "who made the headpiece she wore" asks about her look, not for a list of who wore something.
 */
class FollowupsTest {
    @TempDir
    static Path tmp;
    static Engine engine;

    @BeforeAll
    static void open() throws IOException {
        engine = Fixtures.engineOver("followups", tmp);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void aFollowUpAfterADeclineAboutSomeoneStillMeansThem() {
        Answer declined = engine.ask("What did Wren Ashby wear to the 2022 Met Gala?");
        assertThat(declined.abstained()).isTrue();
        Conversation c = engine.contextOf(declined, Conversation.empty());
        assertThat(c.person()).isEqualTo("Wren Ashby");
        Answer next = engine.ask("and at the 2025 Grammys?", c);
        assertThat(next.abstained()).isFalse();
        assertThat(next.sources().get(0).id()).isEqualTo("2025-02-03-wren-ashby-grammys-2025");
        Answer unknown = engine.ask("who styled her?", engine.contextOf(engine.ask("What did Quilla Marrowby wear?"), Conversation.empty()));
        assertThat(unknown.decline().reason()).isNotEqualTo(dev.redcarpet.answer.Decline.Reason.WHO_IS_MEANT);
        assertThat(unknown.answer()).contains("Quilla Marrowby");
    }

    @Test
    void someoneAskedAboutRightAfterAnEventIsAskedAboutAtThatEvent() {
        Conversation c = engine.contextOf(engine.ask("Who arrived at the 2024 Grammys?"), Conversation.empty());
        Answer next = engine.ask("What did Wren Ashby wear?", c);
        assertThat(dev.redcarpet.eval.Scorer.firstSentence(next.answer())).contains("Erdem").doesNotContain("Simone Rocha");
        // asked on its own, it is her newest look
        assertThat(dev.redcarpet.eval.Scorer.firstSentence(engine.ask("What did Wren Ashby wear?").answer())).contains("Simone Rocha");
    }

    @Test
    void thatStandingAloneIsTheLookJustDiscussed() {
        Conversation c = engine.contextOf(engine.ask("What did Wren Ashby wear to the 2025 Grammys?"), Conversation.empty());
        Answer next = engine.ask("which collection is that from", c);
        assertThat(next.sources().get(0).id()).isEqualTo("2025-02-03-wren-ashby-grammys-2025");
        assertThat(next.answer()).contains("autumn-winter 2024");
    }

    @Test
    void anEllipticFollowUpAsksTheSameThingAtTheNewYear() {
        Conversation c = engine.contextOf(engine.ask("What did Wren Ashby wear to the 2024 Grammys?"), Conversation.empty());
        Answer next = engine.ask("And what about in 2025?", c);
        assertThat(next.sources().get(0).id()).isEqualTo("2025-02-03-wren-ashby-grammys-2025");
        assertThat(dev.redcarpet.eval.Scorer.firstSentence(next.answer())).contains("Simone Rocha");
    }

    @Test
    void aFollowUpAboutItKeepsThePersonAndTheEdition() {
        Conversation c = engine.contextOf(engine.ask("What did Wren Ashby wear to the 2025 Grammys?"), Conversation.empty());
        Answer next = engine.ask("which collection was it from?", c);
        assertThat(next.sources().get(0).id()).isEqualTo("2025-02-03-wren-ashby-grammys-2025");
        assertThat(next.answer()).contains("autumn-winter 2024").doesNotContain("resort 2025");
    }

    @Test
    void theContextOfAFollowUpKeepsTheEditionItWasAskedAt() {
        Conversation first = engine.contextOf(engine.ask("What did Wren Ashby wear to the 2025 Grammys?"), Conversation.empty());
        Conversation second = engine.contextOf(engine.ask("And what about in 2024?", first), first);
        assertThat(second.person()).isEqualTo("Wren Ashby");
        assertThat(second.year()).isEqualTo(2024);
        Conversation third = engine.contextOf(engine.ask("what did her fans guess the bow at her hip meant?", second), second);
        assertThat(third.year()).isEqualTo(2024);
    }

    @Test
    void withAYearAskedOnlyThatEditionsArticlesAreListed() {
        Answer a = engine.ask("What did Pico Lund wear to the 2025 Grammys?");
        assertThat(a.answer()).contains("Roksanda coat");
        assertThat(a.sources()).extracting(Source::id).doesNotContain("2024-02-05-grammys-2024-arrivals");
    }

    @Test
    void aRunAboutSomeoneGoesOnPastAQuoteToTheirStylist() {
        Answer a = engine.ask("Who styled Brave Otto at the 2023 amfAR gala?");
        assertThat(a.answer()).startsWith("Styled by Nadia Brook.");
    }

    @Test
    void whoMadeWhatANamedPersonWoreIsAboutHerLookNotAList() {
        Answer a = engine.ask("Who made the headpiece Wren Ashby wore at the 2025 Grammys?");
        assertThat(a.items()).isEmpty();
        assertThat(a.lead()).isNotInstanceOf(dev.redcarpet.answer.Lead.Listed.class);
        assertThat(a.answer()).contains("Ada Quill");
    }
}
