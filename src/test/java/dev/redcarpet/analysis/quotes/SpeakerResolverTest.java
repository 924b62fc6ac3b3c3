package dev.redcarpet.analysis.quotes;

import dev.redcarpet.analysis.people.PeopleFinder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Attribution patterns one at a time, each on a two-paragraph invented article. */
public class SpeakerResolverTest {
    private static final String LEAD = "Marisol Vance wore a copper gown by designer Corbin Ashe to the Lantern Ball, "
            + "with her stylist Pia Lund close behind.\n\n";

    private static Quote only(String text) {
        List<Quote> quotes = new QuoteExtractor().extract("t", text, new PeopleFinder().find(text));
        assertThat(quotes).hasSize(1);
        assertThat(text).contains(quotes.get(0).text());
        return quotes.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “The copper took weeks to polish,” Vance, 29, explained.                      | Marisol Vance
            “The copper took weeks to polish,” said Corbin Ashe.                          | Corbin Ashe
            “The copper took weeks to polish,” her stylist Pia Lund said.                 | Pia Lund
            “The copper took weeks to polish,” the 29-year-old said.                      | Marisol Vance
            “The copper took weeks to polish,” the star gushed.                           | Marisol Vance
            “The copper took weeks to polish,” the designer told reporters.               | Corbin Ashe
            “The copper took weeks to polish,” her stylist admitted.                      | Pia Lund
            “The copper took weeks to polish,” Marisol says.                              | Marisol Vance
            Ashe said: “The copper took weeks to polish.”                                 | Corbin Ashe
            As Lund put it, “The copper took weeks to polish.”                            | Pia Lund
            According to Ashe, “the copper took weeks to polish.”                         | Corbin Ashe
            Asked about the shine, she quipped, “The copper took weeks to polish.”        | Marisol Vance
            Vance summed up the night in one line: “The copper took weeks to polish.”     | Marisol Vance
            “The copper took weeks to polish,” a source close to the house said.          |
            Guests whispered: “The copper took weeks to polish.”                          |
            """)
    void attributesTheQuoteToTheRightPerson(String paragraph, String speaker) {
        assertThat(only(LEAD + paragraph).speaker()).isEqualTo(speaker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            “I love how it moves,” she told Vogue.                          | Vogue
            “I love how it moves,” she told E! News on the carpet.          | E! News
            “I love how it moves,” she said in an interview with Elle.      | Elle
            In a video for Vogue, the star said, “I love how it moves.”     | Vogue
            “I love how it moves,” she captioned a photo on Instagram.      | Instagram
            “I love how it moves,” she told Glossy Weekly Review.           | Glossy Weekly Review
            “I love how it moves,” she told reporters.                      |
            """)
    void readsTheOutletFromTheAttribution(String paragraph, String outlet) {
        Quote q = only(LEAD + paragraph);
        assertThat(q.speaker()).isEqualTo("Marisol Vance");
        assertThat(q.outlet()).isEqualTo(outlet);
    }

    @Test
    void aPronounSkipsPeopleOfTheOtherGenderAndPeopleNamedOnlyInsideQuotes() {
        String text = """
                Dorothea Quill arrived with her husband, Benedikt Aurel, in matching capes.

                “Benedikt Aurel is the calmest man alive,” Quill said.

                “We argued about the colour for a month,” he said.""";

        List<Quote> quotes = new QuoteExtractor().extract("t", text, new PeopleFinder().find(text));

        assertThat(quotes).extracting(Quote::speaker).containsExactly("Dorothea Quill", "Benedikt Aurel");
    }

    @Test
    void aNameThatLabelsAGarmentIsNotWhoSheIs() {
        String text = """
                Tami Okafor stepped out in a Corbin Ashe gown and a Pia Lund veil.

                “I could barely breathe in it,” she said.""";

        assertThat(only(text).speaker()).isEqualTo("Tami Okafor");
    }

    @Test
    void aPartialQuoteFollowedByMoreWordsStillFindsTheSubjectAfterTheComma() {
        String text = """
                Tami Okafor skipped the cape at the last minute.

                "There was a long debate about whether I should" wear it, she told People magazine.""";

        Quote q = only(text);
        assertThat(q.speaker()).isEqualTo("Tami Okafor");
        assertThat(q.outlet()).isEqualTo("People");
    }

    @Test
    void aLeadInSentenceAboutSomeoneTheQuoteTalksAboutDoesNotMakeThemTheSpeaker() {
        String text = """
                The gown owner said the piece had a long history.

                It later appeared on television thanks to costume designer Hollis Brandt. “When Hollis Brandt came                 to our archive, I knew exactly which piece to show her.”""";

        assertThat(only(text).speaker()).isNull();
    }

    @Test
    void aLeadInSentenceNamingOnePersonCreditsTheirFirstPersonQuote() {
        String text = """
                For Okafor the fitting was the turning point. “I finally saw every bead in place and I cried.”""";

        List<Quote> quotes = new QuoteExtractor().extract("t", "Tami Okafor wore white.\n\n" + text,
                new PeopleFinder().find("Tami Okafor wore white.\n\n" + text));
        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Tami Okafor");
    }

    @Test
    void aSentenceAfterAFinishedQuoteIsNotItsAttribution() {
        String text = """
                Nobody on the carpet could agree about the hats.

                “Hats are back.” It also rained, and Tami Okafor said the puddles ruined her shoes.""";

        assertThat(only(text).speaker()).isNull();
    }
}
