package dev.redcarpet.analysis.quotes;

import dev.redcarpet.analysis.people.NameTokens;
import dev.redcarpet.analysis.people.Outlets;
import dev.redcarpet.analysis.people.People;
import dev.redcarpet.analysis.people.PeopleMentions;
import dev.redcarpet.analysis.people.QuoteText;
import dev.redcarpet.analysis.people.NameContext;
import dev.redcarpet.analysis.people.Reading;
import dev.redcarpet.analysis.people.SubjectReader;

import java.util.regex.Pattern;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Works out who said a quote and to which outlet, from the attribution right after it
 * ("…,” Kim said / said Law Roach / she told Vogue), the clause before it (Kim said: “…” /
 * As Roach put it, “…”) or a colon introduction. Subjects are read by {@link SubjectReader};
 * pronouns and descriptions by the article's {@link Reading}; outlets by {@link Outlets}.
 */
public final class SpeakerResolver {
    private static final Pattern DASHES_ONLY = Pattern.compile("[,—–-]*");
    /**
     * What the text says about a quote's source. {@code found} is true when an attribution was
     * read, even if it names nobody we can resolve ("a source said"); then the quote must not
     * borrow a neighbour's speaker.
     */
    record Attribution(String speaker, String outlet, boolean found) {
        static final Attribution NONE = new Attribution(null, null, false);
    }

    private final QuoteText qt;
    private final SubjectReader subjects;
    private final Outlets outlets;
    private final String text;
    private final List<NameTokens.Token> tokens;
    private final List<PeopleMentions.Mention> mentions;

    SpeakerResolver(String text, People people, List<QuoteMarks.Span> spans, Reading reading) {
        this(new QuoteText(text, people, spans), reading);
    }

    /** A resolver over a text already read: {@code qt} holds the text's words, mentions and quotations. */
    SpeakerResolver(QuoteText qt, Reading reading) {
        this.qt = qt;
        this.subjects = new SubjectReader(qt, new NameContext(qt, reading));
        this.outlets = new Outlets(qt);
        this.text = qt.text();
        this.tokens = qt.tokens;
        this.mentions = qt.mentions;
    }

    List<PeopleMentions.Mention> mentions() {
        return mentions;
    }

    boolean insideQuote(int pos) {
        return qt.insideQuote(pos);
    }

    String resolveMention(PeopleMentions.Mention m) {
        return qt.resolveMention(m);
    }

    /** The outlet named in an attribution clause: told Vogue / to People / in a video for Vogue. */
    String outlet(int from, int to) {
        return outlets.inClause(from, to);
    }

    /** Where the clause starting at {@code start} ends: a sentence end, a new quote, ':' or ';'. */
    int clauseEnd(int start, int limit) {
        return qt.clauseEnd(start, limit);
    }

    /** The attribution after the closing mark: “…,” Kim said / said Kim / she told Vogue. */
    Attribution after(QuoteMarks.Span q, String quoteText) {
        if (!q.closed()) return Attribution.NONE;
        int start = q.close() + 1;
        int end = clauseEnd(start, q.paragraph().end());
        List<Integer> idx = qt.tokenIndexes(start, end);
        if (idx.isEmpty()) return Attribution.NONE;
        int v = -1;
        int len = 0;
        for (int k = 0; k < idx.size() && k <= 8; k++) {
            len = qt.verbAt(idx.get(k));
            if (len > 0) {
                v = k;
                break;
            }
        }
        if (v < 0) return Attribution.NONE;
        NameTokens.Token firstToken = tokens.get(idx.get(0));
        boolean sentenceEnded = quoteText.endsWith(".") || quoteText.endsWith("!") || quoteText.endsWith("?");
        if (sentenceEnded && firstToken.capitalised() && (v > 3 || idx.size() > 4)) {
            return Attribution.NONE; // “…done.” She also posted a photo… is a new sentence, not an attribution
        }
        if (!DASHES_ONLY.matcher(text.substring(start, firstToken.start()).strip()).matches()) return Attribution.NONE;
        boolean inverted = true;
        for (int k = 0; k < v; k++) {
            if (!SubjectReader.ADVERBS.contains(tokens.get(idx.get(k)).word().toLowerCase(Locale.ROOT))) inverted = false;
        }
        String outlet = outlets.inClause(start, end);
        SubjectReader.Subject s;
        if (inverted) {
            int from = idx.get(v) + len;
            s = subjects.subject(from, idx.get(idx.size() - 1) + 1, true, tokens.get(idx.get(v)).start());
            if (!s.decided()) return outlet == null ? Attribution.NONE : new Attribution(null, outlet, true);
        } else {
            int subjectStart = 0;
            for (int k = 1; k < v; k++) {
                // “…” wear it, she told People: the subject is what follows the last comma before the verb
                if (text.substring(tokens.get(idx.get(k - 1)).end(), tokens.get(idx.get(k)).start()).contains(",")
                        && !tokens.get(idx.get(k - 1)).word().chars().allMatch(Character::isDigit)) {
                    subjectStart = k;
                }
            }
            if (subjectStart > 0 && tokens.get(idx.get(subjectStart)).word().chars().allMatch(Character::isDigit)) subjectStart = 0;
            s = subjects.subject(idx.get(subjectStart), idx.get(v), false, tokens.get(idx.get(0)).start());
            if (!s.decided()) return Attribution.NONE;
        }
        if (s.outlet() != null && outlet == null) outlet = s.outlet();
        return new Attribution(s.speaker(), outlet, true);
    }

