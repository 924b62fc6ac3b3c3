package dev.redcarpet.analysis.quotes;

import java.util.regex.Pattern;
import dev.redcarpet.analysis.people.People;
import dev.redcarpet.analysis.people.PeopleFinder;
import dev.redcarpet.analysis.people.QuoteText;
import dev.redcarpet.analysis.people.Reading;
import dev.redcarpet.analysis.people.SubjectResolver;
import dev.redcarpet.analysis.structure.Layout;
import dev.redcarpet.analysis.structure.Sentence;
import dev.redcarpet.analysis.structure.SentenceSplitter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Finds every direct quotation in an article and who said it. A quotation is a span between
 * double quotes (curly or straight) that reads as speech rather than a title or a term: four
 * words or more, a finished sentence, or a span with a speech verb around it. Quotes broken by
 * an attribution (“A,” she said. “B.”) and quotes running over paragraphs give one record per
 * piece, each with the same speaker. The text of every record is an exact substring of the article.
 */
public final class QuoteExtractor {
    /** Compiled once: String.split compiles its regex on every call. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}’'-]+");
    private static final Set<String> TITLE_LEAD_WORDS = Set.of("of", "titled", "entitled", "called", "dubbed", "named",
            "the", "a", "an", "as", "theme", "code", "its", "their", "his", "her", "our", "film", "movie", "song",
            "album", "series", "show", "word", "words", "phrase", "slogan", "term", "label");
    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "a", "an", "and", "or", "in", "on", "at", "to",
            "for", "by", "with", "from", "de", "du", "la", "le", "des", "y", "is", "vs");
    private static final Set<String> FIRST_PERSON = Set.of("i", "i’m", "i'm", "i’ve", "i've", "i’d", "i'd", "i’ll",
            "i'll", "me", "my", "mine", "myself", "we", "we’re", "we're", "our", "us");

    /** One quotation while it is being worked out. */
    private static final class Piece {
        final QuoteMarks.Span span;
        final String text;
        final int sentenceStart;
        final int sentenceEnd;
        SpeakerResolver.Attribution attribution;
        boolean attributedHere;
        boolean attributedAfter;

        Piece(QuoteMarks.Span span, String text, int sentenceStart, int sentenceEnd) {
            this.span = span;
            this.text = text;
            this.sentenceStart = sentenceStart;
            this.sentenceEnd = sentenceEnd;
        }

        Piece withSentenceEnd(int end) {
            return new Piece(span, text, sentenceStart, end);
        }

        String speaker() {
            return attribution == null ? null : attribution.speaker();
        }
    }

    public List<Quote> extract(String articleId, String text, People people) {
        if (text == null || text.isBlank()) return List.of();
        People who = people != null ? people : new PeopleFinder().find(text);
        return extract(articleId, text, who, new SubjectResolver(who, name -> false).read(text, Layout.of(null, text)));
    }

    /** The quotes of an article whose sentences were read already: "she said" means whom the reading says. */
    public List<Quote> extract(String articleId, String text, People who, Reading reading) {
        if (text == null || text.isBlank()) return List.of();
        // the reading has read this text with these people already: its words, mentions and quotations are the same
        QuoteText read = reading.quoteText(text, who);
        List<QuoteMarks.Span> spans = read != null ? read.spans() : spans(text);
        SpeakerResolver resolver = read != null ? new SpeakerResolver(read, reading) : new SpeakerResolver(text, who, spans, reading);
        Map<Integer, List<QuoteMarks.Span>> spansOf = new HashMap<>();
        for (QuoteMarks.Span s : spans) spansOf.computeIfAbsent(s.paragraph().index(), k -> new ArrayList<>()).add(s);

        List<Piece> pieces = new ArrayList<>();
        Map<Integer, ParagraphParts> parts = new HashMap<>();
        QuoteMarks.Span previous = null;
        for (QuoteMarks.Span s : spans) {
            if (s.textEnd() <= s.textStart()) {
                previous = s;
                continue;
            }
            int[] sentence = sentenceBounds(text, s, parts, spansOf);
            Piece piece = new Piece(s, s.text(text), sentence[0], sentence[1]);
            SpeakerResolver.Attribution a = resolver.after(s, piece.text);
            boolean after = a.found();
            if (a.found()) {
                if (a.outlet() == null) {
                    String outlet = resolver.outlet(sentence[0], s.open());
                    if (outlet != null) a = new SpeakerResolver.Attribution(a.speaker(), outlet, true);
                }
                int clauseEnd = resolver.clauseEnd(s.close() + 1, s.paragraph().end());
                if (clauseEnd < s.paragraph().end() && ".!?".indexOf(text.charAt(clauseEnd)) >= 0) clauseEnd++;
                if (clauseEnd > piece.sentenceEnd) piece = piece.withSentenceEnd(clauseEnd);
            } else {
                int from = sentence[0];
                if (previous != null && previous.paragraph() == s.paragraph() && previous.close() + 1 > from) {
                    from = previous.close() + 1;
                }
                a = resolver.before(s, sentence[0], from);
            }
            piece.attribution = a;
            piece.attributedHere = a.found();
            piece.attributedAfter = after;
            if (isSpeech(text, piece)) pieces.add(piece);
            previous = s;
        }
        carryOver(text, pieces, resolver);
        List<Quote> out = new ArrayList<>();
        for (Piece p : pieces) {
            SpeakerResolver.Attribution a = p.attribution;
            String context = context(text, p);
            out.add(new Quote(p.text, a == null ? null : a.speaker(), a == null ? null : a.outlet(), articleId,
                    p.span.paragraph().index(), context));
        }
        return out;
    }

