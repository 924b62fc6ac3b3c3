package dev.redcarpet.answer;

import dev.redcarpet.index.Keys;
import dev.redcarpet.search.AskedDetail;
import dev.redcarpet.search.Detail;
import dev.redcarpet.search.Intent;
import dev.redcarpet.search.Measure;
import dev.redcarpet.search.Question;
import dev.redcarpet.search.TypeCues;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * When no structured fact answers the question (a designer from the card, a stylist's name, a quote), the
 * lead is the supporting sentence that holds what was asked: the most words of the asked detail ("shoes",
 * "make-up") or of the question type (a number for a fact, "theme" for a theme). For a yes/no question about
 * a detail, the sentence says yes when it names the asked thing, and no when it describes the same detail
 * otherwise ("heels" asked, "sneakers" written).
 */
final class LeadSentence {
    /** Compiled once: String.split and replaceAll compiled them per sentence and per word. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern EDGE_PUNCTUATION = java.util.regex.Pattern.compile("^[^\\p{L}\\p{N}\"\u201C]+|[^\\p{L}\\p{N}\"\u201D]+$");

    private LeadSentence() {
    }

    /** The chosen sentence as a lead, with its position among the sentences; null when none holds what was asked. */
    record Choice(Lead lead, int index, Cited rest) {
    }

    /** A designer or garment named counts as this many cue words. */
    private static final int LOOK_TERM = 10;

    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("(?<=[.!?][\"'\u201D\u2019)]?)\\s+(?=[A-Z\"\u201C'\u2018(])");

    static Choice pick(Question q, List<Cited> sentences) {
        return pick(q, sentences, null);
    }

    /** @param looks counts the designers and garments a sentence names for a look question (null: cue words only) */
    static Choice pick(Question q, List<Cited> sentences, AskedDetail looks) {
        if (sentences.isEmpty() || q.intent() == Intent.WHO || q.intent() == Intent.COMPARE) return null;
        Detail detail = Detail.askedIn(q.folded());
        Measure measure = q.intent() == Intent.FACT ? Measure.askedIn(q.folded()) : null;
        int best = -1;
        int bestHits = 0;
        for (int i = 0; i < sentences.size(); i++) {
            // what a look is made of and by whom outweighs words that only say there was a look ("arrived", "look")
            int named = looks == null ? 0 : looks.lookTerms(q, sentences.get(i).text());
            int hits = named * LOOK_TERM + hits(q.intent(), detail, measure, sentences.get(i).text());
            // asked what was worn, a sentence about another year's look ("the look she wore to last year's gala") answers less
            if ((q.intent() == Intent.LOOK || q.intent() == Intent.DESIGNER) && ANOTHER_YEAR.matcher(sentences.get(i).text()).find()) hits /= 2;
            if (hits > bestHits) {
                best = i;
                bestHits = hits;
            }
        }
        if (best < 0) return null;
        // a joined pair ("Zendaya arrived early. Her make-up was by…"): the part that holds it leads, the rest stays support
        Cited whole = sentences.get(best);
        String[] parts = SENTENCE_END.split(whole.text());
        String lead = whole.text();
        int top = 0;
        for (String part : parts) {
            int h = (looks == null ? 0 : looks.lookTerms(q, part) * LOOK_TERM) + hits(q.intent(), detail, measure, part);
            if (h > top) {
                top = h;
                lead = part;
            }
        }
        Cited chosen = new Cited(lead.strip(), whole.sourceId());
        String rest = whole.text().replace(lead, "").strip();
        if (q.intent() == Intent.YESNO && detail != null && detail.describedIn(chosen.text())) {
            Set<String> asked = askedWords(q.folded(), detail);
            if (!asked.isEmpty()) return new Choice(new Lead.Verdict(names(chosen.text(), asked), chosen), best, remainder(rest, whole));
        }
        String what = detail != null ? detail.label() : q.intent().name().toLowerCase(java.util.Locale.ROOT);
        return new Choice(new Lead.Detail(what, chosen), best, remainder(rest, whole));
    }

    /** Words that place a look in another year than the one reported: "last year's", "the year before". */
    private static final java.util.regex.Pattern ANOTHER_YEAR = java.util.regex.Pattern.compile(
            "(?i)\\b(?:last year|the year before|the previous year|a year earlier)\\b");

    private static Cited remainder(String rest, Cited whole) {
        return rest.length() < 25 ? null : new Cited(rest, whole.sourceId());
    }

    /** Distinct words of the sentence that hold the asked detail, else the question type's cue words. */
    private static int hits(Intent intent, Detail detail, Measure measure, String sentence) {
        // "how long did it take": the figures of the kind asked ("750 hours"), not any number
        if (measure != null && detail == null) return measure.countIn(sentence);
        Set<String> words = new LinkedHashSet<>();
        for (String w : WHITESPACE.split(sentence)) {
            String t = EDGE_PUNCTUATION.matcher(w).replaceAll("");
            if (t.isEmpty()) continue;
            boolean cue = detail != null ? detail.describedIn(t) : TypeCues.matches(intent, t);
            if (cue) words.add(t.toLowerCase(java.util.Locale.ROOT));
        }
        return words.size();
    }

    /** The question's words that name the detail: "heels" in "did she wear heels?". */
    private static Set<String> askedWords(String folded, Detail detail) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : folded.split("[^\\p{L}\\p{N}-]+")) if (!w.isBlank() && detail.describedIn(w)) out.add(w);
        return out;
    }

    /** Whether the sentence names one of the asked words (singular or plural). */
    private static boolean names(String sentence, Set<String> asked) {
        String folded = " " + Keys.fold(sentence) + " ";
        for (String w : asked) {
            String one = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (folded.contains(" " + w + " ") || folded.contains(" " + one + " ") || folded.contains(" " + one + "s ")) return true;
        }
        return false;
    }
}