    /** The attribution in the sentence before the opening mark: Kim said: “…” / As Roach put it, “…”. */
    Attribution before(QuoteMarks.Span q, int sentenceStart, int from) {
        List<Integer> region = qt.tokenIndexes(from, q.open());
        int v = -1;
        int len = 0;
        for (int k = region.size() - 1; k >= 0; k--) {
            int l = qt.verbAt(region.get(k));
            if (l > 0 && region.get(k) + l - 1 <= region.get(region.size() - 1)) {
                v = region.get(k);
                len = l;
                break;
            }
        }
        String outlet = outlets.inClause(sentenceStart, q.open());
        if (v >= 0) {
            String verb = tokens.get(v).word().toLowerCase(Locale.ROOT);
            int regionEnd = region.get(region.size() - 1) + 1;
            if (verb.equals("according")) {
                SubjectReader.Subject s = subjects.subject(v + len, regionEnd, true, tokens.get(v).start());
                return new Attribution(s.speaker(), outlet != null ? outlet : s.outlet(), true);
            }
            SubjectReader.Subject s = subjects.backwardSubject(v, sentenceStart);
            if (!s.decided() && v + len < regionEnd) s = subjects.subject(v + len, regionEnd, true, tokens.get(v).start());
            return new Attribution(s.speaker(), outlet != null ? outlet : s.outlet(), true);
        }
        if (!region.isEmpty()) {
            // "a look Kim called “…”": a name right before "called" or "dubbed" is who called it that
            int last = region.get(region.size() - 1);
            String w = tokens.get(last).word().toLowerCase(Locale.ROOT);
            if ((w.equals("called") || w.equals("dubbed")) && last > 0 && text.substring(tokens.get(last).end(), q.open()).isBlank()) {
                PeopleMentions.Mention m = qt.mentionEndingAt(tokens.get(last - 1));
                if (m != null && !m.possessive() && !qt.insideQuote(m.start())) return new Attribution(qt.resolveMention(m), outlet, true);
            }
        }
        String pre = text.substring(from, q.open()).strip();
        if (pre.endsWith(":") && !region.isEmpty()) {
            SubjectReader.Subject s = subjects.forwardSubject(sentenceStart, q.open());
            if (s.decided()) return new Attribution(s.speaker(), outlet, true);
        }
        return Attribution.NONE;
    }

    /** The one person named (outside quotes) between two offsets, or null when none or several. */
    String onlyPersonBetween(int from, int to) {
        Set<String> names = new HashSet<>();
        for (PeopleMentions.Mention m : mentions) {
            if (m.start() >= from && m.end() <= to && !qt.insideQuote(m.start())) {
                String n = qt.resolveMention(m);
                if (n == null) return null;
                names.add(n);
            }
        }
        return names.size() == 1 ? names.iterator().next() : null;
    }

    /** True when {@code name} is mentioned between two offsets (inside quotes too). */
    boolean namedBetween(String name, int from, int to) {
        for (PeopleMentions.Mention m : mentions) {
            if (m.start() >= from && m.end() <= to && m.candidates().contains(name)) return true;
        }
        return false;
    }

    /** True when someone other than {@code speaker} is named (outside quotes) between two offsets. */
    boolean otherPersonNamedBetween(int from, int to, String speaker) {
        for (PeopleMentions.Mention m : mentions) {
            if (m.start() >= from && m.end() <= to && !qt.insideQuote(m.start()) && !speaker.equals(qt.resolveMention(m))) return true;
        }
        return false;
    }
}
