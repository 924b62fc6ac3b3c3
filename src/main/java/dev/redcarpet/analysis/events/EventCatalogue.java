package dev.redcarpet.analysis.events;

import dev.redcarpet.analysis.LexiconFiles;
import dev.redcarpet.analysis.LexiconTokens;
import dev.redcarpet.analysis.LexiconTrie;

import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redcarpet.config.ConfigException;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The recurring events of config/events.yaml (Met Gala, Oscars, Cannes…), their aliases and editions.
 * Finds events named in article text ({@link #mentions}) and in questions ({@link #parse}).
 */
public final class EventCatalogue {
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(st|nd|rd|th)");
    private static final Pattern FULL_YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern SHORT_YEAR = Pattern.compile("\\d\\d");
    public static final String FILE = "events.yaml";
    private static final Set<String> EVENT_FIELDS = Set.of("id", "name", "aliases", "shortAliases", "ordinalOffset", "editions");
    private static final Set<String> EDITION_FIELDS = Set.of("date", "endDate", "theme", "dressCode", "hosts");
    private static final Set<String> ORDINAL_FILLERS = Set.of("annual", "edition", "of", "the", "international", "yearly");

    /** @param questionOnly a form fans type that articles do not use as a name ("cfda", "fashion awards") */
    private record Alias(EventEntry event, boolean isShort, List<LexiconTokens.Token> words, boolean questionOnly) {
    }

    private final List<EventEntry> events;
    private final LexiconTrie<Alias> trie = new LexiconTrie<>();

    public EventCatalogue(List<EventEntry> events) {
        this.events = List.copyOf(events);
        for (EventEntry e : this.events) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(0, e.name());
            for (String a : names) add(e, a, false);
            for (String a : e.shortAliases()) add(e, a, true);
        }
        for (QuestionForms.Form f : QuestionForms.of(this.events)) {
            List<LexiconTokens.Token> words = LexiconTokens.tokenize(f.text());
            trie.add(words.stream().map(LexiconTokens.Token::norm).toList(), new Alias(f.event(), false, words, true));
        }
    }

    private void add(EventEntry e, String alias, boolean isShort) {
        List<LexiconTokens.Token> words = LexiconTokens.tokenize(alias);
        trie.add(words.stream().map(LexiconTokens.Token::norm).toList(), new Alias(e, isShort, words, false));
    }

    /** Reads events.yaml from {@code configDir}, or the built-in copy when it is null or has none. */
    public static EventCatalogue load(Path configDir) {
        LexiconFiles.Doc doc = LexiconFiles.read(configDir, FILE);
        for (Iterator<String> it = doc.root().fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("events")) throw new ConfigException(doc.where() + ": unknown key '" + key + "' (expected events)");
        }
        JsonNode list = doc.root().get("events");
        if (list == null || !list.isArray()) throw doc.bad("events", "a list of events", list);
        List<EventEntry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode node : list) {
            EventEntry e = readEvent(doc, node, "events[" + i + "]");
            if (!ids.add(e.id())) throw doc.bad("events[" + i + "].id", "unique", node.get("id"));
            out.add(e);
            i++;
        }
        return new EventCatalogue(out);
    }

    private static EventEntry readEvent(LexiconFiles.Doc doc, JsonNode node, String key) {
        if (!node.isObject()) throw doc.bad(key, "a mapping with id, name, aliases and editions", node);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!EVENT_FIELDS.contains(f)) throw new ConfigException(doc.where() + ": unknown key '" + key + "." + f + "'");
        }
        String id = LexiconFiles.text(doc, node, "id", key + ".id", true);
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) throw doc.bad(key + ".id", "a kebab-case id like met-gala", node.get("id"));
        String name = LexiconFiles.text(doc, node, "name", key + ".name", true);
        List<String> aliases = LexiconFiles.texts(doc, node.get("aliases"), key + ".aliases");
        List<String> shortAliases = LexiconFiles.texts(doc, node.get("shortAliases"), key + ".shortAliases");
        Integer offset = null;
        JsonNode off = node.get("ordinalOffset");
        if (off != null && !off.isNull()) {
            if (!off.isIntegralNumber() || off.asInt() < 1000 || off.asInt() > 2100) {
                throw doc.bad(key + ".ordinalOffset", "a whole number such as 1928", off);
            }
            offset = off.asInt();
        }
        TreeMap<Integer, EditionInfo> editions = new TreeMap<>();
        JsonNode eds = node.get("editions");
        if (eds != null && !eds.isNull()) {
            if (!eds.isObject()) throw doc.bad(key + ".editions", "a mapping of years to editions", eds);
            for (Iterator<Map.Entry<String, JsonNode>> it = eds.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> y = it.next();
                String ykey = key + ".editions." + y.getKey();
                if (!y.getKey().matches("(19|20)\\d\\d")) throw new ConfigException(doc.where() + ": key '" + ykey + "' must be a year like 2024");
                int year = Integer.parseInt(y.getKey());
                editions.put(year, readEdition(doc, year, y.getValue(), ykey));
            }
        }
        return new EventEntry(id, name, aliases, shortAliases, offset, editions);
    }

    private static EditionInfo readEdition(LexiconFiles.Doc doc, int year, JsonNode node, String key) {
        if (node == null || node.isNull()) return new EditionInfo(year, null, null, null, null, List.of());
        if (!node.isObject()) throw doc.bad(key, "a mapping with date, theme, dressCode, hosts", node);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!EDITION_FIELDS.contains(f)) throw new ConfigException(doc.where() + ": unknown key '" + key + "." + f + "'");
        }
        LocalDate date = date(doc, node, "date", key);
        LocalDate end = date(doc, node, "endDate", key);
        if (end != null && (date == null || end.isBefore(date))) {
            throw doc.bad(key + ".endDate", "on or after " + key + ".date", node.get("endDate"));
        }
        return new EditionInfo(year, date, end, LexiconFiles.text(doc, node, "theme", key + ".theme", false),
                LexiconFiles.text(doc, node, "dressCode", key + ".dressCode", false),
                LexiconFiles.texts(doc, node.get("hosts"), key + ".hosts"));
    }

    private static LocalDate date(LexiconFiles.Doc doc, JsonNode node, String field, String key) {
        String s = LexiconFiles.text(doc, node, field, key + "." + field, false);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw doc.bad(key + "." + field, "a date like 2024-05-06", node.get(field));
        }
    }

    public List<EventEntry> events() {
        return events;
    }

    public Optional<EventEntry> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** What the catalogue knows of one edition, e.g. ("met-gala", 2024). */
    public Optional<EditionInfo> info(String eventId, int year) {
        return event(eventId).flatMap(e -> e.info(year));
    }

    /** The event a name or question refers to ("the met", "Oscars 2023", "VMAs"), ignoring case, accents and punctuation. */
    public Optional<EventEntry> find(String text) {
        return parse(text).map(EventQuery::event);
    }

    /**
     * The event a question names and the year it asks for: "met 24", "oscars 2023", "2022 met gala",
     * "grammys '23". The year is the one written beside the event, else any year in the question.
     */
    public Optional<EventQuery> parse(String query) {
        if (query == null) return Optional.empty();
        List<EventMention> found = scan(query, false);
        if (found.isEmpty()) return Optional.empty();
        EventMention best = found.get(0);
        for (EventMention m : found) {
            if (m.end() - m.start() > best.end() - best.start()) best = m;
        }
        Integer year = best.year();
        if (year == null) {
            for (EventMention m : found) {
                if (m.event() == best.event() && m.year() != null) year = m.year();
            }
        }
        if (year == null) year = anyYear(query);
        return Optional.of(new EventQuery(best.event(), year));
    }

    /**
     * Every place an article's text names an event. Short aliases ("Met") count only when written as
     * in the catalogue, so "they met" is not the Met Gala.
     */
    public List<EventMention> questionMentions(String text) {
        return text == null ? List.of() : scan(text, false);
    }

    public List<EventMention> mentions(String text) {
        return text == null ? List.of() : scan(text, true);
    }

    /** {@link #mentions(String)} for a text already cut into words ({@code tokens} is {@link LexiconTokens#tokenize} of it). */
    public List<EventMention> mentions(String text, List<LexiconTokens.Token> tokens) {
        return scan(text, tokens, true);
    }

    private List<EventMention> scan(String text, boolean strict) {
        return scan(text, LexiconTokens.tokenize(text), strict);
    }

    private List<EventMention> scan(String text, List<LexiconTokens.Token> tokens, boolean strict) {
        List<EventMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            LexiconTrie.Match<Alias> best = null;
            Alias bestAlias = null;
            for (LexiconTrie.Match<Alias> m : trie.matchesAt(tokens, i)) {
                if (m.plural()) continue;
                for (Alias a : m.values()) {
                    if (a.isShort() && strict && !writtenAs(tokens, m.from(), a.words())) continue;
                    if (a.questionOnly() && strict) continue;
                    best = m;
                    bestAlias = a;
                    break;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            Integer year = yearBeside(tokens, best.from(), best.to(), text, strict, bestAlias.event());
            out.add(new EventMention(bestAlias.event(), tokens.get(best.from()).start(), tokens.get(best.to() - 1).end(), year));
            i = best.to();
        }
        return out;
    }

    private static boolean writtenAs(List<LexiconTokens.Token> tokens, int from, List<LexiconTokens.Token> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(from + k).raw().equals(words.get(k).raw())) return false;
        }
        return true;
    }

    private static Integer yearBeside(List<LexiconTokens.Token> tokens, int from, int to, String text, boolean strict, EventEntry event) {
        if (from > 0) {
            Integer y = year(tokens.get(from - 1), text, true); // "top 10 met looks" is no year
            if (y != null) return y;
        }
        if (to < tokens.size()) {
            Integer y = year(tokens.get(to), text, strict);
            if (y != null && !followedByMore(tokens, to, text)) return y;
            String w = tokens.get(to).norm();
            if ((w.equals("in") || w.equals("of")) && to + 1 < tokens.size()) {
                y = year(tokens.get(to + 1), text, strict);
                if (y != null && tokens.get(to + 1).raw().length() == 4) return y;
            }
        }
        for (int k = from - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
            String w = tokens.get(k).norm();
            if (ORDINAL.matcher(w).matches()) {
                return event.yearOfOrdinal(Integer.parseInt(w.replaceAll("\\D", "")));
            }
            if (!ORDINAL_FILLERS.contains(w)) break;
        }
        return null;
    }

    /** "Met Gala 2024 – 2025 season" is fine; "Oscars 2023, 2024" too; only guards odd joins like "Cannes 2023-24". */
    private static boolean followedByMore(List<LexiconTokens.Token> tokens, int at, String text) {
        int end = tokens.get(at).end();
        return end < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '/') && at + 1 < tokens.size()
                && tokens.get(at + 1).start() == end + 1 && tokens.get(at + 1).raw().length() == 2;
    }

    /** A token that is a year: 4 digits 1900–2099, or in a question (or after an apostrophe) 2 digits. */
    static Integer year(LexiconTokens.Token t, String text, boolean strict) {
        String r = t.raw();
        if (FULL_YEAR.matcher(r).matches()) return Integer.parseInt(r);
        if (SHORT_YEAR.matcher(r).matches()) {
            boolean apostrophe = t.start() > 0 && LexiconTokens.isApostrophe(text.charAt(t.start() - 1));
            if (strict && !apostrophe) return null;
            return 2000 + Integer.parseInt(r);
        }
        return null;
    }

    private static Integer anyYear(String query) {
        for (LexiconTokens.Token t : LexiconTokens.tokenize(query)) {
            if (FULL_YEAR.matcher(t.raw()).matches()) return Integer.parseInt(t.raw());
            if (SHORT_YEAR.matcher(t.raw()).matches() && t.start() > 0 && LexiconTokens.isApostrophe(query.charAt(t.start() - 1))) {
                return 2000 + Integer.parseInt(t.raw());
            }
        }
        return null;
    }
}
