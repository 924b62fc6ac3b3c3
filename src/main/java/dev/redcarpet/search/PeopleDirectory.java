package dev.redcarpet.search;

import dev.redcarpet.index.Keys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every person the corpus names, for recognising names in questions as fans type them
 * ("kim kardashain", "zendya", "gigi") and for autocomplete.
 */
public final class PeopleDirectory {
    /** A name found in a question: which tokens it covered. */
    public record Match(String name, int start, int end, boolean full) {
    }

    private record Entry(String name, String[] tokens, int weight) {
    }

    private final List<Entry> entries = new ArrayList<>();
    /** Entries by the first letter of any of their name words: a typo rarely hits the first letter. */
    private final Map<Character, List<Entry>> byInitial = new java.util.HashMap<>();
    /** Multi-word entries, longest first, by the first letter of their first word. */
    private final Map<Character, List<Entry>> fullByInitial = new java.util.HashMap<>();
    private final java.util.Set<String> nameTokens = new java.util.HashSet<>();
    private final Map<String, String> nicknames;

    /**
     * @param weights   full name to how many articles name them (ties are broken by weight)
     * @param nicknames folded nickname ("jlo") to full name
     */
    public PeopleDirectory(Map<String, Integer> weights, Map<String, String> nicknames) {
        weights.forEach((name, w) -> {
            String[] tokens = Keys.fold(name).split(" ");
            if (tokens.length > 0 && !tokens[0].isEmpty()) entries.add(new Entry(name, tokens, w));
        });
        entries.sort(Comparator.comparingInt((Entry e) -> -e.weight).thenComparing(Entry::name));
        for (Entry e : entries) {
            java.util.Set<Character> initials = new java.util.HashSet<>();
            for (String t : e.tokens) {
                initials.add(t.charAt(0));
                nameTokens.add(t);
            }
            for (char c : initials) byInitial.computeIfAbsent(c, k -> new ArrayList<>()).add(e);
            if (e.tokens.length > 1) fullByInitial.computeIfAbsent(e.tokens[0].charAt(0), k -> new ArrayList<>()).add(e);
        }
        for (List<Entry> list : fullByInitial.values()) list.sort(Comparator.comparingInt((Entry e) -> -e.tokens.length));
        Map<String, String> nick = new LinkedHashMap<>();
        nicknames.forEach((k, v) -> nick.put(Keys.fold(k).replace(" ", ""), v));
        this.nicknames = nick;
    }

    public int size() {
        return entries.size();
    }

    public List<String> names() {
        return entries.stream().map(Entry::name).toList();
    }

    /** Whether a folded token is part of some person's name. */
    public boolean isNameToken(String token) {
        return nameTokens.contains(token);
    }

