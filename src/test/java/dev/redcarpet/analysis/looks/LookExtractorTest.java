package dev.redcarpet.analysis.looks;

import dev.redcarpet.analysis.Lexicons;
import dev.redcarpet.analysis.events.Edition;
import dev.redcarpet.analysis.events.EditionDetector;
import dev.redcarpet.analysis.events.EventCatalogue;
import dev.redcarpet.analysis.people.People;

import dev.redcarpet.corpus.Article;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class LookExtractorTest {
    private static final EventCatalogue EVENTS = EventCatalogue.load(null);
    private static final LookExtractor EXTRACTOR = new LookExtractor(Lexicons.load(null), EVENTS);
    private static final Edition MET_2024 = new Edition("met-gala", "Met Gala", 2024);

    private static Article article(String id, String text) {
        return new Article(id, null, null, null, LocalDate.of(2024, 5, 7), text, id + ".txt", "txt", "h");
    }

    private static Look lookOf(List<Look> looks, String person, Edition edition) {
        return looks.stream().filter(l -> l.person().equals(person) && l.edition().equals(edition)).findFirst().orElseThrow();
    }

    private static List<String> values(Look look, String kind) {
        return look.fields(kind).stream().map(LookField::value).toList();
    }

    private static final People PEOPLE = new People(
            List.of("Zara Quill", "Milo Vance", "Dora Finch", "John Galliano"),
            Map.of("zara", "Zara Quill", "quill", "Zara Quill", "milo", "Milo Vance", "dora", "Dora Finch"));

    @Test
    void fieldsOfEachKindWithEvidenceAndSource() {
        Article a = article("quill-met", """
                Zara Quill arrived at the Met Gala in a custom emerald Schiaparelli gown with a feathered cape.

                She paired it with Cartier earrings and wore her hair in a low bun. Her co-star Milo Vance opted for a black velvet tuxedo by Thom Browne.""");
        List<Look> looks = EXTRACTOR.extract(a, PEOPLE, MET_2024);
        Look zara = lookOf(looks, "Zara Quill", MET_2024);
        assertThat(values(zara, "designer")).containsExactly("Schiaparelli"); // Cartier made the earrings, not the look
        assertThat(values(zara, "colour")).containsExactly("emerald");
        assertThat(values(zara, "garment")).containsExactly("gown", "cape");
        assertThat(values(zara, "material")).containsExactly("feathers");
        assertThat(values(zara, "accessory")).containsExactly("earrings");
        assertThat(values(zara, "hair")).containsExactly("bun");
        for (LookField f : zara.fields()) {
            assertThat(a.text()).contains(f.evidence());
            assertThat(f.articleId()).isEqualTo("quill-met");
        }
        assertThat(zara.fields("hair").get(0).evidence()).startsWith("She paired it");

        Look milo = lookOf(looks, "Milo Vance", MET_2024);
        assertThat(values(milo, "designer")).containsExactly("Thom Browne");
        assertThat(values(milo, "garment")).containsExactly("tuxedo");
        assertThat(values(milo, "colour")).containsExactly("black");
        assertThat(values(zara, "garment")).doesNotContain("tuxedo");
    }

    @Test
    void aSentenceAboutSomeoneElseDoesNotLeak() {
        Article a = article("two", """
                Zara wore a red gown by Valentino. Meanwhile, Dora Finch turned up in a yellow suit and loafers.

                Milo Vance wore a grey coat, while Dora chose Prada heels.""");
        List<Look> looks = EXTRACTOR.extract(a, PEOPLE, MET_2024);
        Look zara = lookOf(looks, "Zara Quill", MET_2024);
        assertThat(zara.fields()).extracting(LookField::value).containsExactlyInAnyOrder("red", "gown", "Valentino");
        Look dora = lookOf(looks, "Dora Finch", MET_2024);
        assertThat(dora.fields()).extracting(LookField::value).containsExactlyInAnyOrder("yellow", "suit", "sneakers", "heels");
        Look milo = lookOf(looks, "Milo Vance", MET_2024);
        assertThat(milo.fields()).extracting(LookField::value).containsExactlyInAnyOrder("grey", "coat");
    }

    @Test
    void theNamedDesignerIsAFieldNotAWearer() {
        Article a = article("galliano", "Zara Quill wore a sheer Margiela gown by John Galliano to the gala.");
        List<Look> looks = EXTRACTOR.extract(a, PEOPLE, MET_2024);
        assertThat(looks).extracting(Look::person).containsExactly("Zara Quill");
        assertThat(values(looks.get(0), "designer")).containsExactly("Maison Margiela", "John Galliano");
    }

    @Test
    void aDesignerNamedAfterLabelOrHouseIsTheMaker() {
        Article a = article("westwood", "Zara Quill wore a red mini dress, custom-made by the British label Vivienne Westwood.");
        List<Look> looks = EXTRACTOR.extract(a, new People(List.of("Zara Quill", "Vivienne Westwood"), Map.of("zara", "Zara Quill", "quill", "Zara Quill", "westwood", "Vivienne Westwood")), MET_2024);
        assertThat(looks).extracting(Look::person).containsExactly("Zara Quill");
        assertThat(values(looks.get(0), "designer")).containsExactly("Vivienne Westwood");
    }

    @Test
    void aHouseTheLookPaysTributeToIsNotItsMaker() {
        Article a = article("tribute", "Zara Quill paid tribute to Lagerfeld's Chanel years in a pale pink Prabal Gurung gown, "
                + "a nod to Chanel's camellia.");
        List<Look> looks = EXTRACTOR.extract(a, PEOPLE, MET_2024);
        assertThat(values(lookOf(looks, "Zara Quill", MET_2024), "designer")).containsExactly("Prabal Gurung");
        // alone, the house is still what she wore
        Article alone = article("alone", "Zara Quill wore Chanel, a nod to her first gala.");
        assertThat(values(lookOf(EXTRACTOR.extract(alone, PEOPLE, MET_2024), "Zara Quill", MET_2024), "designer")).containsExactly("Chanel");
    }

    @Test
    void theHousesCollectionIsTheHouseNamedBefore() {
        Article a = article("house", "The gala was a Chanel night from start to finish.\n\n"
                + "Zara Quill wore a complete look from the house's cruise collection: a white tweed jacket and wide trousers.");
        List<Look> looks = EXTRACTOR.extract(a, PEOPLE, MET_2024);
        assertThat(values(lookOf(looks, "Zara Quill", MET_2024), "designer")).containsExactly("Chanel");
    }

    @Test
    void quotedWordsAndSentencesWithoutWearingGiveNothing() {
        Article a = article("quote", """
                “I dreamed of a pink tulle skirt,” Zara said of the black gown she wore.

                Dora Finch, who loves velvet, said she had a wonderful night.""");
        List<Look> looks = EXTRACTOR.extract(a, PEOPLE, MET_2024);
        assertThat(looks).extracting(Look::person).containsExactly("Zara Quill");
        assertThat(looks.get(0).fields()).extracting(LookField::value).containsExactlyInAnyOrder("black", "gown");
    }

    @Test
    void aRecalledYearGoesToThatEdition() {
        Article a = article("recall", """
                Zara Quill wore a gold Versace gown on Monday.

                In 2019 she wore Moschino, a look still talked about.""");
        List<Look> looks = EXTRACTOR.extract(a, PEOPLE, MET_2024);
        assertThat(values(lookOf(looks, "Zara Quill", MET_2024), "designer")).containsExactly("Versace");
        assertThat(values(lookOf(looks, "Zara Quill", new Edition("met-gala", "Met Gala", 2019)), "designer"))
                .containsExactly("Moschino");
    }

    @Test
    void aYearThatDatesSomethingOtherThanALookMakesNoEdition() {
        Article a = article("career", """
                Zara Quill arrived in a gold Versace gown on Monday.

                Her mentor left Moschino in 2012, after a decade there.""");
        List<Look> looks = EXTRACTOR.extract(a, PEOPLE, MET_2024);
        assertThat(looks).extracting(Look::edition).containsOnly(MET_2024);
        assertThat(values(lookOf(looks, "Zara Quill", MET_2024), "designer")).containsExactly("Versace");
    }

    @Test
    void seedArticleGivesKimKardashiansMetGalaLook() throws Exception {
        String raw = Files.readString(Path.of("data/articles/2024-05-08-kim-kardashian-met-gala-shoes.txt"));
        String text = raw.replaceFirst("^ date 2024-05-08 ", "").strip();
        Article a = new Article("2024-05-08-kim-kardashian-met-gala-shoes", null, null, null, LocalDate.of(2024, 5, 8),
                text, "articles/2024-05-08-kim-kardashian-met-gala-shoes.txt", "txt", "h");
        Edition edition = new EditionDetector(EVENTS).detect(a);
        assertThat(edition).isEqualTo(MET_2024);

        People people = new People(List.of("Kim Kardashian", "John Galliano"), Map.of("kim", "Kim Kardashian"));
        List<Look> looks = EXTRACTOR.extract(a, people, edition);
        assertThat(looks).extracting(Look::person).containsExactly("Kim Kardashian");
        Look kim = looks.get(0);
        assertThat(values(kim, "designer")).contains("Maison Margiela", "John Galliano");
        assertThat(values(kim, "garment")).contains("skirt", "corset", "sweater");
        assertThat(values(kim, "material")).contains("metal", "leaves");
        assertThat(values(kim, "accessory")).contains("heelless shoes");
        assertThat(values(kim, "hair")).contains("braid");
        assertThat(kim.fields("hair").get(0).evidence()).contains("messy braid");
        assertThat(kim.fields("garment")).filteredOn(f -> f.value().equals("sweater")).first()
                .satisfies(f -> assertThat(f.evidence()).contains("pilled sweater"));
        for (LookField f : kim.fields()) assertThat(text).contains(f.evidence());
    }

    @Test
    void aLabelNamedAsSomeonesCompanyOrRoleIsNotWhatTheyWore() {
        People people = new People(List.of("Zara Quill", "Dora Finch"), Map.of("zara", "Zara Quill", "dora", "Dora Finch"));
        Article a = article("quill-founder", """
                Zara Quill, the Skims founder, arrived at the Met Gala in a silver Balmain gown.

                Dora Finch, a Dior ambassador, wore black velvet. Later Zara Quill wore Skims to the afterparty.""");

        List<Look> looks = EXTRACTOR.extract(a, people, MET_2024);

        Look zara = lookOf(looks, "Zara Quill", MET_2024);
        assertThat(zara.fields("designer")).extracting(LookField::value).containsExactly("Balmain", "Skims");
        assertThat(zara.fields("designer").get(1).evidence()).startsWith("Later Zara Quill wore Skims");
        assertThat(values(lookOf(looks, "Dora Finch", MET_2024), "designer")).isEmpty();
    }

    @Test
    void pronounsSkipTheStylistAndPreferThePersonOfTheirGender() {
        People people = new People(List.of("Zara Quill", "Pia Lund", "Adam Vance"),
                Map.of("zara", "Zara Quill", "pia", "Pia Lund", "adam", "Adam Vance"));
        Article a = article("quill-stylist", """
                Zara Quill arrived at the Met Gala in a red Valentino gown. Her stylist, Pia Lund, said the fitting took weeks.                 She finished the look with Bulgari earrings.

                Zara Quill posed with Adam Vance. He wore a navy Prada suit.""");

        List<Look> looks = EXTRACTOR.extract(a, people, MET_2024);

        Look zara = lookOf(looks, "Zara Quill", MET_2024);
        assertThat(values(zara, "designer")).containsExactly("Valentino");
        assertThat(values(zara, "accessory")).containsExactly("earrings");
        assertThat(values(zara, "designer")).doesNotContain("Prada");
        assertThat(values(lookOf(looks, "Adam Vance", MET_2024), "designer")).containsExactly("Prada");
        assertThat(looks).noneMatch(l -> l.person().equals("Pia Lund"));
    }

    @Test
    void aPronounOfTheOtherGenderDoesNotGoToTheOnlyPersonNamed() {
        People people = new People(List.of("Zara Quill"), Map.of("zara", "Zara Quill"));
        Article a = article("quill-partner", "Zara Quill wore a white Chanel gown. Beside her, he wore a Prada tuxedo.");

        Look zara = lookOf(EXTRACTOR.extract(a, people, MET_2024), "Zara Quill", MET_2024);

        assertThat(values(zara, "designer")).containsExactly("Chanel");
        assertThat(values(zara, "garment")).doesNotContain("tuxedo");
    }

    @Test
    void theCoupleGivesTheFieldsToBothPeopleNamedBefore() {
        People people = new People(List.of("Zara Quill", "Adam Vance"), Map.of("zara", "Zara Quill", "adam", "Adam Vance"));
        Article a = article("quill-couple", """
                Zara Quill and Adam Vance arrived at the Met Gala together. The couple coordinated in black Prada.

                Both wore Cartier watches.""");

        List<Look> looks = EXTRACTOR.extract(a, people, MET_2024);

        for (String person : List.of("Zara Quill", "Adam Vance")) {
            Look look = lookOf(looks, person, MET_2024);
            assertThat(values(look, "designer")).containsExactly("Prada", "Cartier");
            assertThat(values(look, "colour")).containsExactly("black");
        }
    }

    @Test
    void aHouseThatMadeTheJewelsOrShoesIsNotTheLooksDesigner() {
        Article a = article("jewels", """
                Zara Quill wore a column gown by Valentino with a Bulgari serpent necklace.

                She added diamond earrings from Chopard and heels, both by Jimmy Choo.""");

        Look zara = lookOf(EXTRACTOR.extract(a, PEOPLE, MET_2024), "Zara Quill", MET_2024);

        assertThat(values(zara, "designer")).containsExactly("Valentino");
        assertThat(values(zara, "accessory")).contains("necklace", "earrings", "heels");
    }

    @Test
    void aJewellerNamedBeforeItsJewelsIsNotTheLooksDesigner() {
        Article a = article("jeweller", """
                Zara Quill in Prada and Tiffany & Co. jewellery.

                Milo Vance wore a Gucci suit and a Tiffany & Co. brooch shaped like a moth.

                Dora Finch chose Chanel, with more than a million dollars of Cartier Jewelry and Bulgari diamond studs.""");

        List<Look> looks = EXTRACTOR.extract(a, PEOPLE, MET_2024);

        assertThat(values(lookOf(looks, "Zara Quill", MET_2024), "designer")).containsExactly("Prada");
        assertThat(values(lookOf(looks, "Milo Vance", MET_2024), "designer")).containsExactly("Gucci");
        assertThat(values(lookOf(looks, "Dora Finch", MET_2024), "designer")).containsExactly("Chanel");
    }

    @Test
    void aGarmentTheSentenceSaysWasNotWornIsNoField() {
        Article a = article("vance-no-shirt", """
                Milo Vance skipped the tie and chose not to wear a shirt: he wore a green Gucci jacket and wide trousers.""");

        Look milo = lookOf(EXTRACTOR.extract(a, PEOPLE, MET_2024), "Milo Vance", MET_2024);

        assertThat(values(milo, "garment")).containsExactly("jacket", "trousers");
    }

    @Test
    void aLabelEndingATitleInCapitalsIsNoDesigner() {
        Article a = article("finch-title", """
                Dora Finch, who once starred in The Girl Who Loved Valentino, wore a red gown by Dior.""");

        Look dora = lookOf(EXTRACTOR.extract(a, PEOPLE, MET_2024), "Dora Finch", MET_2024);

        assertThat(values(dora, "designer")).containsExactly("Dior");
    }

    @Test
    void aLineOpeningOnSomeoneTheArticleDoesNotKnowIsNotTheSectionPersonsLook() {
        Article a = article("quill-section", """
                Zara Quill
                Zara Quill wore a gold Prada gown.
                Princess Helena of Lund in Valentino""");

        Look zara = lookOf(EXTRACTOR.extract(a, PEOPLE, MET_2024), "Zara Quill", MET_2024);

        assertThat(values(zara, "designer")).containsExactly("Prada");
    }

    @Test
    void aGarmentPartBesideAWholeGarmentIsADetailOfIt() {
        Article a = article("quill-train", """
                Zara Quill wore a tartan corset with a long, sweeping train.

                Milo Vance chose sleeves of black lace.""");

        List<Look> looks = EXTRACTOR.extract(a, PEOPLE, MET_2024);

        assertThat(values(lookOf(looks, "Zara Quill", MET_2024), "garment")).containsExactly("corset");
        assertThat(values(lookOf(looks, "Milo Vance", MET_2024), "garment")).containsExactly("sleeves");
    }

    @Test
    void aGarmentSomeoneOwnsIsTheirLookWithoutAWearVerb() {
        Article a = article("quill-owned", """
                Zara Quill made her point on the steps: her long ivory dress had a poem stitched along its hem.""");

        Look zara = lookOf(EXTRACTOR.extract(a, PEOPLE, MET_2024), "Zara Quill", MET_2024);

        assertThat(values(zara, "garment")).containsExactly("dress");
        assertThat(values(zara, "colour")).containsExactly("ivory");
    }

    @Test
    void aSentenceOpeningOnTheGownGoesOnAboutTheLookBefore() {
        Article a = article("quill-gown", """
                Zara Quill made her point on the steps: her long ivory dress had a poem stitched along its hem.

                The gown was designed by Erdem, whose studio took a month over the hem.""");

        Look zara = lookOf(EXTRACTOR.extract(a, PEOPLE, MET_2024), "Zara Quill", MET_2024);

        assertThat(values(zara, "designer")).containsExactly("Erdem");
    }

    @Test
    void aHeadingNamingTwoGuestsAndBothWoreGivesEachTheLook() {
        Article a = article("pair-heading", """
                The gala's steps filled early this year, and the archive pieces stood out.

                Archive couture

                Zara Quill and Dora Finch
                The two hosts both wore Chanel couture gowns, from the house's 1994 and 1997 collections.""");

        List<Look> looks = EXTRACTOR.extract(a, PEOPLE, MET_2024);

        assertThat(values(lookOf(looks, "Zara Quill", MET_2024), "designer")).containsExactly("Chanel");
        assertThat(values(lookOf(looks, "Dora Finch", MET_2024), "designer")).containsExactly("Chanel");
    }
}
