package dev.redcarpet.analysis.people;

import dev.redcarpet.analysis.Lexicons;
import dev.redcarpet.analysis.events.EventCatalogue;
import dev.redcarpet.analysis.structure.Layout;
import dev.redcarpet.analysis.structure.ReadSentence;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class SubjectResolverTest {
    private static final Lexicons LEXICONS = Lexicons.load(null);
    private static final PeopleFinder FINDER = new PeopleFinder(LEXICONS, EventCatalogue.load(Path.of("config")));

    private static List<ReadSentence> read(String text) {
        var blocks = Layout.of(null, text);
        List<String> headings = blocks.stream().filter(b -> b.part().name().equals("HEADING")).map(b -> b.text()).toList();
        People people = FINDER.find(text, headings);
        return new SubjectResolver(people, LEXICONS::isDesigner).read(text, blocks).sentences();
    }

    private static ReadSentence sentence(List<ReadSentence> read, String start) {
        return read.stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void aRoundupHasOneSegmentPerPersonAndDescriptionsStayInTheirSegment() {
        String text = """
                The best coats of the Winter Ball

                Guests braved the snow in Oslo.

                Marit Solberg
                The singer chose a quilted cape by Valentino.

                Tove Lindahl
                The actress went for a Prada coat.
                She added boots.""";
        List<ReadSentence> read = read(text);

        assertThat(sentence(read, "The singer").subject()).isEqualTo("Marit Solberg");
        assertThat(sentence(read, "The actress").subject()).isEqualTo("Tove Lindahl");
        assertThat(sentence(read, "She added").subject()).isEqualTo("Tove Lindahl");
        assertThat(sentence(read, "The singer").segment()).isNotEqualTo(sentence(read, "The actress").segment());
        assertThat(sentence(read, "Guests braved").subject()).isNull();
    }

    @Test
    void aParagraphOpeningOnAnotherNameStartsThatPersonsSegment() {
        String text = """
                Anneke Visser arrived first in a green Gucci gown. She waved at fans.

                Bram de Wit followed in a Dior suit. He did not stop for photos.""";
        List<ReadSentence> read = read(text);

        assertThat(sentence(read, "She waved").subject()).isEqualTo("Anneke Visser");
        assertThat(sentence(read, "He did not").subject()).isEqualTo("Bram de Wit");
        assertThat(sentence(read, "He did not").segment()).isGreaterThan(sentence(read, "She waved").segment());
    }

    @Test
    void aDesignerNamedAsMakerIsNotWhomTheSentenceIsAbout() {
        List<ReadSentence> read = read("Liesel Brandt wore a gown by Tom Ford. Tom Ford dressed her for the third time.");

        assertThat(sentence(read, "Tom Ford dressed").subject()).isEqualTo("Liesel Brandt");
    }

    @Test
    void theTruncatedLastSentenceIsDropped() {
        List<ReadSentence> read = read("Liesel Brandt wore a gown by Valentino.\n\nThe singer then changed into a d");

        assertThat(read).extracting(ReadSentence::text).containsExactly("Liesel Brandt wore a gown by Valentino.");
    }

    @Test
    void inAStoryAboutOnePersonHeadingsNamingNobodyKeepThatPerson() {
        String text = """
                Liesel Brandt wore a sculpted Valentino gown to the Winter Ball.

                The jewellery
                She added a sapphire necklace.

                Quoted in passing
                The look recalled the "Roman Holiday Show" set.""";
        List<ReadSentence> read = read(text);

        assertThat(sentence(read, "She added").subject()).isEqualTo("Liesel Brandt");
        assertThat(sentence(read, "She added").segment()).isEqualTo(sentence(read, "Liesel Brandt wore").segment());
    }

    @Test
    void aSentenceWhoseSubjectIsADescriptionIsNotAboutThePersonItNamesInPassing() {
        String text = """
                The best looks of the Lakeside Festival

                Marit Solberg
                The star of the Greta Holm biopic arrived in a pink Prada dress.

                Tove Lindahl
                Having honoured the late Ingrid Bakke in white Gucci, the model chose a Chanel gown.

                Nora Dahl
                The singer Ellen Vik wore Dior, and Nora Dahl chose Loewe. Her co-star Lena Berg wore Celine.""";

        List<ReadSentence> read = read(text);

        assertThat(sentence(read, "The star of").subject()).isEqualTo("Marit Solberg");
        assertThat(sentence(read, "Having honoured").subject()).isEqualTo("Tove Lindahl");
        assertThat(sentence(read, "The singer Ellen Vik").subject()).isEqualTo("Ellen Vik");
        assertThat(sentence(read, "Her co-star").subject()).isEqualTo("Lena Berg");
    }

    @Test
    void aNameAfterAPrepositionOrInsideAQuoteIsNotWhomTheSentenceIsAbout() {
        String text = """
                Anneke Visser arrived first in a green Gucci gown.

                After a dinner with Lotte Brand and Ivo Maas, Bram de Wit walked in.

                "I dressed like Lotte Brand tonight," she said.""";
        List<ReadSentence> read = read(text);

        assertThat(sentence(read, "After a dinner").subject()).isEqualTo("Bram de Wit");
        assertThat(sentence(read, "\"I dressed").subject()).isNotEqualTo("Lotte Brand");
    }
}