    /**
     * The people named in a question's folded tokens: whole names first (allowing typos), then
     * nicknames, then a lone first or last name when it belongs to someone ({@code ignore} lists
     * tokens that are ordinary words here and must not be read as names).
     */
    public List<Match> find(List<String> tokens, Set<String> ignore) {
        List<Match> found = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        // whole names, longest first, among those whose first word starts like a word of the question
        List<Entry> byLength = new ArrayList<>();
        java.util.Set<Character> seenInitials = new java.util.HashSet<>();
        for (String t : tokens) {
            if (!t.isEmpty() && seenInitials.add(t.charAt(0))) byLength.addAll(fullByInitial.getOrDefault(t.charAt(0), List.of()));
        }
        byLength.sort(Comparator.comparingInt((Entry e) -> -e.tokens.length));
        for (Entry e : byLength) {
            for (int i = 0; i + e.tokens.length <= tokens.size(); i++) {
                if (anyUsed(used, i, i + e.tokens.length)) continue;
                boolean all = true;
                int edits = 0;
                for (int j = 0; j < e.tokens.length && all; j++) {
                    int d = distance(tokens.get(i + j), e.tokens[j]);
                    edits += d;
                    all = d <= allowedEdits(e.tokens[j]);
                }
                if (all && edits <= 2) {
                    found.add(new Match(e.name, i, i + e.tokens.length, true));
                    mark(used, i, i + e.tokens.length);
                }
            }
        }
        // a name written as one word ("jlo", "jlaw") or run together
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i]) continue;
            String nick = nicknames.get(tokens.get(i));
            if (nick == null && i + 1 < tokens.size() && !used[i + 1]) nick = nicknames.get(tokens.get(i) + tokens.get(i + 1));
            if (nick != null) {
                found.add(new Match(nick, i, i + 1, true));
                used[i] = true;
            }
        }
        // a lone first or last name, or a one-word name ("lizzo", "zendya")
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (used[i] || t.length() < 3 || ignore.contains(t)) continue;
            // a lone word English also uses as a verb or adjective ("made", "wore", "white", "will") names nobody: a whole name still does
            if (dev.redcarpet.analysis.people.EnglishWords.get().isOrdinary(t)) continue;
            Entry best = null;
            int surnames = 0;
            for (Entry e : byInitial.getOrDefault(t.charAt(0), List.of())) {
                if (e.tokens.length == 1) {
                    if (best == null && distance(t, e.tokens[0]) <= allowedEdits(e.tokens[0])) best = e;
                } else if (t.length() >= 4 && t.equals(e.tokens[e.tokens.length - 1])) {
                    surnames++;
                    if (best == null) best = e;
                } else if (best == null && t.length() >= 4 && t.equals(e.tokens[0])) {
                    best = e;
                }
            }
            // "which Hadid sister": a family name shared by several people names none of them
            if (surnames > 1) best = null;
            if (best != null) {
                found.add(new Match(best.name, i, i + 1, best.tokens.length == 1));
                used[i] = true;
            }
        }
        found.sort(Comparator.comparingInt(Match::start));
        List<Match> unique = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Match m : found) if (seen.add(m.name)) unique.add(m);
        return unique;
    }

    /** Autocomplete: names starting with, containing, or close to what was typed; best first. */
    /**
     * The one person a typed name means, read the way questions are read (full name, typo, nickname,
     * a lone first or last name), else the best autocomplete suggestion; null when none. {@code ask},
     * {@code /person}, {@code /quote} and autocomplete all resolve names through here.
     */
    public String resolve(String typed) {
        String folded = Keys.fold(typed);
        if (folded.isEmpty()) return null;
        List<Match> found = find(List.of(folded.split(" ")), Set.of());
        if (!found.isEmpty()) return found.get(0).name();
        List<String> suggested = suggestOnly(typed, 1);
        return suggested.isEmpty() ? null : suggested.get(0);
    }

    /** Names for autocomplete, best first: whoever the typed text resolves to (a nickname too), then suggestions. */
    public List<String> suggest(String typed, int max) {
        List<String> out = new ArrayList<>(suggestOnly(typed, max));
        String folded = Keys.fold(typed);
        if (!folded.isEmpty() && max > 0) {
            List<Match> found = find(List.of(folded.split(" ")), Set.of());
            if (!found.isEmpty() && found.get(0).full()) {
                out.remove(found.get(0).name());
                out.add(0, found.get(0).name());
            }
        }
        return out.size() > max ? out.subList(0, max) : out;
    }

    private List<String> suggestOnly(String typed, int max) {
        String q = Keys.fold(typed);
        if (q.isEmpty()) return entries.stream().limit(max).map(Entry::name).toList();
        List<String> prefix = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        List<String> fuzzy = new ArrayList<>();
        String[] qt = q.split(" ");
        for (Entry e : entries) {
            String key = String.join(" ", e.tokens);
            if (key.startsWith(q)) prefix.add(e.name);
            else if (key.contains(q)) contains.add(e.name);
            else if (fuzzyTokens(qt, e.tokens)) fuzzy.add(e.name);
        }
        List<String> out = new ArrayList<>(prefix);
        out.addAll(contains);
        out.addAll(fuzzy);
        return out.stream().limit(max).toList();
    }

    private static boolean fuzzyTokens(String[] typed, String[] name) {
        for (String t : typed) {
            boolean hit = false;
            for (String n : name) {
                String head = n.length() > t.length() ? n.substring(0, Math.min(n.length(), t.length() + 1)) : n;
                if (distance(t, n) <= allowedEdits(n) || distance(t, head) <= allowedEdits(t)) hit = true;
            }
            if (!hit) return false;
        }
        return true;
    }

    static int allowedEdits(String word) {
        return word.length() >= 8 ? 2 : word.length() >= 5 ? 1 : 0;
    }

    private static boolean anyUsed(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) if (used[i]) return true;
        return false;
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int i = from; i < to; i++) used[i] = true;
    }

    /** Damerau-Levenshtein (optimal string alignment) distance; anything above 2 is reported as 3. */
    static int distance(String a, String b) {
        if (a.equals(b)) return 0;
        if (Math.abs(a.length() - b.length()) > 2) return 3;
        int[] prev2 = new int[b.length() + 1];
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > 2) return 3;
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[b.length()], 3);
    }
}