    private static List<QuoteMarks.Span> spans(String text) {
        List<QuoteMarks.Span> spans = new ArrayList<>();
        for (QuoteMarks.Paragraph p : QuoteMarks.paragraphs(text)) spans.addAll(QuoteMarks.spans(text, p));
        return spans;
    }

    /** Gives unattributed pieces the speaker of the quote they continue, or of a one-person lead-in sentence. */
    private static void carryOver(String text, List<Piece> pieces, SpeakerResolver resolver) {
        for (int i = 1; i < pieces.size(); i++) {
            Piece cur = pieces.get(i);
            Piece prev = pieces.get(i - 1);
            if (cur.attributedHere || prev.speaker() == null) continue;
            if (continues(text, prev, cur, resolver)) cur.attribution = prev.attribution;
        }
        for (int i = pieces.size() - 2; i >= 0; i--) {
            Piece cur = pieces.get(i);
            Piece next = pieces.get(i + 1);
            if (cur.attribution.found() || cur.speaker() != null || next.speaker() == null) continue;
            boolean adjacent = cur.span.paragraph() == next.span.paragraph() && cur.span.closed()
                    && text.substring(cur.span.close() + 1, next.span.open()).isBlank();
            boolean runsOn = !cur.span.closed() && next.span.paragraph().index() == cur.span.paragraph().index() + 1
                    && next.span.open() == next.span.paragraph().start();
            if (adjacent || runsOn) cur.attribution = next.attribution;
        }
        for (Piece p : pieces) {
            if (p.attribution.found() || p.speaker() != null || !firstPerson(p.text)) continue;
            if (!text.substring(p.sentenceStart, p.span.open()).isBlank()) continue;
            int paraStart = p.span.paragraph().start();
            if (p.sentenceStart <= paraStart) continue;
            int prevSentence = previousSentenceStart(text, paraStart, p.sentenceStart);
            String only = resolver.onlyPersonBetween(prevSentence, p.sentenceStart);
            if (only != null && resolver.namedBetween(only, p.span.textStart(), p.span.textEnd())) continue;
            if (only != null) p.attribution = new SpeakerResolver.Attribution(only, null, false);
        }
    }

    private static boolean continues(String text, Piece prev, Piece cur, SpeakerResolver resolver) {
        QuoteMarks.Paragraph pp = prev.span.paragraph();
        QuoteMarks.Paragraph cp = cur.span.paragraph();
        String speaker = prev.speaker();
        int from = Math.max(prev.sentenceEnd, prev.span.close());
        if (pp == cp) {
            return from > cur.span.open() || !resolver.otherPersonNamedBetween(from, cur.span.open(), speaker);
        }
        if (cp.index() != pp.index() + 1 || cur.span.open() != cp.start()) return false;
        return !prev.span.closed() || !resolver.otherPersonNamedBetween(from, pp.end(), speaker);
    }

    private static boolean isSpeech(String text, Piece p) {
        String t = p.text;
        List<String> words = words(t);
        if (words.isEmpty()) return false;
        if (!p.span.closed()) return true;
        if (titleCase(words) && words.size() <= 10) return false;
        boolean sentenceEnd = t.endsWith(".") || t.endsWith("!") || t.endsWith("?") || t.endsWith("…");
        boolean commaInside = p.span.close() > 0 && text.charAt(p.span.close() - 1) == ',';
        if (p.attributedHere && (words.size() >= 4 || ((sentenceEnd || (commaInside && p.attributedAfter)) && words.size() >= 2))) return true;
        if (p.attributedHere && sentenceEnd && text.substring(0, p.span.open()).strip().endsWith(":")) return true;
        boolean titleLead = titleLead(text, p.span.open());
        if (words.size() >= 4) return !titleLead || sentenceEnd;
        return sentenceEnd && words.size() >= 2 && !titleLead;
    }

