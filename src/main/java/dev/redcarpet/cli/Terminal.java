package dev.redcarpet.cli;

import java.io.PrintStream;

/**
 * Text bound for a terminal, made inert: control characters other than newline and tab (escape
 * sequences that retitle the window or move the cursor, carriage returns that overwrite a line,
 * bidirectional overrides) are shown as \\uXXXX instead of acting.
 */
final class Terminal {
    private Terminal() {
    }

    static String safe(String s) {
        if (s == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (Character.isISOControl(c) && c != '\n' && c != '\t') || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069');
            if (bad && b == null) b = new StringBuilder(s.substring(0, i));
            if (b == null) continue;
            if (bad) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b == null ? s : b.toString();
    }

    /** A stream whose printed strings pass through {@link #safe(String)}. */
    static PrintStream safe(PrintStream out) {
        return new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8) {
            @Override
            public void print(String s) {
                super.print(safe(s));
            }

            @Override
            public void print(Object o) {
                super.print(safe(String.valueOf(o)));
            }
        };
    }
}
