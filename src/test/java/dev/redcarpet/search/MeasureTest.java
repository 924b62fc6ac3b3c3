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
    void theRememberedLastQuestionNeverAnswersForAnother() throws Exception {
        String[] questions = {"how long did the gown take to make", "what did she wear", "how many crystals were on it",
                "how long did the gown take to make", "how old was she", "how old was she", "what did the museum pay for the dress"};
        Measure[] expected = {Measure.DURATION, null, Measure.COUNT, Measure.DURATION, Measure.AGE, Measure.AGE, Measure.AMOUNT};
        for (int i = 0; i < questions.length; i++) assertThat(Measure.askedIn(questions[i])).as(questions[i]).isEqualTo(expected[i]);
        assertThat(Measure.askedIn(null)).isNull();
        // from several threads at once, questions interleaved
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    for (int k = 0; k < 5_000; k++) {
                        int i = (k + offset) % questions.length;
                        if (Measure.askedIn(new String(questions[i])) != expected[i]) return false;
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> f : runs) assertThat(f.get()).isTrue();
        } finally {
            pool.shutdown();
        }
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
