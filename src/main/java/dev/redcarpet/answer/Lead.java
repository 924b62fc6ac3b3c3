package dev.redcarpet.answer;

import java.util.List;

/** The structured fact that answers what was asked; renderers put it first, in their own words. */
public sealed interface Lead {
    /** A look question: who wore which designers, at which edition. */
    record Wore(String person, String designers, String edition) implements Lead {
    }

    /** A yes/no question, and the article sentence that settles it. */
    record Verdict(boolean yes, Cited evidence) implements Lead {
    }

    /** Who styled the look, and the sentence that says so. */
    record StyledBy(String stylist, Cited evidence) implements Lead {
    }

    /**
     * A detail of the look (hair, make-up, nails, shoes, bag, jewellery) or a fact (weight, hours, price, count):
     * the sentence of the articles that gives it, opening the answer.
     *
     * @param what the detail asked, e.g. "hair", "shoes", "hours"
     */
    record Detail(String what, Cited evidence) implements Lead {
    }

    /**
     * The quote that answers a quote question.
     *
     * @param edition  the edition of the quote's article when it differs from the one asked about, else null
     * @param sentence the article's sentence that holds a quote of a few words, when the rest of the sentence says
     *                 what the quote is about ("…said she "wanted to evoke romance" with her custom X gown"), else null
     */
    record Said(CitedQuote quote, String edition, Cited sentence) implements Lead {
        public Said(CitedQuote quote, String edition) {
            this(quote, edition, null);
        }
    }

    /** A list answer: the people whose looks match the asked values at an edition; the lines are the answer's items. */
    record Listed(List<String> people, List<String> values, String edition) implements Lead {
        public Listed {
            people = List.copyOf(people);
            values = List.copyOf(values);
        }
    }

    /** The articles' own best- or worst-dressed list of an edition; the lines are the answer's items. */
    record Ranked(boolean best, String edition) implements Lead {
    }

    /** /event: an edition's catalogue facts (the answer's facts) and what the corpus holds of it. */
    record EventOverview(String event, int year, int articles, int looks) implements Lead {
    }

    /** /person or an overview question: a person's looks in the corpus (the answer's items, newest first). */
    record PersonOverview(String person, int looks, int articles) implements Lead {
    }

    /** /quote: how many quotes of a person (on a topic) follow. */
    record QuoteCount(String person, String topic, int count) implements Lead {
    }
}
