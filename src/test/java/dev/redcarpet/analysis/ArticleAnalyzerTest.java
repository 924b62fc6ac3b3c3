package dev.redcarpet.analysis;

import dev.redcarpet.analysis.events.EventCatalogue;
import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.looks.LookField;
import dev.redcarpet.corpus.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class ArticleAnalyzerTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(EventCatalogue.load(null), Lexicons.load(null));

    private static List<String> fields(ArticleFacts facts, String person) {
        return facts.looks().stream().filter(l -> l.person().equals(person)).map(Look::fields).flatMap(List::stream)
                .map(LookField::value).toList();
    }

    @Test
    void aLookGoesToWhomTheSentenceIsAboutNotToSomeoneItNamesInPassing() {
        String text = """
                The best looks of the Met Gala

                Marit Solberg
                The star of the Greta Holm biopic arrived in a pink pleated Prada dress.

                Tove Lindahl
                Having honoured the late Ingrid Bakke with a white Gucci cape at the weekend, the model chose a Chanel gown.

                Nora Dahl
                Nora Dahl chose a Loewe suit. She walked in with her partner Lena Berg, who chose a black Celine dress.""";
        Article a = new Article("roundup", "The best looks of the Met Gala", null, null, LocalDate.of(2024, 5, 7), text,
                "roundup.txt", "txt", "h");

        ArticleFacts facts = ANALYZER.analyze(a);

        assertThat(fields(facts, "Marit Solberg")).contains("Prada", "dress");
        assertThat(fields(facts, "Greta Holm")).isEmpty();
        assertThat(fields(facts, "Tove Lindahl")).contains("Chanel", "gown");
        assertThat(fields(facts, "Ingrid Bakke")).isEmpty();
        assertThat(fields(facts, "Lena Berg")).contains("Celine", "dress");
        assertThat(fields(facts, "Nora Dahl")).contains("Loewe", "suit").doesNotContain("Celine");
    }

    @Test
    void twoGuestsHeadingOneSectionBothKeepTheLookBothWore() {
        String text = """
                The best looks of the Met Gala

                The steps of the museum filled early this year, and the pieces from the archives stood out.

                Archive couture

                Nora Dahl and Lena Berg
                The two hosts both wore Chanel couture gowns, from the house's 1994 and 1997 collections.""";
        Article a = new Article("pair", "The best looks of the Met Gala", null, null, LocalDate.of(2024, 5, 7), text,
                "pair.txt", "txt", "h");

        ArticleFacts facts = ANALYZER.analyze(a);

        assertThat(fields(facts, "Nora Dahl")).contains("Chanel", "gown");
        assertThat(fields(facts, "Lena Berg")).contains("Chanel", "gown");
    }

    @Test
    void aDesignerNamedBesideAHouseIsNotAGuestWithALook() {
        String text = """
                From Chanel to Karl Lagerfeld himself: what the guests wore to the Met Gala

                The Met Gala honoured the late designer and his decades of tweed.

                Nora Dahl wore a cream Chanel suit with pearl buttons.""";
        Article a = new Article("met", null, null, null, LocalDate.of(2023, 5, 2), text, "met.txt", "txt", "h");

        ArticleFacts facts = ANALYZER.analyze(a);

        assertThat(facts.looks()).extracting(Look::person).contains("Nora Dahl").doesNotContain("Karl Lagerfeld");
    }

    @Test
    void aCaptionDatesAnUndatedArticleButIsNoPassage() {
        String text = """
                Photo: Rae Moss at the premiere during the 76th Cannes Film Festival, May 21, 2023.

                Rae Moss broke the rules of the Croisette in flat sandals and a red Dior gown.""";
        Article a = new Article("cannes", "Rae Moss bends the rules", null, null, null, text, "cannes.txt", "txt", "h");

        ArticleFacts facts = ANALYZER.analyze(a);

        assertThat(facts.edition()).isNotNull();
        assertThat(facts.edition().label()).isEqualTo("2023 Cannes Film Festival");
        assertThat(facts.passages()).extracting(dev.redcarpet.analysis.structure.Passage::text).noneMatch(t -> t.startsWith("Photo:"))
                .anyMatch(t -> t.contains("flat sandals"));
    }

    @Test
    void anUndatedArticleKeepsItsEventWhenItsYearCannotBeTold() {
        Article a = new Article("undated", "Noor Vale turns the Grammys carpet into a hall of mirrors", null, null, null,
                "Noor Vale, nominated for her single Glass Hours (2021), arrived at the Grammys in a mirrored silver gown.",
                "undated.txt", "txt", "h");

        ArticleFacts facts = ANALYZER.analyze(a);

        assertThat(facts.edition()).isNull();
        assertThat(facts.eventId()).isEqualTo("grammys");
        assertThat(facts.eventName()).isEqualTo("Grammy Awards");
    }

    @Test
    void aDesignerWhoSharesAGuestsSurnameDoesNotGiveTheGuestHisHouse() {
        String text = """
                The winners of the Style Prizes

                The evening drew actresses Mila Fenwick and Ada Stroud to the hall.

                Designer of the Year went to Welshman Tobias Fenwick, known for his own label TF Fenwick and the house Lanvin.""";
        Article a = new Article("prizes", "The winners of the Style Prizes", null, null, LocalDate.of(2023, 12, 5), text,
                "prizes.txt", "txt", "h");

        ArticleFacts facts = ANALYZER.analyze(a);

        assertThat(fields(facts, "Mila Fenwick")).doesNotContain("Lanvin");
    }

    @Test
    void peopleNamedAsTheOnesWearingAreSubjectsAndPeopleTheyPosedWithAreNot() {
        String text = """
                Colour took over the Spring Ball.

                Stage star Ana Lind, comedian Bo Maas and writer Cleo Dunn all embraced bright shades, posing with Ida Holm.""";
        Article a = new Article("colour", "Colour at the Spring Ball", null, null, LocalDate.of(2024, 5, 7), text,
                "colour.txt", "txt", "h");

        ArticleFacts facts = ANALYZER.analyze(a);

        assertThat(facts.roles()).filteredOn(r -> r.role().equals("subject")).extracting(r -> r.name())
                .containsExactlyInAnyOrder("Ana Lind", "Bo Maas", "Cleo Dunn");
    }

    @Test
    void aPersonHeadingTheirOwnSectionIsSomeoneTheArticleIsAbout() {
        String text = """
                Moments from the Spring Ball

                Ana Lind
                The activist used the evening to send a message to the press.

                Bo Maas
                The singer waved and went straight inside.""";
        Article a = new Article("moments", "Moments from the Spring Ball", null, null, LocalDate.of(2024, 5, 7), text,
                "moments.txt", "txt", "h");

        ArticleFacts facts = ANALYZER.analyze(a);

        assertThat(facts.roles()).filteredOn(r -> r.role().equals("subject")).extracting(r -> r.name())
                .containsExactlyInAnyOrder("Ana Lind", "Bo Maas");
    }
}
