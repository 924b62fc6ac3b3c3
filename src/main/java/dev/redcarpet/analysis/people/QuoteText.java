package dev.redcarpet.analysis.people;

import dev.redcarpet.analysis.quotes.QuoteMarks;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's text as quote attribution reads it: its words with offsets, the mentions of its
 * people, and the spans inside quotation marks, with lookups between them.
 */
public final class QuoteText {
    final String text;
    final People people;
    public final List<PeopleMentions.Mention> mentions;
    final List<QuoteMarks.Span> spans;
    public final List<NameTokens.Token> tokens;
    final int[] tokenStarts;
    private final NameLexicon lex = NameLexicon.get();

    public QuoteText(String text, People people, List<QuoteMarks.Span> spans) {
        this.text = text;
        this.people = people;
        this.spans = spans;
        this.tokens = NameTokens.of(text);
        this.tokenStarts = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            tokenStarts[i] = tokens.get(i).start();
        }
        this.mentions = PeopleMentions.find(text, people);
    }

    public String text() {
        return text;
    }

    /** The quoted spans of the text, in order. */
    public List<QuoteMarks.Span> spans() {
        return spans;
    }

    public boolean insideQuote(int pos) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) { // spans are in text order and never overlap
            int mid = (lo + hi) >>> 1;
            QuoteMarks.Span s = spans.get(mid);
            if (s.contains(pos)) return true;
            if (pos <= s.open()) hi = mid - 1;
            else lo = mid + 1;
        }
        return false;
    }

    /** A full name for a mention; an ambiguous short form goes to whichever candidate was last named in full. */
    public String resolveMention(PeopleMentions.Mention m) {
        if (!m.ambiguous()) return m.candidates().get(0);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            PeopleMentions.Mention o = mentions.get(i);
            if (o.start() < m.start() && o.full() && m.candidates().contains(o.candidates().get(0))) return o.candidates().get(0);
        }
        return null;
    }

    /** Where the clause starting at {@code start} ends: a sentence end, a new quote, ':' or ';'. */
    public int clauseEnd(int start, int limit) {
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '"' || c == '\n' || c == ';' || c == ':' || c == '(') return i;
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= limit || Character.isWhitespace(text.charAt(i + 1)))) {
                boolean initial = i >= 2 && Character.isUpperCase(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 2));
                if (!initial) return i;
            }
        }
        return limit;
    }

    public int verbAt(int k) {
        if (k >= tokens.size()) return 0;
        for (List<String> verb : lex.speechVerbsStartingWith(tokens.get(k).word())) {
            if (k + verb.size() > tokens.size()) continue;
            boolean ok = true;
            for (int j = 0; j < verb.size() && ok; j++) {
                ok = tokens.get(k + j).word().equalsIgnoreCase(verb.get(j));
                if (ok && j > 0) ok = NameTokens.spaceOnly(text, tokens.get(k + j - 1).end(), tokens.get(k + j).start());
            }
            if (ok) return verb.size();
        }
        return 0;
    }

    public List<Integer> tokenIndexes(int from, int to) {
        List<Integer> out = new ArrayList<>();
        int first = java.util.Arrays.binarySearch(tokenStarts, from);
        if (first < 0) first = -first - 1;
        for (int i = first; i < tokens.size(); i++) {
            NameTokens.Token t = tokens.get(i);
            if (t.start() >= from && t.end() <= to && !insideQuote(t.start())) out.add(i);
            if (t.start() >= to) break;
        }
        return out;
    }

    int tokenIndexAt(int start) {
        int i = java.util.Arrays.binarySearch(tokenStarts, start); // token starts strictly increase
        return i >= 0 ? i : -1;
    }

    int groupStart(int k) {
        int s = k;
        while (s > 0 && tokens.get(s - 1).capitalised() && !tokens.get(s - 1).possessive()
                && NameTokens.spaceOnly(text, tokens.get(s - 1).end(), tokens.get(s).start())) s--;
        return tokens.get(s).start();
    }

    public PeopleMentions.Mention mentionEndingAt(NameTokens.Token t) {
        for (PeopleMentions.Mention m : mentions) if (m.end() == t.end() || (m.start() <= t.start() && m.end() >= t.end())) return m;
        return null;
    }

    PeopleMentions.Mention mentionStartingAt(NameTokens.Token t) {
        for (PeopleMentions.Mention m : mentions) if (m.start() == t.start()) return m;
        return null;
    }
}
