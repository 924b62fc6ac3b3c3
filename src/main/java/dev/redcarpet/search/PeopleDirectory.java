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
        for (Entry e : entries) {
            for (String t : e.tokens) if (t.equals(token)) return true;
        }
        return false;
    }

    /**
     * The people named in a question's folded tokens: whole names first (allowing typos), then
     * nicknames, then a lone first or last name when it belongs to someone ({@code ignore} lists
     * tokens that are ordinary words here and must not be read as names).
     */
    public List<Match> find(List<String> tokens, Set<String> ignore) {
        List<Match> found = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        // whole names, longest first
        List<Entry> byLength = new ArrayList<>(entries);
        byLength.sort(Comparator.comparingInt((Entry e) -> -e.tokens.length));
        for (Entry e : byLength) {
            if (e.tokens.length < 2) continue;
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
            Entry best = null;
            int surnames = 0;
            for (Entry e : entries) {
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
    public List<String> suggest(String typed, int max) {
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

    /** Damerau-Levenshtein (optimal string alignment) distance. */
    static int distance(String a, String b) {
        if (a.equals(b)) return 0;
        if (Math.abs(a.length() - b.length()) > 2) return 3;
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
