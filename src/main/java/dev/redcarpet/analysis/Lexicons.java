package dev.redcarpet.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redcarpet.config.ConfigException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fashion lexicons of config/lexicons/: designers, garments, colours, materials, accessories,
 * hair and beauty, plus phrases to ignore ("red carpet"). {@link #find} finds their terms in a
 * sentence: whole words, ignoring case and accents, longest match first, plurals and possessives
 * read as the term.
 */
public final class Lexicons {
    public static final List<String> KINDS = List.of("designer", "garment", "colour", "material", "accessory", "hair", "beauty");
    static final List<String> FILES = List.of("designers.yaml", "garments.yaml", "colours.yaml", "materials.yaml",
            "accessories.yaml", "beauty.yaml", "ignore.yaml");
    private static final Map<String, String> SECTIONS = Map.of(
            "designers", "designer", "designer", "designer", "garment", "garment", "colour", "colour",
            "material", "material", "accessory", "accessory", "hair", "hair", "beauty", "beauty", "ignore", "ignore");
    private static final Set<String> ENTRY_FIELDS = Set.of("name", "aliases", "designers");

    /** One alias of one entry, as the trie holds it. */
    private record Term(LexiconEntry entry, List<LexiconTokens.Token> words) {
        boolean ignore() {
            return entry.kind().equals("ignore");
        }
    }

    private final Map<String, List<LexiconEntry>> byKind;
    private final Map<String, LexiconEntry> designersByKey;
    private final LexiconTrie<Term> trie = new LexiconTrie<>();

    private Lexicons(List<LexiconEntry> entries) {
        Map<String, List<LexiconEntry>> kinds = new LinkedHashMap<>();
        Map<String, LexiconEntry> designers = new HashMap<>();
        for (LexiconEntry e : entries) {
            kinds.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
            List<String> forms = new ArrayList<>(e.aliases());
            forms.add(0, e.name());
            for (String form : forms) {
                List<LexiconTokens.Token> words = LexiconTokens.tokenize(form);
                trie.add(words.stream().map(LexiconTokens.Token::norm).toList(), new Term(e, words));
                if (e.kind().equals("designer")) designers.putIfAbsent(LexiconTokens.key(form), e);
            }
        }
        kinds.replaceAll((k, v) -> List.copyOf(v));
        this.byKind = Collections.unmodifiableMap(kinds);
        this.designersByKey = designers;
    }

    /** Reads config/lexicons/*.yaml from {@code configDir} (per file, the built-in copy when it lacks one). */
    public static Lexicons load(Path configDir) {
        List<LexiconEntry> entries = new ArrayList<>();
        for (String file : FILES) entries.addAll(readFile(LexiconFiles.read(configDir, "lexicons/" + file)));
        return new Lexicons(mergeDesigners(entries));
    }

    /** Builds lexicons from entries directly (tests, tools). */
    public static Lexicons of(List<LexiconEntry> entries) {
        return new Lexicons(mergeDesigners(entries));
    }

    private static List<LexiconEntry> readFile(LexiconFiles.Doc doc) {
        List<LexiconEntry> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = doc.root().fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> section = it.next();
            String kind = SECTIONS.get(section.getKey());
            if (kind == null) {
                throw new ConfigException(doc.where() + ": unknown key '" + section.getKey() + "' (expected one of "
                        + String.join(", ", new java.util.TreeSet<>(SECTIONS.keySet())) + ")");
            }
            JsonNode list = section.getValue();
            if (list == null || !list.isArray()) throw doc.bad(section.getKey(), "a list of entries", list);
            int i = 0;
            for (JsonNode item : list) {
                out.addAll(readEntry(doc, kind, item, section.getKey() + "[" + i + "]"));
                i++;
            }
        }
        return out;
    }

    private static List<LexiconEntry> readEntry(LexiconFiles.Doc doc, String kind, JsonNode item, String key) {
        if (item.isValueNode() && !item.isNull() && !item.asText().isBlank()) {
            return List.of(new LexiconEntry(kind, item.asText().strip(), List.of(), List.of()));
        }
        if (!item.isObject()) throw doc.bad(key, "a term or a mapping with name and aliases", item);
        for (Iterator<String> f = item.fieldNames(); f.hasNext(); ) {
            String field = f.next();
            if (!ENTRY_FIELDS.contains(field) || (field.equals("designers") && !kind.equals("designer"))) {
                throw new ConfigException(doc.where() + ": unknown key '" + key + "." + field + "'");
            }
        }
        String name = LexiconFiles.text(doc, item, "name", key + ".name", true);
        if (LexiconTokens.tokenize(name).isEmpty()) throw doc.bad(key + ".name", "a term with letters or digits", item.get("name"));
        List<String> aliases = LexiconFiles.texts(doc, item.get("aliases"), key + ".aliases");
        List<String> people = LexiconFiles.texts(doc, item.get("designers"), key + ".designers");
        List<LexiconEntry> out = new ArrayList<>();
        out.add(new LexiconEntry(kind, name, aliases, List.of()));
        for (String p : people) out.add(new LexiconEntry("designer", p, List.of(), List.of(name)));
        return out;
    }

    /**
     * Merges entries that name the same designer: a person listed by several houses ("Kim Jones" at
     * Dior and Fendi) becomes one entry with both houses; a person who is also a house keeps the house.
     */
    private static List<LexiconEntry> mergeDesigners(List<LexiconEntry> entries) {
        Map<String, Integer> designerIndex = new HashMap<>();
        List<LexiconEntry> out = new ArrayList<>();
        for (LexiconEntry e : entries) {
            if (!e.kind().equals("designer")) {
                out.add(e);
                continue;
            }
            String key = LexiconTokens.key(e.name());
            Integer at = designerIndex.get(key);
            if (at == null) {
                designerIndex.put(key, out.size());
                out.add(e);
                continue;
            }
            LexiconEntry known = out.get(at);
            Set<String> houses = new LinkedHashSet<>(known.houses());
            houses.addAll(e.houses());
            Set<String> aliases = new LinkedHashSet<>(known.aliases());
            aliases.addAll(e.aliases());
            out.set(at, new LexiconEntry("designer", known.name(), List.copyOf(aliases), List.copyOf(houses)));
        }
        return out;
    }

    /** The entries of one kind, in file order. */
    public List<LexiconEntry> entries(String kind) {
        return byKind.getOrDefault(kind, List.of());
    }

    /** The designer entry (house or person) with this name or alias, or null. */
    public LexiconEntry designer(String name) {
        return name == null ? null : designersByKey.get(LexiconTokens.key(name));
    }

    /** True when {@code name} names a designer or a house, e.g. "John Galliano", "Vera Wang". */
    public boolean isDesigner(String name) {
        return designer(name) != null;
    }

    /**
     * Terms in an article's sentence. Designers count only when capitalised; other terms written with a
     * capital inside a sentence ("Snow Queen Nights", "Amber") are taken as names and skipped.
     */
    public List<LexiconHit> find(String sentence) {
        return find(sentence, true);
    }

    /** {@link #find(String)} for a sentence already cut into words ({@code tokens} is {@link LexiconTokens#tokenize} of it). */
    public List<LexiconHit> find(String sentence, List<LexiconTokens.Token> tokens) {
        return find(sentence, tokens, true);
    }

    /** Terms in a question or other loose text: no rules on capitals. */
    public List<LexiconHit> findLoose(String text) {
        return find(text, false);
    }

    private List<LexiconHit> find(String text, boolean strictCase) {
        return find(text, LexiconTokens.tokenize(text), strictCase);
    }

    private List<LexiconHit> find(String text, List<LexiconTokens.Token> tokens, boolean strictCase) {
        List<LexiconHit> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            List<LexiconTrie.Match<Term>> matches = trie.matchesAt(tokens, i);
            LexiconTrie.Match<Term> best = null;
            List<Term> bestTerms = List.of();
            for (LexiconTrie.Match<Term> m : matches) { // shortest first: the last one kept is the longest
                List<Term> ok = new ArrayList<>();
                for (Term t : m.values()) {
                    if (accepts(t, m, tokens, text, strictCase)) ok.add(t);
                }
                if (!ok.isEmpty()) {
                    best = m;
                    bestTerms = ok;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            if (bestTerms.stream().noneMatch(Term::ignore)) {
                Term chosen = choose(bestTerms, tokens, best.to(), text, strictCase);
                int start = tokens.get(best.from()).start();
                int end = tokens.get(best.to() - 1).end();
                out.add(new LexiconHit(chosen.entry().kind(), chosen.entry().name(), start, end, text.substring(start, end)));
            }
            i = best.to();
        }
        return out;
    }

    private static boolean accepts(Term t, LexiconTrie.Match<Term> m, List<LexiconTokens.Token> tokens, String text, boolean strictCase) {
        boolean designer = t.entry().kind().equals("designer");
        if (designer && m.plural()) return false;
        if (!strictCase) return true;
        LexiconTokens.Token first = tokens.get(m.from());
        if (designer) return first.capitalised() || Character.isDigit(first.raw().charAt(0));
        if (t.ignore()) return true;
        if (startsSentence(tokens, m.from(), text)) return true;
        for (int k = m.from(); k < m.to(); k++) {
            int w = k - m.from();
            boolean aliasCap = w < t.words().size() && t.words().get(w).capitalised();
            if (tokens.get(k).capitalised() && !aliasCap) return false;
        }
        return true;
    }

    private static boolean startsSentence(List<LexiconTokens.Token> tokens, int at, String text) {
        int from = at == 0 ? 0 : tokens.get(at - 1).end();
        String gap = text.substring(from, tokens.get(at).start());
        if (at == 0) return true;
        for (int k = 0; k < gap.length(); k++) {
            if (".!?:\n“\"‘(—–".indexOf(gap.charAt(k)) >= 0) return true;
        }
        return false;
    }

    /** Several kinds on one span ("blush"): a colour when another term follows at once ("blush gown"). */
    private Term choose(List<Term> terms, List<LexiconTokens.Token> tokens, int next, String text, boolean strictCase) {
        if (terms.size() == 1) return terms.get(0);
        boolean followed = false;
        if (next < tokens.size()) {
            for (LexiconTrie.Match<Term> m : trie.matchesAt(tokens, next)) {
                for (Term t : m.values()) {
                    if (!t.ignore() && accepts(t, m, tokens, text, strictCase)) followed = true;
                }
            }
        }
        for (Term t : terms) {
            if (followed == t.entry().kind().equals("colour")) return t;
        }
        return terms.get(0);
    }
}
