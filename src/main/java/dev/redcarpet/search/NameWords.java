package dev.redcarpet.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distinct words of people's names, found by a typed word within the edits a name word allows
 * ({@link PeopleDirectory#allowedEdits}) without a scan of them all: a symmetric-deletion index. Every
 * edit of the optimal-string-alignment distance (substitution, insertion, deletion, transposition) is
 * undone by deleting at most one letter on each side, so a word within k edits of a typed word shares
 * with it a string made by at most k deletions from each. Each name word is filed under the hashes of
 * its own deletion variants (as many deletions as it allows edits); a typed word looks up the hashes of
 * its variants with up to two deletions, and every candidate is checked with the real distance. The
 * cost of a look-up follows the typed word's length, not the number of names.
 */
final class NameWords {
    private static final int MAX_EDITS = 2;

    private final String[] words;
    private final Map<String, Integer> ids = new HashMap<>();
    /** (hash of a deletion variant) << 32 | word id, sorted. */
    private final long[] keys;
    private final int longest;

    NameWords(Set<String> distinct) {
        this.words = distinct.stream().sorted().toArray(String[]::new);
        int max = 0;
        long[] k = new long[16];
        int n = 0;
        Set<String> variants = new HashSet<>();
        for (int id = 0; id < words.length; id++) {
            String w = words[id];
            ids.put(w, id);
            max = Math.max(max, w.length());
            variants.clear();
            deletions(w, PeopleDirectory.allowedEdits(w), variants);
            for (String v : variants) {
                if (n == k.length) k = Arrays.copyOf(k, n * 2);
                k[n++] = ((long) v.hashCode() << 32) | id;
            }
        }
        this.keys = Arrays.copyOf(k, n);
        Arrays.sort(keys);
        this.longest = max;
    }

    int size() {
        return words.length;
    }

    /** The id of a name word, or -1. */
    int id(String word) {
        Integer id = ids.get(word);
        return id == null ? -1 : id;
    }

    String word(int id) {
        return words[id];
    }

    /** Ids of the name words w with {@code distance(typed, w) <= allowedEdits(w)}, ascending. */
    int[] near(String typed) {
        if (typed.isEmpty() || typed.length() > longest + MAX_EDITS) return new int[0];
        Set<String> variants = new HashSet<>();
        deletions(typed, MAX_EDITS, variants);
        Set<Integer> hits = new HashSet<>();
        Set<Integer> checked = new HashSet<>();
        for (String v : variants) {
            long h = (long) v.hashCode() << 32;
            int at = Arrays.binarySearch(keys, h);
            if (at < 0) at = -at - 1;
            for (int i = at; i < keys.length && (keys[i] & 0xFFFFFFFF00000000L) == h; i++) {
                int id = (int) keys[i];
                if (!checked.add(id)) continue;
                String w = words[id];
                if (PeopleDirectory.distance(typed, w) <= PeopleDirectory.allowedEdits(w)) hits.add(id);
            }
        }
        return hits.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The word and every string made from it by deleting up to {@code max} letters. */
    private static void deletions(String w, int max, Set<String> out) {
        out.add(w);
        if (max == 0) return;
        List<String> frontier = List.of(w);
        for (int d = 0; d < max; d++) {
            List<String> next = new ArrayList<>();
            for (String s : frontier) {
                for (int i = 0; i < s.length(); i++) {
                    String v = s.substring(0, i) + s.substring(i + 1);
                    if (out.add(v)) next.add(v);
                }
            }
            frontier = next;
        }
    }
}
