package dev.redcarpet.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Scores replies against their questions the way the dev set's score.py does, overall and per kind. */
public final class Scorer {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"'\u201d\u2019)]?\\s+(?=[A-Z\"\u201c'(\\[*])");

    /** A question with its reply. */
    public record Item(EvalQuestion question, Reply reply) {
    }

    private final List<Item> items = new ArrayList<>();

    public void add(EvalQuestion q, Reply r) {
        items.add(new Item(q, r));
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    /** Figures of every question (kind null) or of one kind. */
    public Figures figures(String kind) {
        int n = 0, answerable = 0, negatives = 0, declined = 0, wrongly = 0, wrong = 0, leadN = 0, leadOk = 0;
        double r1 = 0, r3 = 0, r5 = 0, mrr = 0, terms = 0, all = 0, first = 0, reranked = 0, plain = 0;
        List<Integer> lengths = new ArrayList<>();
        for (Item it : items) {
            EvalQuestion q = it.question;
            Reply r = it.reply;
            if (kind != null && !kind.equals(q.kind())) continue;
            n++;
            if (!wrongTermsIn(q, r).isEmpty()) wrong++;
            if (q.relevant().isEmpty()) {
                negatives++;
                if (r.abstained()) declined++;
                continue;
            }
            answerable++;
            Set<String> rel = new HashSet<>();
            q.relevant().forEach(d -> rel.add(stem(d)));
            List<String> ranked = r.ranked().stream().map(Scorer::stem).toList();
            r1 += hitIn(ranked, rel, 1);
            r3 += hitIn(ranked, rel, 3);
            r5 += hitIn(ranked, rel, 5);
            for (int i = 0; i < Math.min(10, ranked.size()); i++) {
                if (rel.contains(ranked.get(i))) {
                    mrr += 1.0 / (i + 1);
                    break;
                }
            }
            first += hitIn(r.firstStage().stream().map(Scorer::stem).toList(), rel, 1);
            reranked += hitIn(r.reranked().stream().map(Scorer::stem).toList(), rel, 1);
            plain += hitIn(r.plain().stream().map(Scorer::stem).toList(), rel, 1);
            int hit = q.answerTerms().size() - missing(q, r).size();
            terms += (double) hit / Math.max(1, q.answerTerms().size());
            if (hit == q.answerTerms().size()) all++;
            if (!q.leadTerms().isEmpty()) {
                leadN++;
                if (leadMissing(q, r).isEmpty()) leadOk++;
            }
            if (r.abstained()) wrongly++;
            lengths.add(r.answer().length());
        }
        lengths.sort(null);
        int d = Math.max(1, answerable);
        return new Figures(n, answerable, negatives, r1 / d, r3 / d, r5 / d, mrr / d, terms / d, all / d,
                leadN == 0 ? Double.NaN : (double) leadOk / leadN, (double) wrong / Math.max(1, n), wrongly, declined,
                lengths.isEmpty() ? 0 : lengths.get(lengths.size() / 2), first / d, reranked / d, plain / d);
    }

    /** Figures per kind, in name order. */
    public Map<String, Figures> byKind() {
        Map<String, Figures> out = new LinkedHashMap<>();
        items.stream().map(i -> i.question.kind()).distinct().sorted().forEach(k -> out.put(k, figures(k)));
        return out;
    }

    private static double hitIn(List<String> ranked, Set<String> rel, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) if (rel.contains(ranked.get(i))) return 1;
        return 0;
    }

    /** Answer terms missing from the whole reply. */
    public static List<String> missing(EvalQuestion q, Reply r) {
        String ans = fold(r.answer());
        return q.answerTerms().stream().filter(t -> !ans.contains(fold(t))).toList();
    }

    /** Lead terms missing from the first sentence of the short answer. */
    public static List<String> leadMissing(EvalQuestion q, Reply r) {
        String head = fold(firstSentence(r.lead() == null || r.lead().isEmpty() ? r.answer() : r.lead()));
        return q.leadTerms().stream().filter(t -> !head.contains(fold(t))).toList();
    }

    /** Wrong terms the reply shows. */
    public static List<String> wrongTermsIn(EvalQuestion q, Reply r) {
        String ans = fold(r.answer());
        return q.wrongTerms().stream().filter(t -> ans.contains(fold(t))).toList();
    }

    /** The first sentence, at most 300 characters, split as score.py splits it. */
    public static String firstSentence(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = SENTENCE_END.matcher(t);
        String s = m.find() ? t.substring(0, m.start() + 1) : t;
        return s.length() > 300 ? s.substring(0, 300) : s;
    }

    static String stem(String id) {
        String d = id.substring(id.lastIndexOf('/') + 1);
        return d.replaceAll("\\.(txt|json|jsonl|md|html)$", "");
    }

    /** Curly quotes and dashes made plain, NFKD, non-ASCII dropped, lower case: the folding score.py applies. */
    static String fold(String s) {
        String t = (s == null ? "" : s).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
        String n = Normalizer.normalize(t, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) if (n.charAt(i) < 128) b.append(n.charAt(i));
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
