package dev.redcarpet.search.stages;

import dev.redcarpet.index.IndexSchema;
import dev.redcarpet.index.Keys;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a passage is about a person, read from the subjects analysis recorded for it in the index
 * ({@code subject_name}); only a passage with no recorded subject falls back to whether its text
 * names the person.
 */
public final class SubjectOf {
    private SubjectOf() {
    }

    /**
     * @param subjects the passage's recorded subjects (full names), empty when analysis found none
     * @return whether the passage is about the person
     */
    public static boolean isAbout(String person, List<String> subjects, String passageText) {
        if (person == null) return false;
        if (subjects == null || subjects.isEmpty()) return mentions(person, passageText);
        return subjects.stream().anyMatch(s -> same(person, s));
    }

    /** Whether the passage has recorded subjects and the person is none of them: it is someone else's. */
    public static boolean isSomeoneElses(String person, List<String> subjects) {
        return person != null && subjects != null && !subjects.isEmpty() && subjects.stream().noneMatch(s -> same(person, s));
    }

    /** Whether the person is the passage's only recorded subject. */
    public static boolean isOnlyAbout(String person, List<String> subjects) {
        return person != null && subjects != null && !subjects.isEmpty() && subjects.stream().allMatch(s -> same(person, s));
    }

    private static boolean same(String person, String subject) {
        return IndexSchema.personKey(person).equals(IndexSchema.personKey(subject));
    }

    /** The text names the person, by full name or by the surname alone. */
    public static boolean mentions(String person, String text) {
        if (person == null || text == null) return false;
        String folded = " " + Keys.fold(text) + " ";
        String name = Keys.fold(person);
        if (folded.contains(" " + name + " ")) return true;
        String last = name.substring(name.lastIndexOf(' ') + 1);
        if (last.length() < 3) return false;
        // folded ASCII text is words of letters and digits between single spaces: the surname as a whole word is
        // the surname between spaces (no regex compiled per call; this runs for every passage a question reads)
        if (ascii(folded) && ascii(last)) return folded.contains(" " + last + " ");
        return Pattern.compile("\\b" + Pattern.quote(last) + "\\b").matcher(folded).find();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }
}
