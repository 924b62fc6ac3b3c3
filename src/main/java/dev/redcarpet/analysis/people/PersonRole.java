package dev.redcarpet.analysis.people;

/**
 * A person of an article and what they are to it.
 *
 * @param role     "subject" (the article describes their look or quotes them about it), "mentioned",
 *                 "designer" (a designer or house named as a maker) or "other"
 * @param evidence the first sentence that names them
 */
public record PersonRole(String name, String role, String evidence) {
}
