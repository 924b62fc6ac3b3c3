package dev.redcarpet.cli;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answer-quality figures over a set of questions: recall@k and MRR@10 by article, answer-term
 * coverage, abstentions, reply length. Matches the dev set's score.py.
 */
public final class EvalScore {
    /** One scored question. */
    public record Item(String id, String kind, List<String> relevant, List<String> terms, List<String> ranked,
                       String answer, boolean abstained) {
    }

    private final List<Item> items = new ArrayList<>();

    public void add(Item item) {
        items.add(item);
    }

    public List<Item> items() {
        return items;
    }

    /** The figures for every item of a kind (null: all). */
    public Figures figures(String kind) {
        int n = 0;
        int negatives = 0;
        int declined = 0;
        int wrongly = 0;
        double r1 = 0, r3 = 0, r5 = 0, mrr = 0, terms = 0, all = 0;
        List<Integer> lengths = new ArrayList<>();
        for (Item it : items) {
            if (kind != null && !kind.equals(it.kind)) continue;
            if (it.relevant.isEmpty()) {
                negatives++;
                if (it.abstained) declined++;
                continue;
            }
            n++;
            Set<String> rel = new HashSet<>();
            it.relevant.forEach(d -> rel.add(stem(d)));
            List<String> ranked = it.ranked.stream().map(EvalScore::stem).toList();
            r1 += hitIn(ranked, rel, 1);
            r3 += hitIn(ranked, rel, 3);
            r5 += hitIn(ranked, rel, 5);
            for (int i = 0; i < Math.min(10, ranked.size()); i++) {
                if (rel.contains(ranked.get(i))) {
                    mrr += 1.0 / (i + 1);
                    break;
                }
            }
            String ans = fold(it.answer);
            long hit = it.terms.stream().filter(t -> ans.contains(fold(t))).count();
            terms += (double) hit / Math.max(1, it.terms.size());
            if (hit == it.terms.size()) all++;
            if (it.abstained) wrongly++;
            lengths.add(it.answer.length());
        }
        lengths.sort(null);
        int d = Math.max(1, n);
        return new Figures(n, negatives, r1 / d, r3 / d, r5 / d, mrr / d, terms / d, all / d, declined, wrongly,
                lengths.isEmpty() ? 0 : lengths.get(lengths.size() / 2));
    }

    private static double hitIn(List<String> ranked, Set<String> rel, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) if (rel.contains(ranked.get(i))) return 1;
        return 0;
    }

    /** Terms missing from an item's answer. */
    public static List<String> missing(Item it) {
        String ans = fold(it.answer);
        return it.terms.stream().filter(t -> !ans.contains(fold(t))).toList();
    }

    static String stem(String id) {
        String d = id.substring(id.lastIndexOf('/') + 1);
        return d.replaceAll("\\.(txt|json|jsonl|md|html)$", "");
    }

    /** NFKD, drop what is not ASCII, lower case: the folding score.py applies. */
    static String fold(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) if (n.charAt(i) < 128) b.append(n.charAt(i));
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The figures of one group of questions. */
    public record Figures(int answerable, int negatives, double recall1, double recall3, double recall5, double mrr10,
                          double answerTerms, double allTerms, int negativesDeclined, int wronglyAbstained,
                          int medianReplyChars) {
        public String line() {
            return String.format(Locale.ROOT,
                    "answerable=%d recall@1=%.3f recall@3=%.3f recall@5=%.3f mrr@10=%.3f answer_terms=%.3f all_terms=%.3f "
                            + "wrongly_abstained=%d negatives_declined=%d/%d median_reply_chars=%d",
                    answerable, recall1, recall3, recall5, mrr10, answerTerms, allTerms, wronglyAbstained,
                    negativesDeclined, negatives, medianReplyChars);
        }
    }
}
