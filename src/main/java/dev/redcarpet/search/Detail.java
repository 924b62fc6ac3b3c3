package dev.redcarpet.search;

import java.util.regex.Pattern;

/**
 * A detail of a look a question may ask about, with the words by which an article describes it.
 * When none of the asked person's passages holds those words, the articles do not describe it.
 */
public enum Detail {
    SHOES("shoes", "\\b(shoes?|heels?|pumps|sandals?|boots?|sneakers|trainers|flats|footwear|loafers|mules|stilettos?|platforms|flip-?flops|barefoot)\\b"),
    JEWELLERY("jewellery", "\\b(jewel\\w*|necklaces?|earrings?|rings?|bracelets?|diamonds?|tiaras?|chokers?|brooch\\w*|pendants?|carats?|sapphires?|emeralds?|rubies|pearls?|studs)\\b"),
    BAG("bag", "\\b(bags?|clutch\\w*|purses?|handbags?|minaudi\\w*)\\b"),
    HAIR("hair", "\\b(hair\\w*|updo|up-do|bangs|fringe|ponytail|bun|chignon|braids?|curls|waves|bob|wig)\\b"),
    MAKEUP("make-up", "\\b(make-?up|make up|lipstick|lips?|eyeshadow|eye shadow|eyeliner|liner|blush|mascara|brows?|glam|complexion|skin)\\b"),
    NAILS("nails", "\\b(nails?|manicure|polish)\\b"),
    // "her punk princess styling" says nothing of who styled her; "styled by", "her stylist", "styling by" do
    STYLIST("stylist", "\\b(styled|stylists?|styling by)\\b");

    private final String label;
    private final Pattern words;

    Detail(String label, String regex) {
        this.label = label;
        this.words = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** How a reply names it: "shoes", "make-up". */
    public String label() {
        return label;
    }

    /** Whether a text describes this detail. */
    public boolean describedIn(String text) {
        return text != null && words.matcher(text).find();
    }

    /** A question and the detail it asks about (null: none). */
    private record Asked(String folded, Detail detail) {
    }

    /** The last question looked at: answer selection asks again for every sentence it weighs (seven regexes each time). */
    private static volatile Asked last = new Asked(null, null);

    /** The detail a question asks about, or null (the first named, in this order of specificity). */
    public static Detail askedIn(String folded) {
        if (folded == null) return null;
        Asked known = last;
        if (folded.equals(known.folded())) return known.detail();
        Detail found = null;
        for (Detail d : new Detail[]{STYLIST, NAILS, MAKEUP, SHOES, BAG, JEWELLERY, HAIR}) {
            if (d.describedIn(folded)) {
                found = d;
                break;
            }
        }
        last = new Asked(folded, found);
        return found;
    }
}
