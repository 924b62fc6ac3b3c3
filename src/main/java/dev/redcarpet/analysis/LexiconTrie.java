package dev.redcarpet.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases as sequences of folded words, found in token lists. A match may optionally read a plural
 * word ("gowns", "dresses", "accessories") as its singular; the match says when it did.
 */
public final class LexiconTrie<T> {
    private final Node<T> root = new Node<>();
    /** Every plural {@link #singulars} reads as a phrase's first word, so a token is tried from the root without making its singulars. */
    private final Set<String> firstPlurals = new HashSet<>();

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>();
        /** Kept unmodifiable, so every match hands out the same list instead of a copy. */
        List<T> values = List.of();
    }

    /** A phrase found: tokens [from, to), its values, and whether a plural was read as singular. */
    public record Match<T>(int from, int to, List<T> values, boolean plural) {
    }

    public void add(List<String> words, T value) {
        if (words.isEmpty()) return;
        firstPlurals.addAll(plurals(words.get(0)));
        Node<T> node = root;
        for (String w : words) node = node.next.computeIfAbsent(w, k -> new Node<>());
        List<T> more = new ArrayList<>(node.values);
        more.add(value);
        node.values = List.copyOf(more);
    }

    /** Every phrase that starts at token {@code from}, shortest first. */
    public List<Match<T>> matchesAt(List<LexiconTokens.Token> tokens, int from) {
        // most tokens start no phrase: answer those from the root without making a list
        if (from >= tokens.size() || !starts(tokens.get(from).norm())) return List.of();
        List<Match<T>> out = new ArrayList<>(2);
        walk(root, tokens, from, from, false, out);
        if (out.size() > 1) out.sort((a, b) -> Integer.compare(a.to(), b.to()));
        return out;
    }

    private boolean starts(String word) {
        if (root.next.containsKey(word)) return true;
        // every plural ends in "s" and has four letters or more: most words need no second lookup
        return word.length() >= 4 && word.charAt(word.length() - 1) == 's' && firstPlurals.contains(word);
    }

    /** The words {@link #singulars} turns into {@code w}. */
    private static List<String> plurals(String w) {
        List<String> out = new ArrayList<>(3);
        if (w.endsWith("y")) out.add(w.substring(0, w.length() - 1) + "ies");
        out.add(w + "es");
        if (!w.endsWith("s")) out.add(w + "s");
        out.removeIf(p -> p.length() < 4);
        return out;
    }

    private void walk(Node<T> node, List<LexiconTokens.Token> tokens, int from, int at, boolean plural, List<Match<T>> out) {
        if (!node.values.isEmpty() && at > from) out.add(new Match<>(from, at, node.values, plural));
        if (at >= tokens.size() || node.next.isEmpty()) return;
        String word = tokens.get(at).norm();
        Node<T> exact = node.next.get(word);
        if (exact != null) walk(exact, tokens, from, at + 1, plural, out);
        if (!word.endsWith("s")) return; // every singular form drops an "s"
        for (String singular : singulars(word)) {
            Node<T> n = node.next.get(singular);
            if (n != null && n != exact) walk(n, tokens, from, at + 1, true, out);
        }
    }

    private static List<String> singulars(String w) {
        List<String> out = new ArrayList<>(3);
        if (w.length() < 4) return out;
        if (w.endsWith("ies")) out.add(w.substring(0, w.length() - 3) + "y");
        if (w.endsWith("es")) out.add(w.substring(0, w.length() - 2));
        if (w.endsWith("s") && !w.endsWith("ss")) out.add(w.substring(0, w.length() - 1));
        return out;
    }
}
