package dev.redcarpet.answer;

import java.time.LocalDate;

/** A numbered source of an answer (its number is its position in {@link Answer#sources()} plus one). */
public record Source(String id, String title, LocalDate date, String url, String path) {
}
