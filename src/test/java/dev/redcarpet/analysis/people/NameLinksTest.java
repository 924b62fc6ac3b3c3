package dev.redcarpet.analysis.people;

import dev.redcarpet.analysis.ArticleFacts;
import dev.redcarpet.analysis.looks.Look;
import dev.redcarpet.analysis.quotes.Quote;
import dev.redcarpet.analysis.structure.Passage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NameLinksTest {
    @Test
    void aLoneSurnameOrFirstNameLinksToTheOneFullNameThatHasIt() {
        Map<String, String> links = NameLinks.of(List.of("Pemberton", "Orla Pemberton", "Ines", "Ines Varga-Holt", "Varga-Holt"));
        assertThat(links).containsEntry("Pemberton", "Orla Pemberton").containsEntry("Ines", "Ines Varga-Holt")
                .containsEntry("Varga-Holt", "Ines Varga-Holt");
    }

    @Test
    void aLoneNameTwoFullNamesShareIsNotLinked() {
        assertThat(NameLinks.of(List.of("Hale", "Nadia Hale", "Marcus Hale"))).isEmpty();
        // the surname of one person and the first name of another
        assertThat(NameLinks.of(List.of("Morgan", "Dana Morgan", "Morgan Reyes"))).isEmpty();
        // a single name nobody else carries stays as it is
        assertThat(NameLinks.of(List.of("Zarelle", "Orla Pemberton"))).isEmpty();
    }

    @Test
    void everythingTheArticleSaysOfTheLoneNameIsSaidOfTheFullName() {
        ArticleFacts f = new ArticleFacts("a", List.of(new Passage(0, "Pemberton smiled.").withSubjects(List.of("Pemberton"), 0)),
                List.of(new Quote("Lovely", "Pemberton", null, "a", 0, "")), List.of("Pemberton", "Hale"), null,
                List.of(new Look("Pemberton", null, List.of())));
        ArticleFacts linked = NameLinks.apply(f, Map.of("Pemberton", "Orla Pemberton"));
        assertThat(linked.people()).containsExactly("Orla Pemberton", "Hale");
        assertThat(linked.quotes()).extracting(Quote::speaker).containsExactly("Orla Pemberton");
        assertThat(linked.looks()).extracting(Look::person).containsExactly("Orla Pemberton");
        assertThat(linked.passages().get(0).subjects()).containsExactly("Orla Pemberton");
    }
}
