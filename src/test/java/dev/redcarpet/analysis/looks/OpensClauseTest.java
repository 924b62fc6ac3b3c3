package dev.redcarpet.analysis.looks;

import dev.redcarpet.analysis.RandomTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading only the end of the text answers what a find() over all of it answers. */
class OpensClauseTest {
    @Test
    void agreesWithFindOverTheWholeText() {
        String[] pieces = {"and", "AND", "although", "but", "so", "x", "Kim", ",", ";", "—", "(", " ", " ", "\t", "“", "\"", "‘",
                "’", "é", "wand", "also"};
        for (String text : RandomTexts.of(3, 20000, 9, pieces)) {
            assertThat(LookExtractor.opensClause(text)).as(text).isEqualTo(LookExtractor.CLAUSE_START.matcher(text).find());
        }
    }
}
