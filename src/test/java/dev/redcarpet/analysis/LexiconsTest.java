package dev.redcarpet.analysis;

import dev.redcarpet.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

public class LexiconsTest {
    private static final Lexicons LEX = Lexicons.load(null);

    private static List<String> kindValues(String text) {
        return LEX.find(text).stream().map(h -> h.kind() + ":" + h.value()).toList();
    }

    @Test
    void findsEachKindWithCanonicalValuesAndSpans() {
        String s = "She wore a silver Margiela gown with crystal-embellished heels and a smoky eye.";
        List<LexiconHit> hits = LEX.find(s);
        assertThat(hits).extracting(LexiconHit::kind, LexiconHit::value, LexiconHit::text).containsExactly(
                tuple("colour", "silver", "silver"),
                tuple("designer", "Maison Margiela", "Margiela"),
                tuple("garment", "gown", "gown"),
                tuple("material", "crystals", "crystal-embellished"),
                tuple("accessory", "heels", "heels"),
                tuple("beauty", "smoky eye", "smoky eye"));
        for (LexiconHit h : hits) assertThat(s.substring(h.start(), h.end())).isEqualTo(h.text());
    }

    @Test
    void pluralsPossessivesAndSpellingsMatch() {
        assertThat(kindValues("Two gowns, three dresses and Schiaparelli’s accessories")).contains(
                "garment:gown", "garment:dress", "designer:Schiaparelli");
        assertThat(kindValues("a grey jumper and a gray coat")).containsExactly(
                "colour:grey", "garment:sweater", "colour:grey", "garment:coat");
        assertThat(kindValues("jewelry by Chloe, jewellery by Chloé")).containsExactly(
                "accessory:jewellery", "designer:Chloé", "accessory:jewellery", "designer:Chloé");
    }

    @Test
    void longestMatchWins() {
        assertThat(kindValues("a hot pink bow tie")).containsExactly("colour:pink", "accessory:bow tie");
        assertThat(kindValues("Dolce & Gabbana and Giorgio Armani Privé")).containsExactly(
                "designer:Dolce & Gabbana", "designer:Armani Privé");
        assertThat(kindValues("her heelless shoes")).containsExactly("accessory:heelless shoes");
    }

    @Test
    void carpetsCapitalsAndEverydayWordsAreNotFashion() {
        assertThat(LEX.find("She walked the red carpet with her acting coach.")).isEmpty();
        assertThat(LEX.find("A Red Riding Hood twist, said Amber Stone.")).isEmpty();
        assertThat(LEX.find("Whatever you wear, wear it well")).isEmpty();
    }

    @Test
    void wordsOfTwoKindsAreReadInContext() {
        assertThat(kindValues("a blush gown")).containsExactly("colour:blush", "garment:gown");
        assertThat(kindValues("a sweep of blush on the cheeks")).containsExactly("beauty:blush");
    }

    @Test
    void designerPeopleAreDesignersWithTheirHouses() {
        assertThat(kindValues("Margiela by John Galliano")).containsExactly("designer:Maison Margiela", "designer:John Galliano");
        assertThat(LEX.designer("John Galliano").houses()).containsExactly("Maison Margiela");
        assertThat(LEX.designer("Kim Jones").houses()).contains("Dior", "Fendi");
        assertThat(LEX.isDesigner("Vera Wang")).isTrue();
        assertThat(LEX.isDesigner("Kim Kardashian")).isFalse();
        assertThat(LEX.entries("designer").size()).isGreaterThan(100);
    }

    @Test
    void questionsMayBeLowerCase() {
        assertThat(LEX.findLoose("who made her gold versace dress")).extracting(LexiconHit::value)
                .containsExactly("gold", "Versace", "dress");
    }

    @Test
    void badLexiconValueNamesFileAndKey(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lexicons"));
        Files.writeString(dir.resolve("lexicons/garments.yaml"), "garment:\n  - gown\n  - {name: cape, aliases: {long: capelet}}\n");
        assertThatThrownBy(() -> Lexicons.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("garments.yaml").hasMessageContaining("garment[1].aliases");
        Files.writeString(dir.resolve("lexicons/garments.yaml"), "garmnts:\n  - gown\n");
        assertThatThrownBy(() -> Lexicons.load(dir)).hasMessageContaining("garments.yaml").hasMessageContaining("'garmnts'");
        Files.writeString(dir.resolve("lexicons/garments.yaml"), "garment: [gown\n");
        assertThatThrownBy(() -> Lexicons.load(dir)).hasMessageContaining("garments.yaml").hasMessageContaining("not valid YAML")
                .message().doesNotContain("\n");
    }

    @Test
    void aConfigDirOverridesOneFileAndKeepsTheRest(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("lexicons"));
        Files.writeString(dir.resolve("lexicons/garments.yaml"), "garment:\n  - {name: sarong, aliases: [pareo]}\n");
        Lexicons own = Lexicons.load(dir);
        assertThat(own.find("a silk pareo and a gown")).extracting(LexiconHit::value).containsExactly("silk", "sarong");
        assertThat(own.isDesigner("Versace")).isTrue();
    }
}
