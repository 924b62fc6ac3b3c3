package dev.redcarpet.analysis.looks;

import dev.redcarpet.analysis.events.Edition;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class LookMergerTest {
    private static final Edition MET_2024 = new Edition("met-gala", "Met Gala", 2024);
    private static final Edition MET_2022 = new Edition("met-gala", "Met Gala", 2022);

    private static LookField f(String kind, String value, String article) {
        return new LookField(kind, value, "Zara wore " + value + " (" + article + ").", article);
    }

    @Test
    void onePersonOneEditionBecomesOneLookKeepingEverySource() {
        List<Look> merged = LookMerger.merge(List.of(
                new Look("Zara Quill", MET_2024, List.of(f("designer", "Loewe", "a1"), f("garment", "gown", "a1"))),
                new Look("Milo Vance", MET_2024, List.of(f("garment", "tuxedo", "a1"))),
                new Look("Zara Quill", MET_2024, List.of(f("designer", "Loewe", "a2"), f("hair", "bob", "a2"))),
                new Look("Zara Quill", MET_2022, List.of(f("garment", "catsuit", "a3")))));
        assertThat(merged).extracting(l -> l.person() + "@" + l.edition().year())
                .containsExactly("Zara Quill@2024", "Milo Vance@2024", "Zara Quill@2022");
        Look zara = merged.get(0);
        assertThat(zara.fields("designer")).extracting(LookField::articleId).containsExactly("a1", "a2");
        assertThat(LookMerger.values(zara, "designer")).containsOnlyKeys("Loewe");
        assertThat(LookMerger.sources(zara)).containsExactly("a1", "a2");
        assertThat(LookMerger.multiValuedKinds(zara)).isEmpty();
        assertThat(LookMerger.byKind(zara).keySet()).containsExactly("designer", "garment", "hair");
    }

    @Test
    void conflictingCreditsStayAsBothValues() {
        Look zara = LookMerger.merge(List.of(
                new Look("Zara Quill", MET_2024, List.of(f("designer", "Philip Treacy", "a1"))),
                new Look("Zara Quill", MET_2024, List.of(f("designer", "Stephen Jones", "a2"), f("designer", "Stephen Jones", "a2"))))).get(0);
        assertThat(zara.fields("designer")).hasSize(2);
        assertThat(LookMerger.multiValuedKinds(zara)).containsExactly("designer");
        assertThat(LookMerger.values(zara, "designer")).containsOnlyKeys("Philip Treacy", "Stephen Jones");
    }
}
