package dev.redcarpet.search;

import dev.redcarpet.analysis.LexiconHit;
import dev.redcarpet.analysis.Lexicons;

import java.util.Set;

/**
 * Whether a sentence holds the kind of thing a question asks for: the asked detail's words ("heels"
 * for shoes), else the fashion lexicons' terms of the asked kind (a designer or house for "who
 * designed", a garment or designer for "what did she wear"), else the question type's cue words.
 * Answer selection adds {@link #weight()} for such a sentence, so the sentence that names the
 * stylist beats one that only shares the question's words.
 */
public final class AskedDetail {
    private final Lexicons lexicons;
    private final double weight;

    /**
     * @param lexicons the fashion lexicons, or null (cue words only)
     * @param weight   what a sentence holding the asked detail adds to its score ({@code ranking.sentenceType})
     */
    public AskedDetail(Lexicons lexicons, double weight) {
        this.lexicons = lexicons;
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }

    /** Whether the sentence holds what the question asks for. */
    public boolean holds(Question q, String sentence) {
        if (sentence == null || sentence.isBlank()) return false;
        Detail detail = Detail.askedIn(q.folded());
        if (detail != null) return detail.describedIn(sentence);
        return switch (q.intent()) {
            case DESIGNER -> hasLexicon(sentence, Set.of("designer")) || (lexicons == null && TypeCues.matches(q.intent(), sentence));
            case LOOK, COMPARE -> hasLexicon(sentence, Set.of("designer", "garment")) || (lexicons == null && TypeCues.matches(q.intent(), sentence));
            case BEAUTY -> hasLexicon(sentence, Set.of("hair", "beauty")) || TypeCues.matches(q.intent(), sentence);
            case ACCESSORY -> hasLexicon(sentence, Set.of("accessory")) || TypeCues.matches(q.intent(), sentence);
            default -> TypeCues.matches(q, sentence);
        };
    }

    /**
     * How many kinds of what a look or designer question asks a sentence names (a designer, a garment):
     * "in a red mini dress by Vivienne Westwood" names two, "her look was impossible to miss" none, and a
     * list of guests who happen to be designers one.
     * Zero for other questions or without lexicons.
     */
    public int lookTerms(Question q, String sentence) {
        if (lexicons == null || sentence == null || Detail.askedIn(q.folded()) != null) return 0;
        Set<String> kinds = switch (q.intent()) {
            case LOOK -> Set.of("designer", "garment");
            case DESIGNER -> Set.of("designer");
            default -> Set.of();
        };
        if (kinds.isEmpty()) return 0;
        Set<String> values = new java.util.HashSet<>();
        for (LexiconHit h : lexicons.find(sentence)) if (kinds.contains(h.kind())) values.add(h.kind());
        return values.size();
    }

    /** The designers and houses a sentence names (folded), by the fashion lexicons; empty without them. */
    public Set<String> designers(String sentence) {
        Set<String> out = new java.util.HashSet<>();
        if (lexicons == null || sentence == null) return out;
        for (LexiconHit h : lexicons.find(sentence)) if ("designer".equals(h.kind())) out.add(dev.redcarpet.index.Keys.fold(h.value()));
        return out;
    }

    private boolean hasLexicon(String sentence, Set<String> kinds) {
        if (lexicons == null) return false;
        for (LexiconHit h : lexicons.find(sentence)) if (kinds.contains(h.kind())) return true;
        return false;
    }
}
