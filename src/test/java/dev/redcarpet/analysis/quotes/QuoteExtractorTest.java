package dev.redcarpet.analysis.quotes;

import dev.redcarpet.analysis.people.People;
import dev.redcarpet.analysis.people.PeopleFinder;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class QuoteExtractorTest {
    private static final String SPLIT = """
            Marisol Vance arrived at the Lantern Ball in a sculpted copper gown.

            “I wanted to feel like a lighthouse tonight,” Vance said. “The whole thing weighs more than my dog.”""";

    private static final String MULTI_PARAGRAPH = """
            Designer Corbin Ashe spent the evening explaining his first couture collection.

            “We started with a single sketch of a wave and kept going until it broke on the floor. \
            Every bead was placed by hand in our studio.

            “I never want a dress to look finished,” the designer said.""";

    private static final String PRONOUN_AND_OUTLET = """
            Dorothea Quill wore a gown by Benedikt Aurel to the Silver Screen Awards.

            The actress had rehearsed her walk for days. “I practised on the stairs at home until my neighbours complained,” she told Vogue.""";

    private static final String STYLIST = """
            Nadia Okafor chose a black velvet column for the premiere, with her stylist Pia Lund at her side.

            “We wanted something that looked like midnight,” her stylist Pia Lund said. Okafor agreed.

            “It’s the softest thing I own,” the star said.""";

    private static final String FIRST_NAME = """
            Rosalind Teague closed the show in a feathered cape.

            Rosalind said: “I have never been this nervous on a runway.”

            As Teague put it, “Feathers forgive everything.\"""";

    private static final String UNKNOWN_DESIGNER = """
            Tami Okafor wore a silk column by a young label.

            “Nobody has seen cutting like this in years,” the designer said.""";

    private static final String UNATTRIBUTED = """
            The carpet was soaked by the time the first guests came.

            “Nobody expected the rain to last the whole evening.” The organisers handed out umbrellas.""";

    private static final String SCARE_QUOTES = """
            The theme this year was “Garden of Delights,” and the exhibition was called “Sleeping Giants: Reawakening Style.”

            Lena Marsh, whose look critics called “iconic,” said the evening was a “total dream.\"""";

    private static final String STRAIGHT = """
            Lena Marsh wore a gown of mirrored tiles to the Harbour Gala.

            "Every tile catches a different camera flash," Marsh said. "It was like walking inside a disco ball."

            She told People: "I would wear it again tomorrow.\"""";

    private static final String INVERTED = """
            Tami Okafor's look came from a small label in Lagos.

            “She walks like she owns the building,” said Hollis Brandt, the label's founder.""";

    private final QuoteExtractor extractor = new QuoteExtractor();
    private final PeopleFinder finder = new PeopleFinder();

    private List<Quote> quotes(String text) {
        return extractor.extract("a1", text, finder.find(text));
    }

    @Test
    void aQuoteSplitByItsAttributionGivesTwoQuotesWithOneSpeaker() {
        List<Quote> quotes = quotes(SPLIT);

        assertThat(quotes).extracting(Quote::text).containsExactly(
                "I wanted to feel like a lighthouse tonight", "The whole thing weighs more than my dog.");
        assertThat(quotes).extracting(Quote::speaker).containsOnly("Marisol Vance");
        assertThat(quotes).extracting(Quote::passage).containsOnly(1);
        assertThat(quotes.get(0).context()).isEqualTo("“I wanted to feel like a lighthouse tonight,” Vance said.");
    }

    @Test
    void aQuoteRunningOverParagraphsGivesOnePiecePerParagraphWithTheSameSpeaker() {
        List<Quote> quotes = quotes(MULTI_PARAGRAPH);

        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).text()).startsWith("We started with a single sketch").endsWith("in our studio.");
        assertThat(quotes.get(0).passage()).isEqualTo(1);
        assertThat(quotes.get(1).text()).isEqualTo("I never want a dress to look finished");
        assertThat(quotes.get(1).passage()).isEqualTo(2);
        assertThat(quotes).extracting(Quote::speaker).containsOnly("Corbin Ashe");
    }

    @Test
    void aPronounGoesToTheLastNamedPersonWhoIsNotAnObjectAndTheOutletIsKept() {
        List<Quote> quotes = quotes(PRONOUN_AND_OUTLET);

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Dorothea Quill");
            assertThat(q.outlet()).isEqualTo("Vogue");
        });
    }

    @Test
    void aStylistNamedInTheAttributionIsTheSpeakerAndTheStarIsTheSubject() {
        List<Quote> quotes = quotes(STYLIST);

        assertThat(quotes).extracting(Quote::speaker).containsExactly("Pia Lund", "Nadia Okafor");
    }

    @Test
    void firstAndLastNamesResolveToTheFullNameBeforeTheQuote() {
        List<Quote> quotes = quotes(FIRST_NAME);

        assertThat(quotes).extracting(Quote::text).containsExactly(
                "I have never been this nervous on a runway.", "Feathers forgive everything.");
        assertThat(quotes).extracting(Quote::speaker).containsOnly("Rosalind Teague");
        assertThat(quotes).extracting(Quote::passage).containsExactly(1, 2);
    }

    @Test
    void aCrewDescriptionWithNobodyIntroducedInThatRoleStaysUnattributed() {
        assertThat(quotes(UNKNOWN_DESIGNER)).singleElement().extracting(Quote::speaker).isNull();
    }

    @Test
    void aQuoteNobodyIsCreditedWithHasNoSpeaker() {
        List<Quote> quotes = quotes(UNATTRIBUTED);

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Nobody expected the rain to last the whole evening.");
            assertThat(q.speaker()).isNull();
            assertThat(q.outlet()).isNull();
        });
    }

    @Test
    void titlesThemesAndOneWordScareQuotesAreNotSpeech() {
        List<Quote> quotes = quotes(SCARE_QUOTES);

        assertThat(quotes).extracting(Quote::text).containsExactly("total dream.");
        assertThat(quotes.get(0).speaker()).isEqualTo("Lena Marsh");
    }

    @Test
    void straightQuotesWorkLikeCurlyOnes() {
        List<Quote> quotes = quotes(STRAIGHT);

        assertThat(quotes).extracting(Quote::text).containsExactly(
                "Every tile catches a different camera flash", "It was like walking inside a disco ball.",
                "I would wear it again tomorrow.");
        assertThat(quotes).extracting(Quote::speaker).containsOnly("Lena Marsh");
        assertThat(quotes.get(2).outlet()).isEqualTo("People");
        assertThat(quotes.get(0).outlet()).isNull();
    }

    @Test
    void anInvertedAttributionNamesTheSpeakerAfterTheVerb() {
        List<Quote> quotes = quotes(INVERTED);

        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Hollis Brandt");
    }

    @Test
    void everyQuoteAndContextIsVerbatimFromItsArticleAndParagraph() {
        for (String text : List.of(SPLIT, MULTI_PARAGRAPH, PRONOUN_AND_OUTLET, STYLIST, FIRST_NAME, UNATTRIBUTED,
                SCARE_QUOTES, STRAIGHT, INVERTED, UNKNOWN_DESIGNER)) {
            String[] paragraphs = text.split("\n\n");
            List<Quote> quotes = quotes(text);
            assertThat(quotes).isNotEmpty();
            for (Quote q : quotes) {
                assertThat(paragraphs[q.passage()]).contains(q.text());
                assertThat(paragraphs[q.passage()]).contains(q.context());
                assertThat(q.context()).contains(q.text());
                assertThat(q.text()).doesNotContain("“", "”").doesNotStartWith("\"").doesNotEndWith("\"");
                assertThat(q.articleId()).isEqualTo("a1");
            }
        }
    }

    @Test
    void withoutPeopleGivenItFindsThemItselfAndEmptyTextHasNoQuotes() {
        assertThat(extractor.extract("a1", SPLIT, null)).extracting(Quote::speaker).containsOnly("Marisol Vance");
        assertThat(extractor.extract("a1", "", People.none())).isEmpty();
        assertThat(extractor.extract("a1", "An opening “quote with no end", People.none()))
                .singleElement().extracting(Quote::text).isEqualTo("quote with no end");
    }

    @Test
    void theSeedArticleCreditsEveryQuoteToKimKardashian() throws IOException {
        String raw = Files.readString(Path.of("data/articles/2024-05-08-kim-kardashian-met-gala-shoes.txt"));
        String text = raw.replaceFirst("^\\s*date \\d{4}-\\d{2}-\\d{2}\\s*", "");

        People people = finder.find(text);
        List<Quote> quotes = extractor.extract("kim", text, people);

        assertThat(people.names()).contains("Kim Kardashian", "John Galliano");
        assertThat(people.names().get(0)).isEqualTo("Kim Kardashian");
        assertThat(quotes).hasSizeGreaterThanOrEqualTo(10);
        assertThat(quotes).extracting(Quote::speaker).containsOnly("Kim Kardashian");
        assertThat(quotes).extracting(Quote::text).doesNotContain("Garden of Time", "Sleeping Beauties: Reawakening Fashion.");
        assertThat(quotes).filteredOn(q -> q.text().startsWith("I feel so snatched")).singleElement()
                .satisfies(q -> {
                    assertThat(q.outlet()).isEqualTo("Vogue");
                    assertThat(q.passage()).isEqualTo(3);
                });
        assertThat(quotes).allSatisfy(q -> assertThat(text).contains(q.text()));
    }

    @Test
    void aStylistIntroducedAfterACommaIsWhomTheStylistMeans() {
        String text = """
                Nadia Okafor arrived in black velvet. Her stylist, Pia Lund, stayed close all night.

                “We wanted something that looked like midnight,” the stylist said.""";

        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Pia Lund");
    }

    @Test
    void aSingleWordStarIsTheSpeakerOfHerQuote() {
        String text = """
                The carpet was crowded, and Quenya arrived last in a mirrored gown.

                “I wanted to be the disco ball,” Quenya said.""";

        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Quenya");
    }

    @Test
    void aSentenceOpeningNameOutsideTheGivenNameListsIsTheSpeaker() {
        String text = """
                Chantry Voss stepped out in a cape of feathers.

                “It took four hundred hours,” Voss said of the cape.""";

        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Chantry Voss");
    }

    @Test
    void aDescriptionThatDoesNotFitTheLastNamedPersonMeansTheMainSubject() {
        String text = """
                Senator Mara Quintero wore a white gown to the Lantern Ball. Quintero posed on the steps, and Quintero                 waved to the crowd.

                She stood beside Helena Brook, who made the gown. "We started from a protest banner," Brook said.

                The Democratic congresswoman explained the choice online. "The dress is the message," she wrote.""";

        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Helena Brook", "Mara Quintero");
    }

    @Test
    void singleQuotedSpeechShortAttributedQuotesAndCalledAreRead() {
        String text = """
                Marn Osei, who won for her turn in a courtroom drama, stepped out in gold.

                'It is more about what the night means,' she said of the award.

                "I feel golden," Osei declared.

                Her gown was a look Osei called "a dream I had as a child." The show opened with 'Best Song in a Drama' next.""";

        List<Quote> quotes = quotes(text);

        assertThat(quotes).extracting(Quote::text).containsExactly("It is more about what the night means", "I feel golden",
                "a dream I had as a child.");
        assertThat(quotes).extracting(Quote::speaker).containsOnly("Marn Osei");
    }

    @Test
    void aSpeakerQuotedOverManySentencesIsStillWhomHeMeans() {
        String text = """
                Mira Solano opened the evening in a silver gown.

                Before the dinner, her friend Teodor Baek, who chose the music, walked through the night with Greta Lind.

                "We planned it for months. Then we threw it away. I wanted noise. She wanted calm. We met halfway. It worked," he says.""";

        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Teodor Baek");
    }
}
