package dev.redcarpet.search;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The remembered last question never answers for another question. */
class DetailTest {
    @Test
    void askedInAnswersEachQuestionForItself() throws Exception {
        String[] questions = {"what shoes did she wear", "who did her hair", "who styled her", "what did she wear", "her make-up and nails",
                "what shoes did she wear", "what shoes did she wear"};
        Detail[] expected = {Detail.SHOES, Detail.HAIR, Detail.STYLIST, null, Detail.NAILS, Detail.SHOES, Detail.SHOES};
        for (int i = 0; i < questions.length; i++) assertThat(Detail.askedIn(questions[i])).as(questions[i]).isEqualTo(expected[i]);
        assertThat(Detail.askedIn(null)).isNull();
        // from several threads at once, questions interleaved
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            java.util.List<Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    for (int k = 0; k < 20_000; k++) {
                        int i = (k + offset) % questions.length;
                        if (Detail.askedIn(new String(questions[i])) != expected[i]) return false;
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : runs) assertThat(f.get()).isTrue();
        } finally {
            pool.shutdown();
        }
    }
}
