package dev.redcarpet.analysis.structure;

import dev.redcarpet.analysis.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

public class LayoutTest {
    private static Part partOf(List<Block> blocks, String text) {
        return blocks.stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow().part();
    }

    /** The caption pattern as one expression searched over the whole line, as it was before the agency search was cut short. */
    private static final Pattern WHOLE_CAPTION = Pattern.compile(
            "(?i)^(?:photo(?:graph)?s?|images?|pictured|credits?|courtesy)\\b(?:\\s+(?:caption|credits?))?\\s*(?::|by\\b|of\\b)|\\b(?:Getty Images|Shutterstock|WireImage|FilmMagic|Invision/AP|AP Photo|Reuters|AFP|Backgrid|REX)\\b\\s*\\)?$");

    @Test
    void captionsAgreeWithTheWholeLineSearch() {
        String[] pieces = {"Photo", "photos", "credit", " by", ":", " ", "  ", "Getty Images", "getty images", "SHUTTERSTOCK", "AFP", "REX",
                "Invision/AP", "x", "Trex", "(", ")", ".", "\n", "\r\n", "\u2028", "\t", "é", "wore Dior"};
        for (String line : RandomTexts.of(3, 5000, 8, pieces)) {
            assertThat(Layout.isCaption(line)).as(line).isEqualTo(WHOLE_CAPTION.matcher(line).find());
        }
        assertThat(Layout.isCaption("Zendaya at the Met Gala. (Getty Images)")).isTrue();
        assertThat(Layout.isCaption("Getty Images sent photographers to the gala.")).isFalse();
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
