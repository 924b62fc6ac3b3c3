package dev.redcarpet.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class QuickFindTest {
    private static final Pattern WORDS = Pattern.compile("\\b(she|he|they|her)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAIR = Pattern.compile("(?:(?=[Tt])|^)(?:\\b[Tt]he (?:pair|couple)\\b|^\\s*[“\"]?Both\\b)");

    @Test
    void findsWhatTheMatcherFindsInOrder() {
        QuickFind q = new QuickFind(WORDS, QuickFind.bothCases("sht"), true, false);
        String text = "She said he wore it; THEY agreed, though other heroes and Sheila did not. Her, her!";
        assertThat(spans(q, text)).isEqualTo(spans(WORDS, text)).hasSize(5);
    }

    @Test
    void anOpeningBranchStillMatchesAtTheStart() {
        QuickFind q = new QuickFind(PAIR, "Tt", true, true);
        assertThat(spans(q, "  “Both wore gold, said the couple.")).containsExactly("0-7", "24-34");
        assertThat(spans(q, "They both wore gold.")).isEmpty();
    }

    @Test
    void agreesWithTheMatcherOnRandomText() {
        QuickFind words = new QuickFind(WORDS, QuickFind.bothCases("sht"), true, false);
        QuickFind pair = new QuickFind(PAIR, "Tt", true, true);
        String[] pieces = {"she", "He", "they", "her", "the", "The", "pair", "couple", "Both", " ", " ", ",", "“", "\"", "_", "é", "x", "9", "\n"};
        for (String text : RandomTexts.of(7, 2000, 12, pieces)) {
            assertThat(spans(words, text)).as(text).isEqualTo(spans(WORDS, text));
            assertThat(spans(pair, text)).as(text).isEqualTo(spans(PAIR, text));
        }
    }

    @Test
    void wordsWithCommonFirstLettersAgreeWithTheMatcher() {
        // "co" and "st" open many words: the third letter is checked too, which must not lose a match
        Pattern cue = Pattern.compile("\\b(completed|courtesy of|stepped out|styled|channell?ed|wore)\\b", Pattern.CASE_INSENSITIVE);
        QuickFind q = QuickFind.startingLike(cue, true, "completed", "courtesy of", "stepped out", "styled", "channell?ed", "wore");
        String[] pieces = {"completed", "COMPLETED", "comp", "courtesy", " of", "Courtesy Of", "stepped", " out", "STYLED", "sty",
                "channeled", "channelled", "chan", "wore", "Wo", "co", " ", ",", "é", "x", "9", "_"};
        for (String text : RandomTexts.of(11, 5000, 10, pieces)) {
            assertThat(spans(q, text)).as(text).isEqualTo(spans(cue, text));
        }
    }

    @Test
    void startsBeyondAsciiToo() {
        Pattern clause = Pattern.compile("[;—–]|,\\s+(?=(and|but)\\b)|\\s(?=while\\b)");
        QuickFind q = new QuickFind(clause, ";—–, \t\n\u000B\f\r", false, false);
        String[] pieces = {"and", "but", "while", ",", ";", "—", "–", " ", "\t", "x", "é", "\n"};
        for (String text : RandomTexts.of(5, 5000, 10, pieces)) {
            assertThat(spans(q, text)).as(text).isEqualTo(spans(clause, text));
        }
    }

    private static List<String> spans(QuickFind q, String text) {
        List<String> out = new ArrayList<>();
        QuickFind.Scan s = q.scan(text);
        while (s.find()) out.add(s.start() + "-" + s.end());
        return out;
    }

    private static List<String> spans(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }
}
