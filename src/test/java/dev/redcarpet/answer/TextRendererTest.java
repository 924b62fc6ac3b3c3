package dev.redcarpet.answer;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The text renderer says each kind of lead and decline in one place, from data alone. */
class TextRendererTest {
    private static final Source S1 = new Source("s1", "Lina Marsh at the gala", LocalDate.of(2025, 5, 6), null, "a.txt");
    private static final Source S2 = new Source("s2", "Lina Marsh last year", LocalDate.of(2024, 5, 7), null, "b.txt");

    @Test
    void aQuoteFromAnotherEditionIsLabelledAndNotRepeatedInTheQuoteBlock() {
        CitedQuote q = new CitedQuote("Black is the colour I always come back to.", "Lina Marsh", "s2");
        Answer a = Answer.of("q", new Lead.Said(q, "2024 Met Gala"),
                List.of(new Cited("\"Black is the colour I always come back to,\" Lina Marsh said.", "s2")), List.of(q), List.of(), List.of(S1, S2));
        String text = TextRenderer.render(a);
        assertThat(TextRenderer.shortAnswer(a)).isEqualTo("\u201CBlack is the colour I always come back to.\u201D \u2014 Lina Marsh, at the 2024 Met Gala.");
        assertThat(text).doesNotContain("Quotes:");
        assertThat(text.indexOf("always come back")).isEqualTo(text.lastIndexOf("always come back"));
    }

    @Test
    void aVerdictSaysYesOrNoBeforeTheSentence() {
        Cited c = new Cited("Under the gown she wore silver sneakers.", "s1");
        assertThat(TextRenderer.shortAnswer(Answer.of("q", new Lead.Verdict(false, c), List.of(), List.of(), List.of(), List.of(S1))))
                .isEqualTo("No: Under the gown she wore silver sneakers.");
        assertThat(TextRenderer.shortAnswer(Answer.of("q", new Lead.Verdict(true, c), List.of(), List.of(), List.of(), List.of(S1))))
                .isEqualTo("Yes: Under the gown she wore silver sneakers.");
    }

    @Test
    void aDeclineIsOneLineWithWhatIsKnownInstead() {
        Decline d = new Decline(Decline.Reason.NOT_AT_EDITION, "Lina Marsh", "Oscars", 2023, null, List.of("2025 Met Gala"), 0, null);
        Answer a = Answer.declined("q", d);
        assertThat(a.abstained()).isTrue();
        assertThat(TextRenderer.render(a)).isEqualTo("I don't have any articles on Lina Marsh at the 2023 Oscars. I have articles on Lina Marsh at the 2025 Met Gala.");
    }

    @Test
    void aListCitesEachLine() {
        Answer a = Answer.of("q", new Lead.Listed(List.of("Orla Finch", "Jasper Quill"), List.of("black"), "2025 Met Gala"), List.of(), List.of(),
                List.of(), List.of(S1, S2)).withItems(List.of(
                new ListItem("Orla Finch", List.of("Schiaparelli", "black"), List.of("s1")),
                new ListItem("Jasper Quill", List.of("Dior"), List.of("s2"))));
        assertThat(TextRenderer.shortAnswer(a)).isEqualTo("Orla Finch and Jasper Quill wore black at the 2025 Met Gala.\n"
                + "\u2022 Orla Finch \u2014 Schiaparelli, black [1]\n\u2022 Jasper Quill \u2014 Dior [2]");
    }

    @Test
    void aComparisonPutsBothLeadsInTheFirstSentence() {
        Answer left = Answer.of("a", new Lead.Wore("Orla Finch", "Schiaparelli", "2025 Met Gala"), List.of(new Cited("The gown had gold buttons.", "s1")),
                List.of(), List.of(), List.of(S1));
        Answer right = Answer.of("b", new Lead.Wore("Jasper Quill", "Dior", "2025 Met Gala"), List.of(), List.of(), List.of(), List.of(S2));
        Answer both = new Answer("q", null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(left, right), null, List.of(S1, S2));
        assertThat(TextRenderer.shortAnswer(both)).startsWith("Orla Finch wore Schiaparelli at the 2025 Met Gala; Jasper Quill wore Dior at the 2025 Met Gala.");
    }
}
