package dev.redcarpet.analysis.looks;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading only the end of the text answers what a find() over all of it answers. */
class OpensClauseTest {
    @Test
    void agreesWithFindOverTheWholeText() {
        String[] pieces = {"and", "AND", "although", "but", "so", "x", "Kim", ",", ";", "—", "(", " ", " ", "\t", "“", "\"", "‘",
                "’", "é", "wand", "also"};
        Random random = new Random(3);
        for (int round = 0; round < 20000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) b.append(pieces[random.nextInt(pieces.length)]);
            String text = b.toString();
            assertThat(LookExtractor.opensClause(text)).as(text).isEqualTo(LookExtractor.CLAUSE_START.matcher(text).find());
        }
    }
}
