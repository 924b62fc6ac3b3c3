package dev.redcarpet.engine;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.Lead;
import dev.redcarpet.answer.ListItem;
import dev.redcarpet.answer.TextRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The first sentence answers what was asked, for each question type, and the engine says it as data. */
class LeadsTest {
    @TempDir
    static Path tmp;
    static Engine engine;

    @BeforeAll
    static void open() throws IOException {
        engine = Fixtures.engineOver("leads", tmp);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void aYesNoDetailDescribedOtherwiseOpensWithNoAndTheSentence() {
        Answer a = engine.ask("Did Lina Marsh wear heels at the 2025 Met Gala?");
        assertThat(a.lead()).isInstanceOf(Lead.Verdict.class);
        assertThat(((Lead.Verdict) a.lead()).yes()).isFalse();
        assertThat(a.answer()).startsWith("No: Under the gown she wore silver sneakers");
    }

    @Test
    void aYesNoDetailTheSentenceNamesOpensWithYes() {
        assertThat(engine.ask("Did Lina Marsh wear sneakers at the 2025 Met Gala?").answer()).startsWith("Yes: Under the gown she wore silver sneakers");
    }

    @Test
    void aHairQuestionOpensWithTheHairSentence() {
        Answer a = engine.ask("How was Lina Marsh's hair done at the 2025 Met Gala?");
        assertThat(a.lead()).isInstanceOf(Lead.Detail.class);
        assertThat(a.answer()).startsWith("Her hair was pulled into a sleek bubble ponytail");
    }

    @Test
    void aStylistQuestionOpensWithTheStylistsName() {
        assertThat(engine.ask("Who styled Lina Marsh at the 2025 Met Gala?").answer()).startsWith("Styled by Tessa Orlin.");
    }

    @Test
    void bestDressedIsReadFromTheArticlesOwnSection() {
        Answer best = engine.ask("Who was best dressed at the 2025 Met Gala?");
        assertThat(best.lead()).isInstanceOf(Lead.Ranked.class);
        assertThat(best.items()).extracting(ListItem::label).containsExactly("Orla Finch", "Jasper Quill");
        assertThat(best.items()).allSatisfy(i -> assertThat(best.sourceNumber(i.sourceIds().get(0))).isPositive());
        assertThat(TextRenderer.render(best)).contains("\u2022 Orla Finch \u2014 Schiaparelli").contains("best-dressed at the 2025 Met Gala");

        Answer worst = engine.ask("worst dressed at the met gala 2025");
        assertThat(worst.items()).extracting(ListItem::label).containsExactly("Ruby Kade");
    }

    @Test
    void aQuoteThatOpensTheAnswerIsNotPrintedAgain() {
        Answer a = engine.ask("What did Lina Marsh say about her sneakers at the 2025 Met Gala?");
        String shown = TextRenderer.render(a);
        assertThat(shown).contains("dance all night");
        assertThat(shown.indexOf("dance all night")).isEqualTo(shown.lastIndexOf("dance all night"));
    }

    @Test
    void anUnknownPersonIsDeclinedAsDataWithWhatIsKnownInstead() {
        Answer a = engine.ask("What did Lina Marsh wear to the 2023 Oscars?");
        assertThat(a.abstained()).isTrue();
        assertThat(a.decline()).isNotNull();
        assertThat(a.lead()).isNull();
        assertThat(a.answer()).contains("Lina Marsh");
    }
}
