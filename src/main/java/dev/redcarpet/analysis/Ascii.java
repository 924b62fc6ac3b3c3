package dev.redcarpet.analysis;

/**
 * Character tests for the ASCII fast paths of analysis, written out so a hot loop needs no code point or regex:
 * each answers for one character exactly as the regex class or JDK method it names does.
 */
public final class Ascii {
    private Ascii() {
    }

    /** An ASCII capital in lower case; any other character as it is. */
    public static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** For an ASCII character, {@link Character#isLetterOrDigit(char)}: {@code [A-Za-z0-9]}. */
    public static boolean isLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** {@code \w} of a regex without UNICODE_CHARACTER_CLASS: {@code [A-Za-z0-9_]}. */
    public static boolean isRegexWord(char c) {
        return isLetterOrDigit(c) || c == '_';
    }

    /** {@code \s} of a regex without UNICODE_CHARACTER_CLASS: space, and tab to carriage return. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