    private static boolean titleLead(String text, int open) {
        int i = open - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        int end = i + 1;
        while (i >= 0 && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '’' || text.charAt(i) == '\'')) i--;
        String w = text.substring(i + 1, end).toLowerCase(Locale.ROOT);
        return TITLE_LEAD_WORDS.contains(w) || w.endsWith("’s") || w.endsWith("'s");
    }

    private static boolean titleCase(List<String> words) {
        int caps = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (Character.isUpperCase(w.charAt(0))) caps++;
            else if (i == 0 || !MINOR_WORDS.contains(w)) return false;
        }
        return caps > 0;
    }

    private static boolean firstPerson(String t) {
        for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}’']+")) if (FIRST_PERSON.contains(w)) return true;
        return false;
    }

    private static List<String> words(String t) {
        List<String> out = new ArrayList<>();
        for (String w : NON_WORD.split(t)) if (!w.isEmpty() && w.chars().anyMatch(Character::isLetterOrDigit)) out.add(w);
        return out;
    }

    /** A paragraph's sentences and quotations, worked out once per article. */
    private record ParagraphParts(List<Sentence> sentences, List<QuoteMarks.Span> spans) {
    }

    /** How many enclosing quotations are looked at around one quotation. */
    static final int NESTING = 3;

    /**
     * Start and end (article offsets) of the sentences holding the quote, from its opening to its closing
     * mark. Each paragraph is split once ({@code parts}) and sentences are found by binary search, so a
     * huge paragraph costs work in proportion to its size; {@code spansOf} holds each paragraph's quotations.
     */
    private static int[] sentenceBounds(String text, QuoteMarks.Span s, Map<Integer, ParagraphParts> parts,
                                        Map<Integer, List<QuoteMarks.Span>> spansOf) {
        QuoteMarks.Paragraph p = s.paragraph();
        ParagraphParts pp = parts.computeIfAbsent(p.index(), k -> new ParagraphParts(
                SentenceSplitter.split(p.index(), text.substring(p.start(), p.end())), spansOf.get(p.index())));
        int start = s.open();
        int end = s.close() + (s.closed() ? 1 : 0);
        int from = start;
        int to = end;
        Sentence first = containing(pp.sentences(), start - p.start(), false);
        if (first != null) from = p.start() + first.start();
        Sentence last = containing(pp.sentences(), end - p.start(), true);
        if (last != null) to = p.start() + last.end();
        if (to < end) to = end;
        int at = indexOf(pp.spans(), s);
        for (int k = at - 1; k >= 0 && k >= at - NESTING; k--) {
            QuoteMarks.Span other = pp.spans().get(k);
            // a sentence never starts inside another quotation: widen to that quotation's own sentence
            if (other.open() < from && from < other.close()) {
                int[] outer = sentenceBounds(text, other, parts, spansOf);
                from = Math.min(from, outer[0]);
            }
        }
        return new int[]{from, Math.min(to, p.end())};
    }

    /** Where a quotation sits among its paragraph's quotations (they are in order of their opening marks). */
    private static int indexOf(List<QuoteMarks.Span> spans, QuoteMarks.Span s) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int open = spans.get(mid).open();
            if (open < s.open()) lo = mid + 1;
            else if (open > s.open()) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /** The sentence holding offset {@code at} (start <= at < end; with {@code endInclusive}, start < at <= end). */
    private static Sentence containing(List<Sentence> sentences, int at, boolean endInclusive) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence m = sentences.get(mid);
            boolean before = endInclusive ? at <= m.start() : at < m.start();
            boolean after = endInclusive ? at > m.end() : at >= m.end();
            if (before) hi = mid - 1;
            else if (after) lo = mid + 1;
            else return m;
        }
        return null;
    }

    private static int previousSentenceStart(String text, int paraStart, int sentenceStart) {
        QuoteMarks.Paragraph dummy = null;
        List<Sentence> sentences = SentenceSplitter.split(0, text.substring(paraStart, sentenceStart));
        return sentences.isEmpty() ? paraStart : paraStart + sentences.get(sentences.size() - 1).start();
    }

    private static String context(String text, Piece p) {
        return text.substring(p.sentenceStart, p.sentenceEnd).strip();
    }
}
