package dev.redcarpet.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "How long / how many / how much" questions ask for a figure of one kind; other numbers do not answer them. */
class MeasureTest {
    @Test
    void theQuestionSaysWhichKindOfFigureItAsks() {
        assertThat(Measure.askedIn("how long did the gown take to make")).isEqualTo(Measure.DURATION);
        assertThat(Measure.askedIn("how many crystals were on it")).isEqualTo(Measure.COUNT);
        assertThat(Measure.askedIn("how much weight did she lose for the dress")).isEqualTo(Measure.WEIGHT);
        assertThat(Measure.askedIn("tell me how much the dress cost")).isEqualTo(Measure.AMOUNT);
        assertThat(Measure.askedIn("how old was she")).isEqualTo(Measure.AGE);
        assertThat(Measure.askedIn("what did the museum pay for the dress")).isEqualTo(Measure.AMOUNT);
        assertThat(Measure.askedIn("what did she wear")).isNull();
    }

    @Test
    void aFigureOfTheAskedKindIsFoundAndAnotherNumberIsNot() {
        assertThat(Measure.DURATION.givenIn("It took 410 hours to finish.")).isTrue();
        assertThat(Measure.DURATION.givenIn("It took three months of fittings.")).isTrue();
        assertThat(Measure.DURATION.givenIn("The 29-year-old wore 12,000 beads.")).isFalse();
        assertThat(Measure.WEIGHT.givenIn("She dropped 16 pounds to fit into it.")).isTrue();
        assertThat(Measure.WEIGHT.givenIn("It was bought for $4.81 million.")).isFalse();
        assertThat(Measure.AMOUNT.givenIn("It was bought for $4.81 million.")).isTrue();
        assertThat(Measure.DURATION.countIn("It took 410 hours and two weeks.")).isEqualTo(2);
    }
}
