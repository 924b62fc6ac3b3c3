package dev.redcarpet.answer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A supporting sentence that only repeats part of the quote the answer opens with is not shown again. */
class QuoteOnceTest {
    private final CitedQuote quote = new CitedQuote("I loved the fit on the day. I had to hold it up all night, honestly.", "Ada Roe", "a1");

    @Test
    void aSentenceCutOutOfTheQuoteHoldsIt() {
        assertThat(AnswerComposer.holdsAQuote("I had to hold it up all night, honestly.\"", quote)).isTrue();
    }

    @Test
    void aSentenceAboutTheSameThingInOtherWordsDoesNot() {
        assertThat(AnswerComposer.holdsAQuote("She kept the gown on all night at the party.", quote)).isFalse();
    }
}
