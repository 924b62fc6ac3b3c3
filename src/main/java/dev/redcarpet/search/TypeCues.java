package dev.redcarpet.search;

import java.util.regex.Pattern;

/**
 * The words by which a sentence shows it holds what a question type asks for: "styled by" for a
 * stylist question, "heels" for a shoe question. One place, read by ranking and by answer selection.
 */
public final class TypeCues {
    private static final Pattern WEAR = Pattern.compile("\\b(wore|wear|wearing|worn|dressed|donned|gown|dress|look|outfit|custom|designed|"
            + "suit|stepped out|arrived|chose|opted)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESIGNER = Pattern.compile("\\b(by|custom|designed|wore|wearing|in a|in an|dressed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLIST = Pattern.compile("\\b(styl(ed|ist|ists|ing)|stylist)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BEAUTY = Pattern.compile("\\b(hair|hairstylist|bangs|fringe|ponytail|bun|braids?|curls|updo|up-do|bob|"
            + "half-up|waves|make-?up|makeup|lips?|lipstick|eyeshadow|eyeliner|liner|blush|mascara|brows?|skin|nails?|manicure|glam)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCESSORY = Pattern.compile("\\b(jewel\\w*|necklace|earrings?|rings?|bracelets?|diamonds?|carats?|sapphires?|"
            + "emeralds?|rubies|pearls?|tiara|choker|brooch|shoes?|heels|pumps|sandals|boots|sneakers|trainers|flats|flip-flops|"
            + "bag|clutch|purse|handbag|gloves|hat|headpiece|veil|sunglasses|watch|belt)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern THEME = Pattern.compile("\\b(theme|dress code|exhibition)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOSTS = Pattern.compile("\\b(host|hosts|hosted|co-chair|co-chairs|co-chaired|livestream|emcee)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE = Pattern.compile("[\u201C\"]|\\b(said|says|told|explained|added|recalled|joked|wrote)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d|\\b(hours|carats?|pounds|kilos|million|thousand|hundreds?|dozens?)\\b", Pattern.CASE_INSENSITIVE);

    private TypeCues() {
    }

    /** Whether the sentence or passage holds what this type of question asks for. */
    public static boolean matches(Intent intent, String text) {
        if (text == null) return false;
        Pattern p = pattern(intent);
        return p != null && p.matcher(text).find();
    }

    /**
     * Whether the sentence or passage holds what this question asks for: for "how long / how many / how much"
     * the kind of figure asked ("750 hours", not "the 33-year-old"), else the question type's cue words.
     */
    public static boolean matches(Question q, String text) {
        if (q.intent() == Intent.FACT) {
            Measure m = Measure.askedIn(q.folded());
            if (m != null) return m.givenIn(text);
        }
        return matches(q.intent(), text);
    }

    static Pattern pattern(Intent intent) {
        return switch (intent) {
            case DESIGNER -> DESIGNER;
            case LOOK, WHO, COMPARE, YESNO -> WEAR;
            case STYLIST -> STYLIST;
            case BEAUTY -> BEAUTY;
            case ACCESSORY -> ACCESSORY;
            case THEME -> THEME;
            case HOSTS -> HOSTS;
            case QUOTE -> QUOTE;
            case FACT -> NUMBER;
        };
    }
}
