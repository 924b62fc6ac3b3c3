package dev.redcarpet.corpus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads the publication dates found in article files. ISO dates and ISO timestamps are the
 * documented forms; a few common written forms ("May 6, 2024", "6 May 2024") are accepted too.
 * A timestamp keeps the calendar day it was written with (no time-zone shift).
 * Anything else gives null: a bad date never stops an article from loading.
 */
final class Dates {
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ENGLISH));

    private Dates() {
    }

    static LocalDate parse(String value) {
        if (value == null) return null;
        String s = value.strip();
        if (s.isEmpty()) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return LocalDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        if (s.length() > 10 && s.charAt(10) == ' ' && s.matches("\\d{4}-\\d{2}-\\d{2} .*")) {
            return parse(s.substring(0, 10));
        }
        String flat = s.replaceAll("\\s+", " ").replaceAll("(?<=\\d)(st|nd|rd|th)\\b", "");
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return LocalDate.parse(flat, f);
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        return null;
    }
}
