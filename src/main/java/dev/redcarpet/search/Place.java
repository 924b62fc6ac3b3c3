package dev.redcarpet.search;

import java.util.regex.Pattern;

/**
 * Where something took place: whether a question asks it ("Where was the gala held?", "Who hosted, and
 * where?") and whether a sentence tells it ("held at the Natural History Museum", "at the Palais des Festivals").
 */
public final class Place {
    private Place() {
    }

    /** Folded questions that ask for a place: "where" last, or beside a verb of taking place, or "where was the …". */
    private static final Pattern ASKED = Pattern.compile(
            "\\bwhere(?: (?:was|were|is|are) (?:it|they|that|this|them))?\\s*$|\\bwhere\\b(?:\\s+\\S+){0,8}?\\s+(?:held|hosted|staged|located|take place|took place|happen|happened)\\b"
                    + "|^where (?:was|were|is|are|will) the\\b");
    /** Words that tell where something took place. */
    private static final Pattern WORDS = Pattern.compile(
            "\\b(?:held|took place|takes place|staged|venue|location|hosted (?:at|in))\\b", Pattern.CASE_INSENSITIVE);
    /** A place named after "at": "at the Brooklyn Museum", "at Lincoln Center". */
    private static final Pattern AT_A_PLACE = Pattern.compile(
            "\\bat (?:the )?\\p{Lu}[\\p{L}'’-]+(?: (?:of|de|du|del|la|\\p{Lu}[\\p{L}'’-]+)){0,8} \\p{Lu}[\\p{L}'’-]+");

    /** The words a question asks "where" with ("where did it take place?"): they frame the question, they are not its topic. */
    public static final String FRAME_WORDS = "take took taking place happen happened located";

    /** Whether a folded question asks where something took place. */
    public static boolean asked(String folded) {
        return folded != null && ASKED.matcher(folded).find();
    }

    /** The last word of a name after "at" that makes it an occasion, not a place ("at the Met Gala", "at the Oscars"). */
    private static final Pattern OCCASION = Pattern.compile(
            "(?i)(?:gala|awards?|oscars|globes|grammys|emmys|tonys|baftas|festival|ball|party|show|ceremony|premiere|week|carpet)$");

    /** How plainly a sentence says where something took place: 0 (not at all), 1 or 2. */
    public static int told(String text) {
        if (text == null) return 0;
        boolean at = false;
        java.util.regex.Matcher m = AT_A_PLACE.matcher(text);
        while (m.find() && !at) at = !OCCASION.matcher(m.group()).find();
        return (WORDS.matcher(text).find() ? 1 : 0) + (at ? 1 : 0);
    }
}
