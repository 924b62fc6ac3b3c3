package dev.redcarpet.corpus;

import java.time.LocalDate;

/**
 * One article as read from data/, with page noise already removed.
 *
 * @param id      the {@code id} field when the file has one, else the file name without extension
 * @param title   title, or null when the file gives none
 * @param url     url, or null
 * @param source  outlet or publication, or null
 * @param date    publication date, or null when unknown
 * @param text    the body: paragraphs separated by a blank line ("\n\n"), normalised to \n line ends
 * @param path    the file it came from, relative to the data dir, with '/' separators
 * @param format  txt, json, jsonl, md or html
 * @param hash    SHA-256 (hex) of the normalised text: identical texts share a hash
 */
public record Article(String id, String title, String url, String source, LocalDate date,
                      String text, String path, String format, String hash) {

    /** The title, or the first words of the text when there is none. */
    public String displayTitle() {
        if (title != null && !title.isBlank()) return title;
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= 80) return flat;
        int cut = flat.lastIndexOf(' ', 80);
        return flat.substring(0, cut > 40 ? cut : 80) + "…";
    }
}
