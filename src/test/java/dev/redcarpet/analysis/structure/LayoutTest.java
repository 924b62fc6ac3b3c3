package dev.redcarpet.analysis.structure;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class LayoutTest {
    private static Part partOf(List<Block> blocks, String text) {
        return blocks.stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow().part();
    }

    @Test
    void tellsHeadlineHeadingsBylineCaptionsListItemsAndBodyApart() {
        String text = """
                Style

                The boldest coats of the Winter Ball

                By Petra Lindqvist

                Snow fell on the steps as guests arrived at the Winter Ball in Oslo.

                The early arrivals
                Rowan Ashby came first in a quilted cape.

                Photo: Harald Voss/Getty Images

                Also seen
                - Imke Dahl in Toteme
                - Sol Ferreira in Dior
                - Ines Okafor in Prada

                The night ended after midnight.""";
        List<Block> blocks = Layout.of(null, text);

        assertThat(partOf(blocks, "The boldest coats of the Winter Ball")).isEqualTo(Part.HEADLINE);
        assertThat(partOf(blocks, "Style")).isEqualTo(Part.HEADING);
        assertThat(partOf(blocks, "By Petra Lindqvist")).isEqualTo(Part.BYLINE);
        assertThat(partOf(blocks, "The early arrivals")).isEqualTo(Part.HEADING);
        assertThat(partOf(blocks, "Rowan Ashby came first in a quilted cape.")).isEqualTo(Part.BODY);
        assertThat(partOf(blocks, "Photo: Harald Voss/Getty Images")).isEqualTo(Part.CAPTION);
        assertThat(partOf(blocks, "Sol Ferreira in Dior")).isEqualTo(Part.LIST_ITEM);
        assertThat(Layout.title(blocks)).isEqualTo("The boldest coats of the Winter Ball");
    }

    @Test
    void titleIsTheHeadlineElseTheFirstSentenceOfProse() {
        assertThat(Layout.title(Layout.of("Given title", "Body text here. More."))).isEqualTo("Given title");
        assertThat(Layout.title(Layout.of(null, "Photo: Ola Berg/Getty Images\n\nGuests arrived late. The hall was full.")))
                .isEqualTo("Guests arrived late.");
    }

    @Test
    void aCutOffSentenceIsNotComplete() {
        assertThat(Layout.complete("She wore Dior.")).isTrue();
        assertThat(Layout.complete("“I loved it,” she said.”")).isTrue();
        assertThat(Layout.complete("The singer arrived in a d")).isFalse();
    }
}
