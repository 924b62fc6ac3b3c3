package dev.redcarpet.engine;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.Source;
import dev.redcarpet.answer.TextRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A person named at an edition only in a list (a co-chair) gets one honest line, not the other guests' looks. */
class OnlyMentionedTest {
    @TempDir
    static Path tmp;
    static Engine engine;

    @BeforeAll
    static void open() throws IOException {
        engine = Fixtures.engineOver("only-mentioned", tmp);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void aCoChairNamedOnlyInPassingIsToldSoWithTheSentenceThatNamesHerCited() {
        Answer a = engine.ask("What did Priya Vance wear to the 2025 Met Gala?");
        assertThat(a.answer()).startsWith("My articles name Priya Vance at the 2025 Met Gala only in passing")
                .contains("co-chairs of the 2025 Met Gala are Dorian Holt, Mara Quist and Priya Vance");
        assertThat(a.sources()).extracting(Source::id).containsExactly("2025-02-10-met-gala-2025-cochairs");
        String shown = TextRenderer.render(a);
        assertThat(shown).doesNotContain("tuxedo").doesNotContain("Tom Ford").doesNotContain("brooch");
    }

    @Test
    void aGuestNamedInPassingAtTheEditionButDescribedInAnUndatedReportOfTheEventGetsTheLook() {
        Answer a = engine.ask("What did Ines Moreau wear to the 2025 Met Gala?");
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).doesNotContain("only in passing").contains("Schiaparelli");
        assertThat(a.sources()).extracting(Source::id).contains("ines-moreau-met-gala-undated");
    }

    @Test
    void theGuestWhoseLookIsDescribedStillGetsIt() {
        Answer a = engine.ask("What did Dorian Holt wear to the 2025 Met Gala?");
        assertThat(a.answer()).doesNotContain("only in passing").contains("tuxedo");
        assertThat(a.sources()).extracting(Source::id).contains("2025-05-06-dorian-holt-met-gala");
    }
}
