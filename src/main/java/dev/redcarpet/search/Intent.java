package dev.redcarpet.search;

/** What a question asks for; each kind has its own answer shape. */
public enum Intent {
    /** Who designed or made a look. */
    DESIGNER,
    /** What someone wore. */
    LOOK,
    /** Who styled someone. */
    STYLIST,
    /** Hair, make-up or nails. */
    BEAUTY,
    /** Jewellery, shoes, a bag or another accessory. */
    ACCESSORY,
    /** What someone said. */
    QUOTE,
    /** A yes/no question about a look ("did she wear heels?"). */
    YESNO,
    /** Two looks side by side. */
    COMPARE,
    /** An event's theme or dress code. */
    THEME,
    /** Who hosted or co-chaired an event. */
    HOSTS,
    /** Who wore something, or which looks stood out at an event. */
    WHO,
    /** Any other fact (a weight, hours of work, a price, how many). */
    FACT
}
