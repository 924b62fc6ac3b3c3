package dev.redcarpet.analysis.structure;

import java.util.List;

/**
 * A searchable span of an article: a paragraph, or a window of sentences of a long paragraph.
 *
 * @param paragraph the paragraph it comes from
 * @param subjects  the people its sentences are about (full names, in order), none when unknown
 * @param segment   the segment of the article it starts in (one per person in a roundup)
 */
public record Passage(int ordinal, String text, int paragraph, List<String> subjects, int segment) {
    public Passage {
        subjects = List.copyOf(subjects);
    }

    public Passage(int ordinal, String text) {
        this(ordinal, text, ordinal, List.of(), 0);
    }

    public Passage withSubjects(List<String> who, int seg) {
        return new Passage(ordinal, text, paragraph, who, seg);
    }
}
