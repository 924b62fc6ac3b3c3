package dev.redcarpet.reliability;

/** Prints hostile text readably in assertion messages: control and invisible characters as \\uXXXX, long text cut. */
final class Show {
    private Show() {
    }

    static String text(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder("\"");
        String cut = s.length() > 300 ? s.substring(0, 300) : s;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
        if (s.length() > 300) b.append("… (").append(s.length()).append(" chars)");
        return b.toString();
    }
}
