package dev.redcarpet.analysis.people;

import dev.redcarpet.analysis.Lexicons;
import dev.redcarpet.analysis.events.EventCatalogue;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class PeopleFinderTest {
    private final PeopleFinder finder = new PeopleFinder();

    @Test
    void findsFullNamesAndLeavesOutEventsOutletsHousesPlacesAndDates() {
        String text = """
                Marisol Vance climbed the steps of the Met Gala on Monday, May 6, in a gown by Maison Margiela.

                The Golden Globes winner told Vogue and Harper's Bazaar that New York had never felt so warm. \
                Her suit-maker Thom Browne waited outside the Metropolitan Museum with Vanity Fair photographers.

                Vance said the Sleeping Beauties theme suited her. In January she wore Louis Vuitton.""";

        People people = finder.find(text);

        assertThat(people.names()).contains("Marisol Vance", "Thom Browne");
        assertThat(people.names()).doesNotContain("Met Gala", "Maison Margiela", "Golden Globes", "Harper's Bazaar",
                "New York", "Metropolitan Museum", "Vanity Fair", "Sleeping Beauties", "Louis Vuitton");
        assertThat(people.names()).allSatisfy(n -> assertThat(n).doesNotContain("Monday", "January", "Vogue"));
    }

    @Test
    void aPlaceNamedWithAnAccentedNonPersonWordIsNoPerson() {
        String text = "Guests including Nora Pell and Ivo Marsh made their way to the Hôtel du Lac-Bellerive for the dinner.";
        assertThat(new PeopleFinder().find(text).names()).containsExactlyInAnyOrder("Nora Pell", "Ivo Marsh");
    }

    @Test
    void aSentenceOpeningNameWhoseSentenceGoesOnWithSheIsAPerson() {
        // "Storm" is an ordinary word and nothing else in the text makes "Storm Halloran" act as a person
        String text = """
                The guests arrived before sunset.

                Storm Halloran was in a "silly" mood as she twirled for the cameras in silver.

                Golden Hour was the mood of the night, and she said so.""";
        assertThat(new PeopleFinder().find(text).names()).containsExactly("Storm Halloran");
    }

    @Test
    void shortFormsAndPossessivesLinkToTheFullNameAndCountTowardsTheOrder() {
        String text = """
                Dorothea Quill and Benedikt Aurel arrived together. Aurel wore navy.

                Dorothea's dress was gold. Quill laughed. Dorothea waved, and Quill's shoes sparkled.""";

        People people = finder.find(text);

        assertThat(people.names()).containsExactly("Dorothea Quill", "Benedikt Aurel");
        assertThat(people.aliases()).containsEntry("dorothea", "Dorothea Quill")
                .containsEntry("quill", "Dorothea Quill")
                .containsEntry("aurel", "Benedikt Aurel");
        assertThat(people.resolve("Quill")).isEqualTo("Dorothea Quill");
    }

    @Test
    void aSurnameTwoPeopleShareIsNotAliased() {
        String text = "Nadia Okafor wore red while her sister Tami Okafor chose white. Okafor smiled. Nadia waved.";

        People people = finder.find(text);

        assertThat(people.names()).contains("Nadia Okafor", "Tami Okafor");
        assertThat(people.aliases()).doesNotContainKey("okafor");
        assertThat(people.resolve("Nadia")).isEqualTo("Nadia Okafor");
        assertThat(people.resolve("Okafor")).isNull();
    }

    @Test
    void handlesParticlesHyphensApostrophesInitialsAndAccents() {
        String text = """
                Guests included Pieter van der Mollen, Anne-Sophie Marchetti, Liam O’Donnell, J.R. Tolliver and \
                Inès Lefèvre. Later, van der Mollen praised Marchetti and O’Donnell, while Lefèvre talked to Tolliver.""";

        People people = finder.find(text);

        assertThat(people.names()).contains("Pieter van der Mollen", "Anne-Sophie Marchetti", "Liam O’Donnell",
                "J.R. Tolliver", "Inès Lefèvre");
        assertThat(people.resolve("Lefèvre")).isEqualTo("Inès Lefèvre");
    }

    @Test
    void findsStageNamesAfterARole() {
        String text = "The rapper Cardi B posed with singer Zolani, who wore feathers. Zolani said it was her favourite look.";

        People people = finder.find(text);

        assertThat(people.names()).contains("Cardi B", "Zolani");
        assertThat(finder.find("Rapper Lil Nas X changed outfits three times.").names()).containsExactly("Lil Nas X");
        assertThat(people.resolve("Cardi")).isEqualTo("Cardi B");
    }

    @Test
    void sentenceOpeningWordsAndTitlesAreNotPartOfNames() {
        String text = "Wearing Gucci, the model arrived. Designer Corbin Ashe said the look took weeks. Stylist Pia Lund agreed.";

        People people = finder.find(text);

        assertThat(people.names()).contains("Corbin Ashe", "Pia Lund");
        assertThat(people.names()).doesNotContain("Wearing Gucci", "Designer Corbin Ashe", "Stylist Pia Lund");
    }

    @Test
    void photoCreditsAreNotPeopleOfTheStory() {
        String text = "Rosalind Teague arrived early.\n\nPhotograph: Hollis Brandt/Shutterstock\n\nTeague waved.";

        assertThat(finder.find(text).names()).containsExactly("Rosalind Teague");
    }

    private final PeopleFinder withLexicons = new PeopleFinder(Lexicons.load(null), EventCatalogue.load(Path.of("config")));

    @Test
    void aSentenceOpeningNameWithAnUnknownFirstNameCountsWhenAWearOrSpeechVerbFollows() {
        assertThat(finder.find("Nova Reyes arrived at the gala in a red gown. Her friends cheered.").names())
                .containsExactly("Nova Reyes");
        assertThat(finder.find("Milo Ferrand stepped out in a navy suit by Prada.").names()).containsExactly("Milo Ferrand");
        assertThat(finder.find("Orsolya Ventre, 31, wore a cape. The cape was red.").names()).containsExactly("Orsolya Ventre");
        assertThat(finder.find("Fans cheered when Big Lenny Q arrived. Big Lenny Q wore gold.").names()).containsExactly("Big Lenny Q");
        assertThat(finder.find("Lil Vexa Q, meanwhile, wore three looks.").names()).containsExactly("Lil Vexa Q");
        assertThat(finder.find("Elegant Corinna Vale Dubois wore white, and the elegant train trailed.").names())
                .containsExactly("Corinna Vale Dubois");
        assertThat(finder.find("Next came Youtuber Emma Lindqvist. Fans adored Marta Sofía Ibarra, who wore red.").names())
                .containsExactly("Emma Lindqvist", "Marta Sofía Ibarra");
    }

    @Test
    void aNameAfterARoleNounCountsEvenWhenItsSurnameIsAPlaceWord() {
        People people = finder.find("The night belonged to actress Lila Park, who wore silver.");

        assertThat(people.names()).containsExactly("Lila Park");
        assertThat(finder.find("Guests strolled through Central Park before dinner.").names()).isEmpty();
    }

    @Test
    void aWearVerbAfterAHouseOrAnEventDoesNotMakeItAPerson() {
        String text = "Tom Ford dressed the room. Maison Margiela arrived on the runway. The Met Gala wore its theme lightly.";

        assertThat(withLexicons.find(text).names()).doesNotContain("Maison Margiela", "Met Gala");
    }

    @Test
    void singleWordNamesCountWhenTheyActLikeAPerson() {
        String text = """
                The carpet opened at six. Later Quenya arrived in sequins, and fans adored Solvei's gown.

                Guests included Ombra, Tessa Lindqvist and Harlan Voss. Ombra waved.

                Backstage, Ilse said the shoes hurt.""";

        People people = withLexicons.find(text);

        assertThat(people.names()).contains("Quenya", "Solvei", "Ombra", "Ilse", "Tessa Lindqvist");
    }

    @Test
    void singleWordsUsedAsThingsPlacesHousesAndMonthsAreNotPeople() {
        String text = """
                The film Starwake premiered in Venice on May 6. Critics loved Starwake, and Starwake's director wept.                 America's sweetheart Juno Mallory wore Valentino with Swarovski crystals; a Fenty bag finished it.                 The Skims founder laughed. “Moonrise,” her new single, played. She also thanked Vogue's editors,                 and Gucci's team. Everyone arrived late. Dior arrived early.""";

        People people = withLexicons.find(text);

        assertThat(people.names()).contains("Juno Mallory");
        assertThat(people.names()).doesNotContain("Starwake", "Venice", "May", "America", "Valentino", "Swarovski",
                "Fenty", "Skims", "Moonrise", "Vogue", "Gucci", "Everyone", "Dior", "Critics");
    }

    @Test
    void aWordSeenOnlyOpeningSentencesNeedsToLookLikeAName() {
        assertThat(withLexicons.find("Sources said the gown was late. Attendees wore black.").names()).isEmpty();
        assertThat(withLexicons.find("Brightly wore a smile. Rihanova wore a green gown by Dior.").names())
                .containsExactly("Rihanova");
    }

    @Test
    void emptyTextHasNobody() {
        assertThat(finder.find("").names()).isEmpty();
        assertThat(finder.find(null).names()).isEmpty();
        assertThat(finder.find("the carpet was green and the night was long.").names()).isEmpty();
    }

    @Test
    void titleCaseHeadlineWordsThatTheArticleWritesInLowerCaseAreNotGluedToNames() {
        String text = "Odile Marchetti Wore Velvet And Nobody Noticed\n\nOdile Marchetti wore velvet to the premiere. Nobody noticed the velvet at first.";

        assertThat(withLexicons.find(text).names()).containsExactly("Odile Marchetti");
    }

    @Test
    void aHeadingOfCapitalisedWordsOverASectionIsAName() {
        String text = "The looks\n\nKestrel Vane\nThe singer chose a cape.\n\nBellamira\nThe rapper chose a red gown.";

        assertThat(withLexicons.find(text, List.of("The looks", "Kestrel Vane", "Bellamira")).names())
                .contains("Kestrel Vane", "Bellamira")
                .doesNotContain("The looks");
    }

    @Test
    void housesAreNotPeopleEvenAsHeadings() {
        String text = "Celine\nThe house showed capes.\n\nValentino\nThe house showed gowns.";

        assertThat(withLexicons.find(text, List.of("Celine", "Valentino")).names()).isEmpty();
    }
    @Test
    void titleCaseHeadlineWordsThatTheDictionaryKnowsAsOrdinaryWordsAreNotGluedToNames() {
        String text = """
                Oriane Falkenrath Wore Feathers And Afraid Tomasz Brellin Steals The Night

                Oriane Falkenrath arrived in a cape. Tomasz Brellin followed in a velvet suit.

                Falkenrath said the feathers took weeks.""";

        People people = finder.find(text);

        assertThat(people.names()).contains("Oriane Falkenrath", "Tomasz Brellin");
        assertThat(people.names()).allSatisfy(n -> assertThat(n).doesNotContain("Wore", "Afraid", "Steals"));
    }

    @Test
    void aSentenceOpeningAdjectiveBeforeANameUsedAloneIsNotPartOfTheName() {
        String text = """
                The singer brought her nephew, Bastiaan, who matched her silver suit.

                Little Bastiaan waved at the cameras all night.""";

        assertThat(finder.find(text).names()).doesNotContain("Little Bastiaan");
    }

    @Test
    void aGivenNameTheDictionaryKnowsMakesTwoCapitalisedWordsAName() {
        String text = """
                The best look of the evening was Paloma Quintrell, sleek in a black column dress.

                Despite Quintrell's win, the rest of the field deserves a word.""";

        assertThat(finder.find(text).names()).contains("Paloma Quintrell");
    }

    @Test
    void aHyphenatedDescriptionIsNotAName() {
        String text = "She went for a Gatsby-style beaded minidress with a drop waist, and Daisy Marlowe loved it.";

        assertThat(finder.find(text).names()).doesNotContain("Daisy Gatsby-style").allSatisfy(n -> assertThat(n).doesNotContain("-style"));
    }

    @Test
    void aRunOfOrdinaryWordsIsATitleUnlessItActsLikeAPerson() {
        String text = """
                The Lonely Hearts premiere drew a crowd, and Lonely Hearts won twice that night. Guests paid homage \
                to America's Silver Age; the Silver Age brought corsets back. Sad Puppy wore gold, and rapper \
                Frost Pepper waved.""";

        assertThat(withLexicons.find(text).names()).containsExactlyInAnyOrder("Sad Puppy", "Frost Pepper");
    }

    @Test
    void aWorkAfterAnAwardRoleIsNotAPerson() {
        String text = "Rosalind Teague, director of the best film nominee Quiet Rivers, wore a tux. Teague smiled.";

        assertThat(withLexicons.find(text).names()).containsExactly("Rosalind Teague");
    }

    @Test
    void aCapitalisedDescriptionBeforeAFullNameIsNotPartOfIt() {
        String text = "Next came Cover Girl Dana Whitlock in lilac, and Big Lenny Q arrived. Big Lenny Q wore gold. "
                + "Trust Nadia Okafor to bring a cape.";

        assertThat(withLexicons.find(text).names()).containsExactlyInAnyOrder("Dana Whitlock", "Big Lenny Q", "Nadia Okafor");
    }

    @Test
    void aGivenNameThatIsAlsoAMagazineTitleStillStartsAName() {
        String text = "Elle Marchetti arrived in pink tulle. Marchetti said the dress took a month.";

        assertThat(withLexicons.find(text).names()).containsExactly("Elle Marchetti");
    }
}
