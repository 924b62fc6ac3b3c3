package dev.redcarpet.analysis.structure;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphBreaksTest {
    private static final String[] PIECES = {"a", "Bo", " ", "\t", "\n", "\n", "\r", "\f", "."};

    @Test
    void splitsLikeTheDoubleNewlinePattern() {
        Pattern p = Pattern.compile("\n\n");
        for (String text : texts()) assertThat(ParagraphBreaks.splitAtDoubleNewline(text)).as(text).containsExactly(p.split(text, -1));
    }

    @Test
    void findsTheSameBreaksAsThePatterns() {
        Pattern blank = Pattern.compile("\n\\s*\n");
        Pattern blankAndSpace = Pattern.compile("\n[ \t]*\n\\s*");
        for (String text : texts()) {
            assertThat(breaks(text, false)).as(text).isEqualTo(breaks(blank, text));
            assertThat(breaks(text, true)).as(text).isEqualTo(breaks(blankAndSpace, text));
        }
    }

    private static List<String> texts() {
        List<String> out = new ArrayList<>(List.of("", "one", "one\n\ntwo", "\n\none\n \n\n two\n\n", "a\n \t\nb\n\n\n\nc"));
        Random random = new Random(11);
        for (int round = 0; round < 3000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) b.append(PIECES[random.nextInt(PIECES.length)]);
            out.add(b.toString());
        }
        return out;
    }

    private static List<String> breaks(String text, boolean andSpace) {
        List<String> out = new ArrayList<>();
        int[] start = new int[1];
        int from = 0;
        while (true) {
            int end = andSpace ? ParagraphBreaks.blankLineAndSpace(text, from, start) : ParagraphBreaks.blankLine(text, from, start);
            if (end < 0) return out;
            out.add(start[0] + "-" + end);
            from = end;
        }
    }

    private static List<String> breaks(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }
}
