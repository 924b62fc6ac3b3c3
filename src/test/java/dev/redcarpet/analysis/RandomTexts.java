package dev.redcarpet.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random texts glued from pieces chosen to meet a fast path's edge cases, for tests that check a one-pass test
 * against the regex or plain search it stands in for. The same seed gives the same texts.
 */
public final class RandomTexts {
    private RandomTexts() {
    }

    /** {@code count} texts, each of fewer than {@code maxPieces} pieces (possibly none). */
    public static List<String> of(long seed, int count, int maxPieces, String... pieces) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(maxPieces); k > 0; k--) b.append(pieces[random.nextInt(pieces.length)]);
            texts.add(b.toString());
        }
        return texts;
    }
}
