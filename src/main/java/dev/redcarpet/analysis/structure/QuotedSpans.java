package dev.redcarpet.analysis.structure;

/** Which characters of a block of text are inside quotation marks. */
public final class QuotedSpans {
    private QuotedSpans() {}

    /**
     * One flag per character (plus one past the end): inside curly or straight quotation marks. A block whose
     * first closing mark comes before any opening one starts inside a quote; an unclosed quote runs to the end.
     */
    public static boolean[] of(String p) {
        boolean[] q = new boolean[p.length() + 1];
        boolean curly = false;
        boolean straight = false;
        int firstClose = p.indexOf('”');
        int firstOpen = p.indexOf('“');
        if (firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen)) curly = true;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '“') curly = true;
            if (c == '"') straight = !straight;
            q[i] = curly || straight;
            if (c == '”') curly = false;
        }
        return q;
    }
}
