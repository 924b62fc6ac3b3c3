package dev.redcarpet.analysis.structure;

import dev.redcarpet.analysis.Ascii;

import java.util.ArrayList;
import java.util.List;

/**
 * Blank-line paragraph breaks found with one pass of plain character tests instead of a regular expression
 * run at every character: each finder answers exactly what its pattern (named on it) would match.
 */
public final class ParagraphBreaks {
    private ParagraphBreaks() {
    }

    /** The text split at each "\n\n", as {@code Pattern.compile("\n\n").split(text, -1)}. */
    public static String[] splitAtDoubleNewline(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", from)) {
            out.add(text.substring(from, at));
            from = at + 2;
        }
        if (out.isEmpty()) return new String[]{text};
        out.add(text.substring(from));
        return out.toArray(new String[0]);
    }

    /** Where the first {@code \n\s*\n} at or after {@code from} ends (its start in {@code start[0]}); -1 when there is none. */
    public static int blankLine(String text, int from, int[] start) {
        int n = text.length();
        for (int p = text.indexOf('\n', from); p >= 0; p = text.indexOf('\n', p + 1)) {
            int lastNewline = -1;
            for (int j = p + 1; j < n && Ascii.isRegexSpace(text.charAt(j)); j++) {
                if (text.charAt(j) == '\n') lastNewline = j;
            }
            if (lastNewline >= 0) {
                start[0] = p;
                return lastNewline + 1;
            }
        }
        return -1;
    }

    /** Where the first {@code \n[ \t]*\n\s*} at or after {@code from} ends (its start in {@code start[0]}); -1 when there is none. */
    public static int blankLineAndSpace(String text, int from, int[] start) {
        int n = text.length();
        for (int p = text.indexOf('\n', from); p >= 0; p = text.indexOf('\n', p + 1)) {
            int j = p + 1;
            while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
            if (j < n && text.charAt(j) == '\n') {
                j++;
                while (j < n && Ascii.isRegexSpace(text.charAt(j))) j++;
                start[0] = p;
                return j;
            }
        }
        return -1;
    }
}
