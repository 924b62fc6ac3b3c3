package dev.redcarpet.engine;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.Cited;
import dev.redcarpet.answer.TextRenderer;
import dev.redcarpet.search.Intent;
import dev.redcarpet.search.Question;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Both sides of a comparison, each in its own words. */
class ComparisonTest {
    @Test
    void aSentenceTheFirstSideShowsIsNotShownAgainUnderTheSecond() {
        Cited shared = new Cited("She wore a denim corset and a long denim skirt to the awards.", "cfda");
        Cited own = new Cited("At the later show she chose a black velvet dress.", "bfa");
        Answer first = Answer.of("a", null, List.of(shared), List.of(), List.of(), List.of());
        Answer second = Answer.of("b", null, List.of(shared, own), List.of(), List.of(), List.of());
        Question whole = new Question("compare", "compare", Intent.COMPARE, List.of("Ada Roe"), List.of(), null, null, 0, null, List.of());
        String text = TextRenderer.shortAnswer(Comparison.merge(whole, first, second));
        assertThat(text.split("denim corset", -1)).hasSize(2);
        assertThat(text).contains("black velvet dress");
    }
}
