package dev.redcarpet.analysis.structure;

import java.util.Locale;

/** What a piece of an article is: the headline, the standfirst under it, a byline, a caption or credit, a section heading, a list item or body text. */
public enum Part {
    HEADLINE, STANDFIRST, BYLINE, CAPTION, HEADING, LIST_ITEM, BODY;

    /** The lower-case, hyphenated name shown to people: "list-item". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for parts whose sentences tell what happened (not furniture, headings or credits). */
    public boolean prose() {
        return this == STANDFIRST || this == LIST_ITEM || this == BODY;
    }
}
