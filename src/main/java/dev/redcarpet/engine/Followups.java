package dev.redcarpet.engine;

import java.util.regex.Pattern;

/** Fills in what a follow-up question leaves out ("her", "that year") from the conversation so far. */
final class Followups {
    private static final Pattern PRONOUN = Pattern.compile("\\b(she|her|hers|he|him|his|they|them|their|the star|it|its|that look|that dress|that gown|that outfit)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME_YEAR = Pattern.compile("\\b(that|same|this) (year|time|night|edition)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME_EVENT = Pattern.compile("\\b(there|that event|same event|that night)\\b", Pattern.CASE_INSENSITIVE);

    private Followups() {
    }

    /** "And what about in 2025?", "what about the Oscars": a question that only changes one thing of the last one. */
    private static final Pattern ELLIPTIC = Pattern.compile("^\\s*(and|what about|how about|and what about|and in|same for)\\b", Pattern.CASE_INSENSITIVE);

    /** "which collection is that from?", "who made this?", "what did that cost?": "that" standing alone is the look just discussed. */
    private static final Pattern THAT_THING = Pattern.compile(
            "\\b(?:that|this)(?:\\s+(?:from|by|one))?\\s*[?.!]*\\s*$|\\b(?:that|this)\\s+(?:cost|costs|come|came|mean|means|look like)\\b",
            Pattern.CASE_INSENSITIVE);

    static boolean refersToPerson(String question) {
        return PRONOUN.matcher(question).find() || ELLIPTIC.matcher(question).find() || THAT_THING.matcher(question).find();
    }

    private static final Pattern SOMEONE = Pattern.compile("\\b(she|her|hers|he|him|his|they|them|their|the star)\\b", Pattern.CASE_INSENSITIVE);

    /** "Who designed her dress?": a pronoun standing for a person, who must have been named before. */
    static boolean refersToSomeone(String question) {
        return SOMEONE.matcher(question).find();
    }

    static boolean elliptic(String question) {
        return ELLIPTIC.matcher(question).find();
    }

    static boolean refersToYear(String question) {
        return SAME_YEAR.matcher(question).find();
    }

    static boolean refersToEvent(String question) {
        return SAME_EVENT.matcher(question).find() || SAME_YEAR.matcher(question).find();
    }
}
