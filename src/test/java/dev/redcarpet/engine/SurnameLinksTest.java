package dev.redcarpet.engine;

import dev.redcarpet.answer.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article that gives a star by surname alone is about the one person the rest of the corpus gives that
 * surname; a surname two people share stays unlinked.
 */
class SurnameLinksTest {
    @TempDir
    static Path tmp;
    static Engine engine;

    @BeforeAll
    static void open() throws IOException {
        engine = Fixtures.engineOver("surnames", tmp);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void whatTheSurnameSaidIsFoundUnderTheFullName() {
        Answer a = engine.quotes("Orla Pemberton", null);
        assertThat(a.quotes()).extracting(dev.redcarpet.answer.CitedQuote::text).anyMatch(t -> t.contains("moved like water"));
        assertThat(a.quotes()).extracting(dev.redcarpet.answer.CitedQuote::speaker).containsOnly("Orla Pemberton");
        assertThat(engine.suggestPeople("Pember", 5)).containsExactly("Orla Pemberton");
    }

    @Test
    void aSharedSurnameIsNotCreditedToEitherPerson() {
        assertThat(engine.suggestPeople("Hale", 5)).contains("Hale", "Nadia Hale", "Marcus Hale");
        assertThat(engine.quotes("Nadia Hale", null).quotes()).isEmpty();
    }

    @Test
    void aFullNameArrivingByReloadLinksTheArticlesThatGaveTheSurnameAlone(@TempDir Path other) throws IOException {
        Path data = java.nio.file.Files.createDirectories(other.resolve("data"));
        Path fixtures = Path.of("src/test/resources/fixtures/surnames");
        java.nio.file.Files.copy(fixtures.resolve("2031-09-01-venice-2031-opening-night.txt"), data.resolve("venice.txt"));
        try (Engine e = Engine.open(Fixtures.config(data, other.resolve("index")))) {
            assertThat(e.suggestPeople("Pember", 5)).containsExactly("Pemberton");

            java.nio.file.Files.copy(fixtures.resolve("2031-03-10-oscars-2031-arrivals.txt"), data.resolve("oscars.txt"));
            e.reload();

            assertThat(e.suggestPeople("Pember", 5)).containsExactly("Orla Pemberton");
            Answer a = e.quotes("Orla Pemberton", null);
            assertThat(a.quotes()).extracting(dev.redcarpet.answer.CitedQuote::text).anyMatch(t -> t.contains("moved like water"));
        }
    }
}
