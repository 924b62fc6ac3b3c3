/**
 * Reading article files from data/ into {@link dev.redcarpet.corpus.Article} records.
 *
 * <p>Entry point: {@link dev.redcarpet.corpus.CorpusReader} ({@code load(dataDir)} for a whole
 * folder, {@code readFile}/{@code read} for one file). Decisions worth knowing:
 * <ul>
 *   <li>Encoding: UTF-8 with or without BOM; UTF-16 only with a BOM. A file with a few invalid
 *       UTF-8 bytes loads with U+FFFD in their place; a file with no valid UTF-8 at all is read as
 *       Windows-1252 (old saved pages), so its curly quotes survive. NUL bytes or mostly control
 *       characters: skipped as binary.</li>
 *   <li>Ids: the {@code id} field (json, jsonl, md front matter, txt header) else the file name
 *       without extension; jsonl lines without an id get "name-LINE", items of a JSON list "name-N".</li>
 *   <li>Titles: from the file's metadata. A .txt without a header title takes a headline-like first
 *       paragraph as its title and keeps it in the text too; an explicit title repeated as the first
 *       paragraph is dropped from the text.</li>
 *   <li>Dates: ISO date or timestamp (its calendar day, no zone shift), plus "May 6, 2024" and
 *       "6 May 2024"; anything else loads with a null date.</li>
 *   <li>Text: paragraphs separated by exactly one blank line, whitespace collapsed inside a
 *       paragraph, every character (quotes included) otherwise as in the file; page furniture removed
 *       by {@link dev.redcarpet.corpus.NoiseFilter}.</li>
 * </ul>
 */
package dev.redcarpet.corpus;
