package dev.redcarpet.discord;

import net.dv8tion.jda.api.utils.MarkdownSanitizer;

import java.util.regex.Pattern;

/** Discord text helpers: limits, markdown escaping and word-safe shortening. */
public final class Text {
    public static final int TITLE = 256;
    public static final int DESCRIPTION = 4096;
    public static final int FIELDS = 25;
    public static final int FIELD_NAME = 256;
    public static final int FIELD_VALUE = 1024;
    public static final int FOOTER = 2048;
    public static final int EMBED_TOTAL = 6000;
    public static final int CONTENT = 2000;
    public static final String ELLIPSIS = "…";

    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)([#-])");

    private Text() {
    }

    /**
     * Escapes Discord markdown so the text shows as written. JDA's {@link MarkdownSanitizer} escapes
     * the inline markdown (emphasis, underline, code, spoilers, block quotes), closed or not; what it
     * leaves alone is escaped here: backslashes, strikethrough tildes, masked-link brackets, mention
     * and emoji brackets, and headings and list markers at a line start.
     */
    public static String escape(String text) {
        if (text == null) return "";
        String inline = MarkdownSanitizer.escape(text.replace("\\", "\\\\"), true);
        StringBuilder out = new StringBuilder(inline.length() + 8);
        for (int i = 0; i < inline.length(); i++) {
            char c = inline.charAt(i);
            if (c == '~' || c == '[' || c == ']' || c == '<') out.append('\\');
            out.append(c);
        }
        return LINE_START.matcher(out).replaceAll("$1\\\\$2");
    }

    /**
     * Shortens text to at most max characters. A shortened text ends with an ellipsis and is cut
     * at a word boundary when one lies in the last half; it never ends in a dangling escape or a
     * broken surrogate pair.
     */
    public static String clip(String text, int max) {
        if (text == null) return "";
        if (text.length() <= max) return text;
        if (max <= 1) return max == 1 ? ELLIPSIS : "";
        int limit = max - ELLIPSIS.length();
        int cut = -1;
        for (int i = limit; i > limit / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                cut = i;
                break;
            }
        }
        if (cut < 0) cut = limit;
        String head = text.substring(0, cut);
        if (!head.isEmpty() && Character.isHighSurrogate(head.charAt(head.length() - 1))) {
            head = head.substring(0, head.length() - 1);
        }
        head = head.stripTrailing();
        int slashes = 0;
        for (int i = head.length() - 1; i >= 0 && head.charAt(i) == '\\'; i--) slashes++;
        if (slashes % 2 == 1) head = head.substring(0, head.length() - 1);
        return head + ELLIPSIS;
    }

    /** Collapses runs of whitespace, for one-line texts such as titles and field names. */
    public static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
