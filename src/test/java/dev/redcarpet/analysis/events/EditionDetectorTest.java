package dev.redcarpet.analysis.events;

import dev.redcarpet.corpus.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

public class EditionDetectorTest {
    private final EventCatalogue catalogue = EventCatalogue.load(null);
    private final EditionDetector detector = new EditionDetector(catalogue);

    static Article article(String title, LocalDate date, String text) {
        return new Article("a1", title, null, null, date, text, "a1.txt", "txt", "h");
    }

    @Test
    void dateRightAfterAnEditionPicksIt() {
        Article a = article(null, LocalDate.of(2024, 5, 8), "Everyone is still talking about the Met Gala and its garden theme.");
        assertThat(detector.detect(a)).isEqualTo(new Edition("met-gala", "Met Gala", 2024));
    }

    @Test
    void theFestivalUnderWayOnTheDateWinsOverOneRecalledAsOften() {
        // Venice 2022 ended on 10 September; Toronto ran 8 to 18 September
        Article a = article("Snapshots from a busy weekend", LocalDate.of(2022, 9, 17), """
                Snapshots from a busy weekend

                After the premieres in Venice, the caravan crossed the ocean for the Toronto International Film Festival.

                Nobody on the carpet tonight had forgotten Venice, but TIFF had its own sparkle.""");
        assertThat(detector.detect(a)).isEqualTo(new Edition("tiff", "Toronto International Film Festival", 2022));
    }

    @Test
    void anUndatedArticleTakesTheEditionHeldOnTheDayAndMonthItWrites() {
        // the 2023 Grammys were on 5 February; no other catalogued Grammys fell on that day
        Article a = article(null, null, "The Grammys on Sunday 5 February brought out sequins and satin. The singer recalled her 2019 debut.");
        assertThat(detector.detect(a)).isEqualTo(new Edition("grammys", "Grammy Awards", 2023));
        // a day two editions share tells nothing: the year is the one the text writes, here none beside the event
        Article shared = article(null, null, "The Golden Globes on 5 January were a long night.");
        assertThat(detector.detect(shared)).isNull();
    }

    @Test
    void yearInTheTitleWins() {
        Article a = article("Oscars 2023: the looks we loved", null, "The Oscars carpet was full of colour.");
        assertThat(detector.detect(a).year()).isEqualTo(2023);
        assertThat(detector.detect(a).eventId()).isEqualTo("oscars");
    }

    @Test
    void ordinalEditionsGiveTheYear() {
        assertThat(detector.detect(article(null, null, "Stars lined up for the 95th Academy Awards on Sunday."))).isEqualTo(
                new Edition("oscars", "Oscars", 2023));
        assertThat(detector.detect(article(null, null, "The 76th Cannes Film Festival opened with a period drama.")).year())
                .isEqualTo(2023);
    }

    @Test
    void articleBeforeAnEditionBelongsToTheComingOneWhenItIsNear() {
        assertThat(detector.detect(article(null, LocalDate.of(2024, 1, 20), "Who will win at the Oscars? Our predictions.")).year())
                .isEqualTo(2024);
        assertThat(detector.detect(article(null, LocalDate.of(2023, 11, 1), "A look back at the Oscars carpet.")).year())
                .isEqualTo(2023);
    }

    @Test
    void aRecalledYearInTheBodyDoesNotOverrideTheDate() {
        Article a = article(null, LocalDate.of(2024, 5, 7), """
                Pop star Lena Moss made a dramatic entrance at the Met Gala on Monday.

                It was a far cry from her 2021 Met Gala look, a simple black column.""");
        assertThat(detector.detect(a).year()).isEqualTo(2024);
        assertThat(detector.mentions(a)).extracting(m -> m.edition().label()).containsExactly("2024 Met Gala", "2021 Met Gala");
    }

    @Test
    void anUndatedArticleDoesNotTakeItsYearFromAnotherEventOrAPassingMention() {
        Article other = article("Lena Moss bends the Cannes rules", null, """
                Lena Moss wore flat sandals to her latest Cannes Film Festival premiere.

                The red silk gown recalled the one she wore to the 2016 Oscars.""");
        assertThat(detector.detect(other)).isNull();
        assertThat(detector.detectEvent(other).id()).isEqualTo("cannes");

        Article tie = article(null, null, "At Cannes, Lena Moss chose a gown first seen in 2018 and a cape made in 2020.");
        assertThat(detector.detect(tie)).isNull();

        Article lone = article(null, null, "Lena Moss returned to Cannes in 2022, this time in Chanel. 2022 was her year.");
        assertThat(detector.detect(lone)).isEqualTo(new Edition("cannes", "Cannes Film Festival", 2022));
    }

    @Test
    void theMostNamedEventWins() {
        Article a = article(null, LocalDate.of(2023, 5, 18), """
                The Cannes Film Festival is in full swing. Cannes has seen gowns galore.

                One star came straight from the Met Gala.""");
        assertThat(detector.detect(a).eventId()).isEqualTo("cannes");
    }

    @Test
    void undatedArticleTakesAYearFromTheText() {
        Article a = article(null, null, "Back in 2019 the Met Gala theme was camp, and nobody has forgotten it.");
        assertThat(detector.detect(a).year()).isEqualTo(2019);
    }

    @Test
    void aYearInBracketsDatesTheWorkBeforeItNotTheNight() {
        Article a = article(null, null, """
                At the Grammys, Noor Vale, nominated for her single Glass Hours (2021), wore silver.

                Tomas Reed sang from his album Low Tide (2021) in a velvet suit.""");
        assertThat(detector.detect(a)).isNull();
        assertThat(detector.detectEvent(a).id()).isEqualTo("grammys");
    }

    @Test
    void collectionSeasonsAreNotYears() {
        Article a = article(null, null, "At the Met Gala she wore a look from the Spring 2023 show.");
        assertThat(detector.detect(a)).isNull();
        assertThat(detector.detectEvent(a).id()).isEqualTo("met-gala");
    }

    @Test
    void editionsBeyondTheCatalogueAreEstimatedFromTheUsualDate() {
        Article a = article(null, LocalDate.of(2027, 5, 5), "The Met Gala delivered again on Monday night.");
        assertThat(detector.detect(a).year()).isEqualTo(2027);
    }

    @Test
    void noEventMeansNoEdition() {
        assertThat(detector.detect(article("A new café opens", LocalDate.of(2024, 5, 8), "The menu is short."))).isNull();
    }
}
