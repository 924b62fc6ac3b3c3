package dev.redcarpet.answer;

import java.util.List;

/**
 * The engine's reply to one question as data, independent of where it is shown: no English is built
 * here. {@link TextRenderer} (console, CLI, {@code ask --json}) and the Discord renderer turn it into prose.
 *
 * @param decline  why the question is not answered (or answered only in part), with what is known instead; null when answered
 * @param facts    what the event catalogue records of the asked edition (theme, dress code, hosts); may be null
 * @param lead     the structured fact that answers what was asked (designer worn, yes/no, stylist, quote…); may be null
 * @param support  sentences copied verbatim from the articles, each with its source id, best first
 * @param quotes   quotes shown with the answer; the lead's quote, if any, is among them
 * @param looks    look cards, the asked edition's first
 * @param items    the lines of a list answer ("who wore X"), or a person's looks across events
 * @param sides    the two sides of a comparison, each a whole answer
 * @param others   other editions the person also has in the corpus; may be null
 * @param sources  best first; everything above refers to them by id
 */
public record Answer(String question, Decline decline, EventFacts facts, Lead lead, List<Cited> support,
                     List<CitedQuote> quotes, List<LookCard> looks, List<ListItem> items, List<Answer> sides,
                     OtherEditions others, List<Source> sources) {
    public Answer {
        support = List.copyOf(support);
        quotes = List.copyOf(quotes);
        looks = List.copyOf(looks);
        items = List.copyOf(items);
        sides = List.copyOf(sides);
        sources = List.copyOf(sources);
    }

    /** An answered question: a lead, supporting sentences, quotes, cards and sources. */
    public static Answer of(String question, Lead lead, List<Cited> support, List<CitedQuote> quotes, List<LookCard> looks,
                            List<Source> sources) {
        return new Answer(question, null, null, lead, support, quotes, looks, List.of(), List.of(), null, sources);
    }

    /** A question not answered, and why. */
    public static Answer declined(String question, Decline decline) {
        return new Answer(question, decline, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of());
    }

    /** True when the corpus does not answer the question. */
    public boolean abstained() {
        if (decline != null) return decline.abstains();
        return !sides.isEmpty() && sides.stream().allMatch(Answer::abstained);
    }

    /** The short answer as plain text (the text renderer's), kept for callers that score or log text. */
    public String answer() {
        return TextRenderer.shortAnswer(this);
    }

    public Answer withFacts(EventFacts f) {
        return new Answer(question, decline, f, lead, support, quotes, looks, items, sides, others, sources);
    }

    public Answer withOthers(OtherEditions o) {
        return new Answer(question, decline, facts, lead, support, quotes, looks, items, sides, o, sources);
    }

    public Answer withItems(List<ListItem> i) {
        return new Answer(question, decline, facts, lead, support, quotes, looks, i, sides, others, sources);
    }

    /** 1-based number of a source id in this answer, or 0 when absent. */
    public int sourceNumber(String id) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(id)) return i + 1;
        }
        return 0;
    }
}
