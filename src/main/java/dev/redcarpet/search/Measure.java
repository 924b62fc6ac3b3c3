package dev.redcarpet.search;

import java.util.regex.Pattern;

/**
 * What a "how long / how many / how much…" question measures, and how an article writes such a figure: a
 * duration is a number with a unit of time ("750 hours", "three months"), a count a number ("30,000
 * crystals"), an amount a sum or a weight ("$40,000", "16 pounds"). A sentence with the asked kind of figure
 * answers the question; one with only some other number ("the 33-year-old") does not.
 */
public enum Measure {
    /** "How long did it take": time, or a length ("a 20-foot train"). */
    DURATION("^how long\\b", "\\b(" + Measure.NUMBER + ")[\\s-]+(seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
            + "feet|foot|ft|inches|inch|yards?|metres?|meters?|centimet(?:re|er)s?|cm|miles?)\\b(?!-old)"),
    /** "How many": a counted number. */
    COUNT("^how many\\b", "\\b(" + Measure.NUMBER + ")\\b"),
    /** "How heavy", "how much weight did she lose": a weight. */
    WEIGHT("^how (heavy|much( \\S+){0,4} (weight|weigh|weighs|weighed|lose|lost|gain|gained|drop|dropped|shed))\\b",
            "\\b(" + Measure.NUMBER + ")[\\s-]+(pounds?|kilos?|kilograms?|kg|lbs?|grams?|ounces?|stone)\\b|\\bweigh\\w*"),
    /** "How much": a price, a sum or a weight. */
    AMOUNT("^how much\\b", "[$€£]\\s?\\d|\\b(" + Measure.NUMBER + ")[\\s-]+(dollars?|euros?|pounds?|million|billion|thousand|"
            + "carats?|kilos?|kilograms?|kg|lbs?|grams?|ounces?)\\b|\\b(cost|costs|costing|price[ds]?|priced|worth|valued)\\b"),
    /** "How tall / high": a height. */
    HEIGHT("^how (tall|high)\\b", "\\b(" + Measure.NUMBER + ")[\\s-]+(feet|foot|ft|inches|inch|metres?|meters?|centimet(?:re|er)s?|cm)\\b"),
    /** "How old": an age. */
    AGE("^how old\\b", "\\b\\d{1,3}-year-old\\b|\\baged \\d{1,3}\\b|\\b\\d{1,3} years old\\b");

    /** A figure as articles write it: digits ("30,000", "1.5"), or a number word. */
    private static final String NUMBER = "\\d[\\d,.]*|a few|several|a dozen|dozens of|hundreds of|thousands of|one|two|three|four|five|"
            + "six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|"
            + "one hundred|a thousand|a million";

    private final Pattern asked;
    private final Pattern figure;

    Measure(String asked, String figure) {
        this.asked = Pattern.compile(asked);
        this.figure = Pattern.compile(figure, Pattern.CASE_INSENSITIVE);
    }

    /** Words that ask for a sum of money however the question is put ("what did the museum pay", "what did it cost"). */
    private static final Pattern MONEY = Pattern.compile("\\b(pay|paid|pays|cost|costs|price|priced|spend|spent|sold for|sell for|fetch|fetched)\\b");

    /** A question and what it measures (null: nothing). */
    private record Asked(String folded, Measure measure) {
    }

    /**
     * The last question looked at: ranking and answer selection ask again for every passage and sentence they weigh
     * (the request and frame regexes, then seven more, each time), always about the question being answered.
     */
    private static volatile Asked last = new Asked(null, null);

    /** What a folded question measures ("how long did it take…"), read after any request around it; null when none. */
    public static Measure askedIn(String folded) {
        if (folded == null) return null;
        Asked known = last;
        if (folded.equals(known.folded())) return known.measure();
        Measure found = measured(folded);
        last = new Asked(folded, found);
        return found;
    }

    private static Measure measured(String folded) {
        String asked = Asking.withoutFrame(QuestionParser.withoutRequest(folded));
        for (Measure m : values()) if (m.asked.matcher(asked).find()) return m;
        return MONEY.matcher(asked).find() ? AMOUNT : null;
    }

    /** Whether a folded question asks for a sum of money in any words. */
    static boolean asksMoney(String folded) {
        return MONEY.matcher(folded).find();
    }

    /** Whether a text gives a figure of this kind. */
    public boolean givenIn(String text) {
        return text != null && figure.matcher(text).find();
    }

    /** How many figures of this kind a text gives. */
    public int countIn(String text) {
        if (text == null) return 0;
        int n = 0;
        java.util.regex.Matcher m = figure.matcher(text);
        while (m.find()) n++;
        return n;
    }
}
