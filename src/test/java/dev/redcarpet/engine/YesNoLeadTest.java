package dev.redcarpet.engine;

import dev.redcarpet.answer.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A yes/no question the look card decides opens with "Yes:" and the sentence the card read; one it does not decide does not. */
class YesNoLeadTest {
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
    void aDesignerAskedAsWhatWasWornAndOnTheCardOpensWithYesAndTheSentence() {
        Answer a = engine.ask("Did Dorian Holt wear Tom Ford to the 2025 Met Gala?");
        assertThat(a.answer()).startsWith("Yes: ").contains("midnight-blue velvet tuxedo by Tom Ford");
    }

    @Test
    void aDesignerNotOnTheCardOrAskedAsAPremiseIsNotAnsweredYes() {
        assertThat(engine.ask("Did Dorian Holt wear Chanel to the 2025 Met Gala?").answer()).doesNotStartWith("Yes:");
        assertThat(engine.ask("Was Dorian Holt's Tom Ford tuxedo new, or had he worn it before?").answer()).doesNotStartWith("Yes:");
    }
}
