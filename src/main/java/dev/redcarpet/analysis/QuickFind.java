package dev.redcarpet.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression tried only where a match can begin, for patterns run over every sentence of every
 * article: a matcher's find() tries the whole expression at each character, while most characters cannot
 * open a match. The caller names the characters a match can start with (both cases of ASCII letters when the
 * pattern ignores case, which without UNICODE_CASE is ASCII only), and says whether the pattern opens with a word
 * boundary; a scan then finds exactly what find() finds, in the same order. For patterns whose matches are never
 * empty.
 */
public final class QuickFind {
    private final Pattern pattern;
    private final boolean[] first = new boolean[128];
    /** The characters beyond ASCII a match can start with (a dash, a curly quote): few, so a string is searched. */
    private final String otherFirst;
    /** When set: the ASCII letter pairs, in lower case, a match can start with (index first * 128 + second). */
    private boolean[] firstTwo;
    /**
     * When set: the lower-case ASCII letter triples a match can start with, as bits (index by {@link #triple}). Common
     * pairs ("co", "st", "ma") open many words; the third letter turns most of them away before the expression is tried.
     */
    private long[] firstThree;
    private final boolean wordStart;
    private final boolean atInputStart;
    /** When set, every match holds one of these strings: a text holding none has no match. */
    private AnyOf requires;

    /**
     * @param firstChars   every character a match can start with
     * @param wordStart    the pattern opens with \b before a word character: no match starts inside an ASCII word
     * @param atInputStart the pattern may also match at the start of the input whatever the first character (an "^" branch)
     */
    public QuickFind(Pattern pattern, String firstChars, boolean wordStart, boolean atInputStart) {
        this.pattern = pattern;
        StringBuilder other = new StringBuilder();
        for (char c : firstChars.toCharArray()) {
            if (c < 128) first[c] = true;
            else other.append(c);
        }
        this.otherFirst = other.toString();
        this.wordStart = wordStart;
        this.atInputStart = atInputStart;
    }

    /**
     * Tried only where the first two characters (and the first three, when every word opens with three ASCII
     * letters), ASCII case ignored, begin one of {@code words}: for a
     * case-insensitive pattern of alternative words, each starting with two ASCII letters.
     */
    public static QuickFind startingLike(Pattern pattern, boolean wordStart, String... words) {
        StringBuilder firsts = new StringBuilder();
        boolean[] two = new boolean[128 * 128];
        for (String w : words) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            char a = lower.charAt(0);
            char b = lower.charAt(1);
            if (!Character.isLetter(a) || !Character.isLetter(b) || a >= 128 || b >= 128) {
                throw new IllegalArgumentException("each word must start with two ASCII letters: " + w);
            }
            firsts.append(a);
            two[a * 128 + b] = true;
        }
        QuickFind q = new QuickFind(pattern, bothCases(firsts.toString()), wordStart, false);
        q.firstTwo = two;
        q.firstThree = triples(words);
        return q;
    }

    /** The words' first three letters as bits, or null when some word does not surely open with three ASCII letters. */
    private static long[] triples(String... words) {
        long[] bits = new long[(26 * 26 * 26 + 63) / 64];
        for (String w : words) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            // a fourth character that is a quantifier would make the third optional
            if (lower.length() < 3 || (lower.length() > 3 && "?*{".indexOf(lower.charAt(3)) >= 0)) return null;
            int t = triple(lower.charAt(0), lower.charAt(1), lower.charAt(2));
            if (t < 0) return null;
            bits[t >> 6] |= 1L << t;
        }
        return bits;
    }

    /** The index of three ASCII letters, case ignored; -1 when one is not an ASCII letter. */
    private static int triple(char a, char b, char c) {
        int x = letter(a), y = letter(b), z = letter(c);
        return x < 0 || y < 0 || z < 0 ? -1 : (x * 26 + y) * 26 + z;
    }

    private static int letter(char c) {
        char l = Ascii.lower(c);
        return l >= 'a' && l <= 'z' ? l - 'a' : -1;
    }

    /** This finder, skipping texts that hold none of {@code strings} (each match holds one of them). */
    public QuickFind requiring(String... strings) {
        this.requires = AnyOf.of(strings);
        return this;
    }

    /** The lower- and upper-case forms of the given ASCII letters, for case-insensitive patterns. */
    public static String bothCases(String letters) {
        return letters.toLowerCase(java.util.Locale.ROOT) + letters.toUpperCase(java.util.Locale.ROOT);
    }

    public Pattern pattern() {
        return pattern;
    }

    /** True when the pattern occurs in the text (as {@code pattern.matcher(text).find()}). */
    public boolean in(CharSequence text) {
        return scan(text).find();
    }

    public Scan scan(CharSequence text) {
        return new Scan(text.toString());
    }

    /** Successive matches in one text, like repeated {@link Matcher#find()}. */
    public final class Scan {
        // a String, not the CharSequence given: charAt on a String is inlined, the interface call may not be
        private final String text;
        /** Made at the first place a match may start: most texts have none. */
        private Matcher m;
        private int from;
        /**
         * Whether the text holds none of the strings every match holds (nothing to try), asked at the first try: a scan
         * that only tries one place ({@link #findAt}) where no match can start never reads the whole text for them.
         */
        private Boolean hopeless;

        private Scan(String text) {
            this.text = text;
        }

        private boolean hopeless() {
            if (hopeless == null) hopeless = requires != null && !requires.in(text);
            return hopeless;
        }

        private Matcher matcher() {
            if (m == null) m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            return m;
        }

        public boolean find() {
            int n = text.length();
            if (from < n && hopeless()) from = n + 1;
            for (int i = from; i < n; i++) {
                if (canStart(i)) {
                    Matcher m = matcher();
                    m.region(i, n);
                    if (m.lookingAt()) {
                        from = m.end() == m.start() ? m.end() + 1 : m.end();
                        return true;
                    }
                }
                // no match of a word-start pattern starts inside an ASCII word: go on from the word's last character
                if (wordStart) while (i + 1 < n && Ascii.isRegexWord(text.charAt(i)) && Ascii.isRegexWord(text.charAt(i + 1))) i++;
            }
            from = n + 1;
            return false;
        }

        /** True when a match starts exactly at {@code i} (read with {@link #start()} and the rest); later finds go on after it. */
        public boolean findAt(int i) {
            int n = text.length();
            if (i < n && canStart(i) && !hopeless()) {
                Matcher m = matcher();
                m.region(i, n);
                if (m.lookingAt()) {
                    from = m.end() == m.start() ? m.end() + 1 : m.end();
                    return true;
                }
            }
            return false;
        }

        private boolean canStart(int i) {
            if (i == 0 && atInputStart) return true;
            char c = text.charAt(i);
            if (c >= 128 ? otherFirst.indexOf(c) < 0 : !first[c]) return false;
            if (firstTwo != null) {
                if (i + 1 >= text.length()) return false;
                char d = text.charAt(i + 1);
                if (d >= 128 || !firstTwo[Ascii.lower(c) * 128 + Ascii.lower(d)]) return false;
                if (firstThree != null) {
                    if (i + 2 >= text.length()) return false;
                    int t = triple(c, d, text.charAt(i + 2));
                    if (t < 0 || (firstThree[t >> 6] & 1L << t) == 0) return false;
                }
            }
            return !(wordStart && i > 0 && Ascii.isRegexWord(c) && Ascii.isRegexWord(text.charAt(i - 1)));
        }

        public int start() {
            return m.start();
        }

        public int end() {
            return m.end();
        }

        public String group() {
            return m.group();
        }

        public String group(int g) {
            return m.group(g);
        }
    }
}
