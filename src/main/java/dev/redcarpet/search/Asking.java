package dev.redcarpet.search;

import dev.redcarpet.index.Keys;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a question is put, apart from what it asks: a polite frame before it ("tell me", "can you show me",
 * "I'd like to know") says nothing of what is asked, and a question typed as a topic then a question
 * ("critics choice 2025 carpet - who wore red") asks in its last clause.
 */
final class Asking {
    private static final Pattern FRAME = Pattern.compile("^(?:(?:hey|hi|so|ok|okay|please|pls) )*(?:(?:can|could|would|will) you (?:please )?)?"
            + "(?:(?:tell|show|give) (?:me|us)(?: about)?|let me know|i (?:want|wanna|would like|d like|need) to know|do you know|"
            + "any idea|i (?:am |m )?wonder(?:ing)?|wondering) ");
    private static final Pattern CLAUSE = Pattern.compile("\\s[-\u2013\u2014]+\\s|[:;?!]|\\s\\+\\s");

    private Asking() {
    }

    /** The folded question without a polite frame before it: "tell me who wore gucci" is "who wore gucci". */
    static String withoutFrame(String folded) {
        String out = folded;
        for (int i = 0; i < 3; i++) {
            String next = FRAME.matcher(out).replaceFirst("");
            if (next.equals(out) || next.isBlank()) break;
            out = next;
        }
        return out;
    }

    /** The folded clauses after the first, each without its frame ("critics choice 2025 carpet - who wore red"). */
    static List<String> laterClauses(String raw) {
        List<String> out = new ArrayList<>();
        String[] parts = CLAUSE.split(raw == null ? "" : raw);
        for (int i = 1; i < parts.length; i++) {
            String c = withoutFrame(Keys.fold(parts[i]));
            if (!c.isBlank()) out.add(c);
        }
        return out;
    }
}
