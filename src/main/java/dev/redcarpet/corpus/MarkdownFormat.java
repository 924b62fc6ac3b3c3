package dev.redcarpet.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown articles with optional YAML front matter (title, url, source, date, id) between
 * "---" lines. The body loses its Markdown syntax: heading markers, emphasis, code marks, list
 * and quote markers go, links become their text, images are dropped; each heading and list item
 * becomes its own paragraph. Without a front-matter title the first "# " heading is the title.
 */
final class MarkdownFormat {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~).*");
    private static final Pattern ATX_HEADING = Pattern.compile("\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*");
    private static final Pattern SETEXT = Pattern.compile("\\s{0,3}(=+|-+)\\s*");
    private static final Pattern RULE = Pattern.compile("\\s{0,3}(?:(?:\\*\\s*){3,}|(?:-\\s*){3,}|(?:_\\s*){3,})");
    private static final Pattern REF_DEF = Pattern.compile("\\s{0,3}\\[([^\\]]+)\\]:\\s*(\\S+).*");
    private static final Pattern QUOTE = Pattern.compile("\\s{0,3}>\\s?");
    private static final Pattern LIST = Pattern.compile("\\s*(?:[-*+•]|\\d{1,3}[.)])\\s+");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(\\s*<?[^)\\s>]*>?(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)\\]\\[([^\\]]*)\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern STAR_EM = Pattern.compile("(?<![*\\p{L}\\p{N}])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![*\\p{L}\\p{N}])");
    private static final Pattern UNDER_EM = Pattern.compile("(?<![_\\p{L}\\p{N}])_(?=\\S)([^_]+?)(?<=\\S)_(?![_\\p{L}\\p{N}])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|])");
    private static final char ESCAPED_BASE = '\uE000';

    private MarkdownFormat() {
    }

    static Draft parse(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        JsonNode meta = null;
        if (s.startsWith("---\n") || s.equals("---") || s.startsWith("--- \n")) {
            int open = s.indexOf('\n') + 1;
            Matcher close = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*$").matcher(s);
            if (open == 0 || !close.find(open)) {
                throw new CorpusException("front matter starts with '---' but has no closing '---' line");
            }
            meta = readYaml(s.substring(open, close.start()));
            s = s.substring(Math.min(s.length(), close.end()));
        }
        String title = field(meta, "title");
        List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
        String h1 = firstH1(lines);
        if (h1 != null) {
            String plain = inline(h1, Map.of()).strip();
            if (title == null) {
                title = plain;
                removeFirstH1(lines);
            } else if (sameWords(title, plain)) {
                removeFirstH1(lines);
            }
        }
        String body = toPlain(lines);
        return new Draft(field(meta, "id"), title, field(meta, "url"), field(meta, "source"),
                Dates.parse(field(meta, "date")), body, false);
    }

    private static JsonNode readYaml(String yaml) {
        if (yaml.isBlank()) return null;
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node == null || node.isMissingNode() || node.isNull()) return null;
            if (!node.isObject()) throw new CorpusException("front matter is not a list of 'key: value' lines");
            return node;
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().split("\\R", 2)[0].strip();
            var at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " at line " + (at.getLineNr() + 1);
            throw new CorpusException("invalid YAML front matter" + where + ": " + msg);
        }
    }

    private static String field(JsonNode meta, String name) {
        if (meta == null) return null;
        JsonNode v = meta.get(name);
        if (v == null || !v.isValueNode() || v.isNull()) return null;
        return TxtFormat.blankToNull(TextCleaner.collapse(v.asText()));
    }

    private static String firstH1(List<String> lines) {
        for (String line : lines) {
            if (line.isBlank()) continue;
            Matcher m = ATX_HEADING.matcher(line);
            return m.matches() && m.group(1).length() == 1 ? m.group(2) : null;
        }
        return null;
    }

    private static void removeFirstH1(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                lines.remove(i);
                return;
            }
        }
    }

    static boolean sameWords(String a, String b) {
        return words(a).equals(words(b));
    }

    private static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** The Markdown body as plain paragraphs separated by blank lines. */
    static String toPlain(List<String> input) {
        String joined = HTML_COMMENT.matcher(String.join("\n", input)).replaceAll("");
        List<String> lines = List.of(joined.split("\n", -1));
        Map<String, String> refs = new HashMap<>();
        for (String line : lines) {
            Matcher m = REF_DEF.matcher(line);
            if (m.matches()) refs.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
        }
        List<String> out = new ArrayList<>();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (FENCE.matcher(line).matches()) {
                fenced = !fenced;
                out.add("");
                continue;
            }
            if (fenced) {
                out.add(line);
                continue;
            }
            if (REF_DEF.matcher(line).matches()) continue;
            boolean afterText = i > 0 && !lines.get(i - 1).isBlank();
            if (afterText && SETEXT.matcher(line).matches() && !LIST.matcher(lines.get(i - 1)).lookingAt()) {
                out.add(""); // underline of a heading: the heading line stands alone
                continue;
            }
            if (RULE.matcher(line).matches()) {
                out.add("");
                continue;
            }
            String s = line;
            Matcher quote = QUOTE.matcher(s);
            while (quote.lookingAt()) {
                s = s.substring(quote.end());
                quote = QUOTE.matcher(s);
            }
            Matcher heading = ATX_HEADING.matcher(s);
            if (heading.matches()) {
                out.add("");
                out.add(inline(heading.group(2), refs));
                out.add("");
                continue;
            }
            Matcher item = LIST.matcher(s);
            if (item.lookingAt()) {
                out.add("");
                s = s.substring(item.end());
            }
            if (i + 1 < lines.size() && !s.isBlank() && SETEXT.matcher(lines.get(i + 1)).matches()
                    && !LIST.matcher(line).lookingAt()) {
                out.add("");
            }
            out.add(inline(s.replaceAll("\\\\$", ""), refs));
        }
        return String.join("\n", out);
    }

    /** Inline Markdown to plain text. */
    static String inline(String line, Map<String, String> refs) {
        String s = hideEscapes(line);
        s = IMAGE.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = REF_LINK.matcher(s).replaceAll(m -> {
            String key = (m.group(2).isEmpty() ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            return Matcher.quoteReplacement(refs.containsKey(key) ? m.group(1) : m.group());
        });
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = HTML_TAG.matcher(s).replaceAll("");
        s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = STRONG.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        s = STRIKE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = STAR_EM.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = UNDER_EM.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        if (s.indexOf('&') >= 0) s = Parser.unescapeEntities(s, false);
        return showEscapes(s);
    }

    private static String hideEscapes(String s) {
        if (s.indexOf('\\') < 0) return s;
        return ESCAPE.matcher(s).replaceAll(m -> String.valueOf((char) (ESCAPED_BASE + m.group(1).charAt(0))));
    }

    private static String showEscapes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= ESCAPED_BASE && c < ESCAPED_BASE + 128 ? (char) (c - ESCAPED_BASE) : c);
        }
        return out.toString();
    }
}
