package dev.redcarpet.corpus;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain-text articles in their raw scraped form. The first line may start with
 * " date YYYY-MM-DD" (the text may go on after the date on the same line); or the file may open
 * with a header block of "title:", "url:", "source:", "date:" (and "id:") lines. The rest is the
 * body. Without a header title, a headline-like first paragraph becomes the title.
 */
final class TxtFormat {
    private static final Pattern DATE_PREFIX = Pattern.compile("^[ \\t]*date[ \\t]+(\\d{4}-\\d{1,2}-\\d{1,2})\\b[ \\t]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_LINE = Pattern.compile("[ \\t]*([A-Za-z]+)[ \\t]*:[ \\t]*(.*)");
    private static final Set<String> HEADER_KEYS = Set.of("title", "url", "source", "date", "id", "author", "byline");

    private TxtFormat() {
    }

    static Draft parse(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        Matcher date = DATE_PREFIX.matcher(s);
        if (date.find()) {
            return new Draft(null, null, null, null, Dates.parse(date.group(1)), s.substring(date.end()), true);
        }
        String[] lines = s.split("\n", -1);
        String id = null, title = null, url = null, source = null, dateText = null;
        int i = 0;
        boolean core = false;
        while (i < lines.length) {
            Matcher m = HEADER_LINE.matcher(lines[i]);
            if (!m.matches()) break;
            String key = m.group(1).toLowerCase(Locale.ROOT);
            if (!HEADER_KEYS.contains(key)) break;
            String value = blankToNull(TextCleaner.collapse(m.group(2)));
            switch (key) {
                case "title" -> title = value;
                case "url" -> url = value;
                case "source" -> source = value;
                case "date" -> dateText = value;
                case "id" -> id = value;
                default -> { }
            }
            core |= !key.equals("author") && !key.equals("byline");
            i++;
        }
        if (i == 0 || !core) return new Draft(null, null, null, null, null, s, true);
        StringBuilder body = new StringBuilder();
        for (int j = i; j < lines.length; j++) body.append(lines[j]).append('\n');
        return new Draft(id, title, url, source, Dates.parse(dateText), body.toString(), title == null);
    }

    static String blankToNull(String s) {
        if (s == null) return null;
        String t = s.strip();
        if (t.length() >= 2 && ((t.startsWith("\"") && t.endsWith("\"")) || (t.startsWith("'") && t.endsWith("'")))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t.isEmpty() ? null : t;
    }
}
