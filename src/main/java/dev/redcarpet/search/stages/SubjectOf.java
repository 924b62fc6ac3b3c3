package dev.redcarpet.search.stages;

import dev.redcarpet.index.Keys;

import java.util.regex.Pattern;

/**
 * Whether a passage is about a person. The index's own per-passage subject (when analysis records
 * one) plugs in here; until then {@link #MENTIONS} reads it from the text.
 */
@FunctionalInterface
public interface SubjectOf {
    /** @return whether the passage (of the given article and ordinal) is about the person */
    boolean isAbout(String person, String articleId, int ordinal, String passageText);

    /** The passage names the person, by full name or by the surname alone. */
    SubjectOf MENTIONS = (person, articleId, ordinal, text) -> mentions(person, text);

    static boolean mentions(String person, String text) {
        if (person == null || text == null) return false;
        String folded = " " + Keys.fold(text) + " ";
        String name = Keys.fold(person);
        if (folded.contains(" " + name + " ")) return true;
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return last.length() >= 3 && Pattern.compile("\\b" + Pattern.quote(last) + "\\b").matcher(folded).find();
    }
}
