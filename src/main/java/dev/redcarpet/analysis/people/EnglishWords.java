package dev.redcarpet.analysis.people;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import java.io.IOException;
import java.net.URL;
import java.util.Locale;

/**
 * What a maintained English dictionary (LanguageTool's part-of-speech dictionary, read with morfologik)
 * knows of a word: whether its lower-case form is an ordinary word ("made", "wore", "afraid") and whether
 * its capitalised form is listed as a proper noun ("Harry", "Fanning", "Swift"). A title-case headline
 * capitalises every word; this tells "Dua Lipa Made" apart from a name without a list of headline words.
 *
 * <p>The dictionary is read once per process into an immutable automaton shared by all threads; each
 * thread keeps its own small lookup object (lookups are not thread-safe, the automaton is).
 */
public final class EnglishWords {
    private static final String RESOURCE = "/org/languagetool/resource/en/english.dict";
    private static final EnglishWords INSTANCE = new EnglishWords(load());

    private final Dictionary dictionary;
    private final ThreadLocal<DictionaryLookup> lookups;

    private EnglishWords(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
    }

    public static EnglishWords get() {
        return INSTANCE;
    }

    private static Dictionary load() {
        URL url = EnglishWords.class.getResource(RESOURCE);
        if (url == null) throw new IllegalStateException("missing English dictionary on the class path: " + RESOURCE);
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read English dictionary " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** True when the lower-case form of the word is an ordinary English word (any tag but a proper noun's). */
    public boolean isOrdinary(String word) {
        return (answers(word) & ORDINARY) != 0;
    }

    /** True when the lower-case form is also something other than a noun: a verb, adjective, adverb ("made", "little"). */
    public boolean isMoreThanANoun(String word) {
        return (answers(word) & MORE_THAN_A_NOUN) != 0;
    }

    /** True when the capitalised form is listed as a proper noun ("Harry", "Fanning", "Oscar"). */
    public boolean isProperNoun(String word) {
        return (answers(word) & PROPER_NOUN) != 0;
    }

    private static final int ORDINARY = 1;
    private static final int MORE_THAN_A_NOUN = 2;
    private static final int PROPER_NOUN = 4;
    /**
     * The three answers for each word as asked: the finders ask about the same words of an article several times,
     * and each ask would otherwise strip the word and make its lower-case and capitalised copies again.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> asked = new java.util.concurrent.ConcurrentHashMap<>();

    private int answers(String word) {
        if (word == null) return answer(null);
        Integer bits = asked.get(word);
        if (bits != null) return bits;
        int b = answer(word);
        if (asked.size() < REMEMBERED) asked.put(word, b);
        return b;
    }

    private int answer(String word) {
        String w = strip(word);
        int b = 0;
        String lower = w.toLowerCase(Locale.ROOT);
        if (!lower.isEmpty()) {
            int tags = tags(lower);
            if ((tags & NOT_PROPER) != 0) b |= ORDINARY;
            if ((tags & NOT_NOUN) != 0) b |= MORE_THAN_A_NOUN;
        }
        String cap = capitalised(w);
        if (!cap.isEmpty() && (tags(cap) & PROPER) != 0) b |= PROPER_NOUN;
        return b;
    }

    /** A form has a tag other than a proper noun's. */
    private static final int NOT_PROPER = 1;
    /** A form has a tag other than a noun's. */
    private static final int NOT_NOUN = 2;
    /** A form has a proper noun's tag. */
    private static final int PROPER = 4;
    /** Forms remembered at most: the words of a corpus repeat, and memory stays bounded however many there are. */
    private static final int REMEMBERED = 100_000;
    /** What the dictionary says of each form looked up so far (the dictionary never changes). */
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> known = new java.util.concurrent.ConcurrentHashMap<>();

    /** The tag kinds the dictionary lists for one exact form, as bits. */
    private int tags(String form) {
        Integer bits = known.get(form);
        if (bits != null) return bits;
        int b = 0;
        for (WordData d : lookups.get().lookup(form)) {
            CharSequence tag = d.getTag();
            if (tag == null) continue;
            String t = tag.toString();
            if (!t.startsWith("NNP")) b |= NOT_PROPER;
            if (!t.startsWith("NN")) b |= NOT_NOUN;
            if (t.startsWith("NNP")) b |= PROPER;
        }
        if (known.size() < REMEMBERED) known.put(form, b);
        return b;
    }

    /** An ordinary word the dictionary does not also know as a proper noun ("Made", "Wore", "Afraid", "Steals"). */
    public boolean isOnlyOrdinary(String word) {
        return isOrdinary(word) && !isProperNoun(word);
    }

    private static String strip(String word) {
        String w = word == null ? "" : word.strip();
        if (w.endsWith("'s") || w.endsWith("’s")) w = w.substring(0, w.length() - 2);
        return w;
    }

    private static String capitalised(String w) {
        if (w.isEmpty()) return w;
        if (Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))) return w; // "McQueen" as written
        String lower = w.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
