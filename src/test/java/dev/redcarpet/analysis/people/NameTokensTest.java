package dev.redcarpet.analysis.people;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class NameTokensTest {
    /** The words the tokenizer is written to find, as a regular expression. */
    private static final Pattern WORD = Pattern.compile(
            "\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}\\.(?=\\s\\p{Lu})|[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*");

    @Test
    void wordsKeepInitialsApostrophesAndHyphensAndMarkPossessives() {
        List<NameTokens.Token> tokens = NameTokens.tokenize("J.G. Ballard's co-star, A. Rowe and O’Neill wore Chloé.");
        assertThat(tokens).extracting(NameTokens.Token::word)
                .containsExactly("J.G.", "Ballard", "co-star", "A.", "Rowe", "and", "O’Neill", "wore", "Chloé");
        assertThat(tokens.get(1).possessive()).isTrue();
        assertThat(tokens.get(3).start()).isEqualTo(24);
    }

    @Test
    void tokenizeFindsWhatTheRegularExpressionFindsOnRandomText() {
        String alphabet = "aZé.'’- \t\nQ.X.3_İ\u0301\u2163½ǅʰ\uD835\uDC00\uD835\uDC1Az,\"“";
        Random random = new Random(16);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(16);
            for (int i = 0; i < length; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = text.toString();
            assertThat(NameTokens.tokenize(s)).as("tokens of %s", s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(byRegex(s));
        }
    }

    @Test
    void initialIsWhatTheRegularExpressionSays() {
        Pattern initials = Pattern.compile("\\p{Lu}(\\.\\p{Lu})*\\.?");
        String alphabet = "A.Zé.\uD835\uDC00ǅ";
        Random random = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder w = new StringBuilder();
            int length = 1 + random.nextInt(6);
            for (int i = 0; i < length; i++) w.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = w.toString();
            assertThat(new NameTokens.Token(s, 0, s.length(), false).initial()).as(s).isEqualTo(initials.matcher(s).matches());
        }
    }

    /** What tokenize gave when it ran the regular expression. */
    private static List<NameTokens.Token> byRegex(String text) {
        List<NameTokens.Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            boolean possessive = false;
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("’s"))) {
                w = w.substring(0, w.length() - 2);
                possessive = true;
            } else if (w.length() > 1 && (w.endsWith("s") || w.endsWith("z")) && m.end() < text.length()
                    && (text.charAt(m.end()) == '’' || text.charAt(m.end()) == '\'')
                    && (m.end() + 1 >= text.length() || !Character.isLetter(text.charAt(m.end() + 1)))) {
                possessive = Character.isUpperCase(w.charAt(0));
            }
            out.add(new NameTokens.Token(w, m.start(), m.start() + w.length(), possessive));
        }
        return out;
    }
}
