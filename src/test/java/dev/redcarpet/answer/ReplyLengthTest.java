package dev.redcarpet.answer;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reply fits one Discord embed description (4,096 characters) whatever its shape and however much a large
 * corpus finds: a long list, both sides of a comparison, an overview, many quotes, cards and sources.
 */
class ReplyLengthTest {
    private static final int EMBED = 4096;

    private static List<Source> sources(int n) {
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Source("s" + i, "A very long headline about the night's gowns, number " + i + ", and what came after",
                    LocalDate.of(2024, 5, 7), "https://example.org/" + "looks/".repeat(i % 3 == 0 ? 60 : 8) + i, "f" + i + ".txt"));
        }
        return out;
    }

    private static List<Cited> sentences(String who, int n) {
        List<Cited> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Cited(who + " wore a column of pleated silk number " + i + " with a sweeping train and a sculpted bodice.", "s" + (i % 9)));
        }
        return out;
    }

    private static LookCard card(String who, int lines) {
        List<CardLine> l = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            l.add(new CardLine(LookCards.KINDS.get(i % LookCards.KINDS.size()), "a detail described at some length " + i, List.of("s" + (i % 9)),
                    "evidence " + i, false));
        }
        return new LookCard(who, "2024 Met Gala", l);
    }

    private static List<CitedQuote> quotes(int n) {
        List<CitedQuote> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new CitedQuote("I wanted it to feel like the garden at dusk, number " + i + ", ".repeat(3)
                + "soft and a little wild.", "Wren Oakley", "s" + (i % 9)));
        return out;
    }

    @Test
    void aLongListStaysWithinOneEmbedAndKeepsItsLead() {
        List<String> people = new ArrayList<>();
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            people.add("Guest Number" + i);
            items.add(new ListItem("Guest Number" + i, List.of("Valentino", "red", "silk gown with a long train"), List.of("s" + (i % 40))));
        }
        Answer a = Answer.of("who wore red?", new Lead.Listed(people, List.of("red"), "2024 Met Gala"), List.of(), quotes(20),
                List.of(card("Guest Number0", 200)), sources(40)).withItems(items);
        String text = TextRenderer.render(a);
        assertThat(text.length()).isLessThanOrEqualTo(TextRenderer.MAX_REPLY).isLessThan(EMBED);
        assertThat(text).startsWith(Wording.lead(a.lead()).substring(0, 40));
        assertThat(text).contains("Sources:").contains("[1] ");
    }

    @Test
    void aComparisonKeepsBothLeadsWhateverTheFirstSideHolds() {
        Answer one = Answer.of("q", new Lead.Wore("Wren Oakley", "Valentino", "2024 Met Gala"), sentences("Wren Oakley", 80),
                quotes(10), List.of(card("Wren Oakley", 150)), sources(30));
        Answer two = Answer.of("q", new Lead.Wore("Ada Finch", "Schiaparelli", "2024 Met Gala"), sentences("Ada Finch", 80),
                quotes(10), List.of(card("Ada Finch", 150)), sources(30));
        List<LookCard> cards = new ArrayList<>(one.looks());
        cards.addAll(two.looks());
        Answer both = new Answer("q", null, null, null, List.of(), List.of(), cards, List.of(), List.of(one, two), null, sources(60));
        String text = TextRenderer.render(both);
        assertThat(text.length()).isLessThanOrEqualTo(TextRenderer.MAX_REPLY);
        String first = text.substring(0, text.indexOf('\n'));
        assertThat(first).contains("Valentino").contains("Schiaparelli");
        assertThat(text).contains("Ada Finch wore a column");
    }

    @Test
    void anOverviewOfManyLooksStaysWithinOneEmbed() {
        List<ListItem> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) items.add(new ListItem((2000 + i % 25) + " Event " + i, List.of("Designer " + i, "gown"), List.of("s" + (i % 9))));
        Answer a = Answer.of("q", new Lead.PersonOverview("Wren Oakley", 500, 900), sentences("Wren Oakley", 50), quotes(30),
                List.of(card("Wren Oakley", 300)), sources(9)).withItems(items);
        assertThat(TextRenderer.render(a).length()).isLessThanOrEqualTo(TextRenderer.MAX_REPLY);
    }

    @Test
    void aShortReplyIsLeftWhole() {
        Answer a = Answer.of("q", new Lead.Wore("Wren Oakley", "Valentino", "2024 Met Gala"), sentences("Wren Oakley", 2),
                quotes(1), List.of(card("Wren Oakley", 3)), sources(2));
        String text = TextRenderer.render(a);
        assertThat(text).doesNotContain("\n\u2026").contains("sculpted bodice.\n").contains("number 1 with").contains("Quotes:").contains("Look: Wren Oakley").contains("[2] ");
    }

    @Test
    void aCutIsMadeAtALineOrSentenceAndMarked() {
        String text = "First sentence is here. " + "Another sentence follows it. ".repeat(100);
        String fitted = TextRenderer.fit(text, 300);
        assertThat(fitted.length()).isLessThanOrEqualTo(300);
        assertThat(fitted).endsWith(".\u2026").startsWith("First sentence is here.");
    }
}
