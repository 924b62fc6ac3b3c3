package dev.redcarpet.search;

/** What a question asks for. */
public enum Intent {
    /** Who designed or made a look. */
    DESIGNER,
    /** What someone wore. */
    LOOK,
    /** What someone said. */
    QUOTE,
    /** An event's theme or dress code. */
    THEME,
    /** Who hosted or co-chaired an event. */
    HOSTS,
    /** Who wore something, or which looks stood out at an event. */
    WHO,
    /** Any other fact. */
    FACT
}
