package dev.redcarpet.corpus;

/** A file that could not be loaded, with a one-line reason a user can act on. */
public record SkippedFile(String path, String reason) {
    /** One line, whatever the file name holds: control characters (newlines, terminal escapes) are shown escaped. */
    @Override
    public String toString() {
        return printable(path) + ": " + printable(reason);
    }

    /** The text with control characters written as \n, \t or \u001b, so it can never forge a line or drive a terminal. */
    public static String printable(String s) {
        if (s == null) return "null";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069');
            if (control && b == null) b = new StringBuilder(s.substring(0, i));
            if (b == null) continue;
            if (!control) b.append(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\t') b.append("\\t");
            else if (c == '\r') b.append("\\r");
            else b.append(String.format("\\u%04x", (int) c));
        }
        return b == null ? s : b.toString();
    }
}
