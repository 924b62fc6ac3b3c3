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

    private record Entry(String name, String[] tokens, int weight, String key) {
        Entry(String name, String[] tokens, int weight) {
            this(name, tokens, weight, String.join(" ", tokens));
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final java.util.Set<String> nameTokens = new java.util.HashSet<>();
    /** The name words, found by a typed word within the edits they allow without a scan of every name. */
    private final NameWords words;
    /** By name word id: entries (positions in {@link #entries}, ascending) of one word with that word ... */
    private final int[][] single;
    /** ... of several words whose first word it is ... */
    private final int[][] firstOf;
    /** ... and of several words whose last word it is. */
    private final int[][] lastOf;
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
        for (Entry e : entries) java.util.Collections.addAll(nameTokens, e.tokens);
        this.words = new NameWords(nameTokens);
        List<List<Integer>> one = lists(words.size());
        List<List<Integer>> first = lists(words.size());
        List<List<Integer>> last = lists(words.size());
        for (int i = 0; i < entries.size(); i++) {
            String[] t = entries.get(i).tokens;
            if (t.length == 1) {
                one.get(words.id(t[0])).add(i);
            } else {
                first.get(words.id(t[0])).add(i);
                last.get(words.id(t[t.length - 1])).add(i);
            }
        }
        this.single = arrays(one);
        this.firstOf = arrays(first);
        this.lastOf = arrays(last);
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
        // the name words each question word could be (typos allowed), looked up once
        int[][] near = new int[tokens.size()][];
        for (int i = 0; i < tokens.size(); i++) near[i] = words.near(tokens.get(i));
        // whole names, longest first, among those whose first word starts like a word of the question;
        // only names whose first word is near some question word can match, so only those are tried
        Map<Character, Integer> initialRank = new java.util.HashMap<>();
        for (String t : tokens) if (!t.isEmpty()) initialRank.putIfAbsent(t.charAt(0), initialRank.size());
        java.util.Set<Integer> candidates = new java.util.HashSet<>();
        for (int[] ids : near) {
            for (int id : ids) {
                for (int e : firstOf[id]) if (initialRank.containsKey(entries.get(e).tokens[0].charAt(0))) candidates.add(e);
            }
        }
        List<Integer> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt((Integer e) -> -entries.get(e).tokens.length)
                .thenComparingInt(e -> initialRank.get(entries.get(e).tokens[0].charAt(0))).thenComparingInt(e -> e));
        for (int index : byLength) {
            Entry e = entries.get(index);
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
            // the first entry (by weight) that is this one-word name (typos allowed, same first letter),
            // or has it as its last or first word; several sharing it as their last word share a family name
            int bestIndex = Integer.MAX_VALUE;
            for (int id : near[i]) {
                for (int e : single[id]) if (entries.get(e).tokens[0].charAt(0) == t.charAt(0)) bestIndex = Math.min(bestIndex, e);
            }
            int surnames = 0;
            int id = words.id(t);
            if (t.length() >= 4 && id >= 0) {
                surnames = lastOf[id].length;
                if (surnames > 0) bestIndex = Math.min(bestIndex, lastOf[id][0]);
                if (firstOf[id].length > 0) bestIndex = Math.min(bestIndex, firstOf[id][0]);
            }
            Entry best = bestIndex == Integer.MAX_VALUE ? null : entries.get(bestIndex);
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
        // whether a typed word is close to a name word, worked out once per distinct name word
        Map<String, Boolean>[] close = newMaps(qt.length);
        for (Entry e : entries) {
            // names starting with the text come first, best first: once there are enough, nothing later shows
            if (prefix.size() >= max) break;
            if (e.key.startsWith(q)) prefix.add(e.name);
            else if (e.key.contains(q)) contains.add(e.name);
            else if (prefix.size() + contains.size() + fuzzy.size() < max && fuzzyTokens(qt, e.tokens, close)) fuzzy.add(e.name);
        }
        List<String> out = new ArrayList<>(prefix);
        out.addAll(contains);
        out.addAll(fuzzy);
        return out.stream().limit(max).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Boolean>[] newMaps(int n) {
        Map<String, Boolean>[] out = new Map[n];
        for (int i = 0; i < n; i++) out[i] = new java.util.HashMap<>();
        return out;
    }

    private static boolean fuzzyTokens(String[] typed, String[] name, Map<String, Boolean>[] close) {
        for (int i = 0; i < typed.length; i++) {
            String t = typed[i];
            boolean hit = false;
            for (String n : name) {
                if (close[i].computeIfAbsent(n, w -> close(t, w))) hit = true;
            }
            if (!hit) return false;
        }
        return true;
    }

    /** A typed word close to a name word, or to as much of its start as was typed (one letter more). */
    private static boolean close(String t, String n) {
        String head = n.length() > t.length() ? n.substring(0, Math.min(n.length(), t.length() + 1)) : n;
        return distance(t, n) <= allowedEdits(n) || distance(t, head) <= allowedEdits(t);
    }

    private static List<List<Integer>> lists(int n) {
        List<List<Integer>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(new ArrayList<>(1));
        return out;
    }

    private static int[][] arrays(List<List<Integer>> lists) {
        int[][] out = new int[lists.size()][];
        for (int i = 0; i < out.length; i++) out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        return out;
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
