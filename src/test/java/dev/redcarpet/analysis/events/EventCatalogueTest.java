package dev.redcarpet.analysis.events;

import dev.redcarpet.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class EventCatalogueTest {
    private final EventCatalogue catalogue = EventCatalogue.load(null);

    @Test
    void builtInCatalogueListsTheMajorEvents() {
        assertThat(catalogue.events()).extracting(EventEntry::id)
                .contains("met-gala", "oscars", "cannes", "golden-globes", "grammys", "bafta", "emmys", "venice",
                        "sag-awards", "critics-choice", "vmas", "tony-awards", "tiff", "berlinale",
                        "fashion-awards", "amfar-gala");
    }

    @Test
    void fashionAwardsAndGalasHeldBesideAFestivalAreEventsOfTheirOwn() {
        assertThat(catalogue.parse("who dressed her for the british fashion awards 2023?")).get()
                .satisfies(q -> assertThat(q.edition()).isEqualTo(new Edition("fashion-awards", "British Fashion Awards", 2023)));
        assertThat(catalogue.find("the CFDA Fashion Awards in New York")).map(EventEntry::id).contains("cfda-awards");
        assertThat(catalogue.find("the amfAR gala on the Riviera")).map(EventEntry::id).contains("amfar-gala");
        assertThat(catalogue.parse("bet awards 2024 red carpet").get().year()).isEqualTo(2024);
        assertThat(catalogue.find("who went to the LACMA Art+Film Gala")).map(EventEntry::id).contains("lacma-gala");
    }

    @Test
    void findsEventsByAnyAliasIgnoringCaseAccentsAndPunctuation() {
        assertThat(catalogue.find("met 24")).map(EventEntry::id).contains("met-gala");
        assertThat(catalogue.find("Fashion’s Biggest Night")).map(EventEntry::id).contains("met-gala");
        assertThat(catalogue.find("the costume institute GALA")).map(EventEntry::id).contains("met-gala");
        assertThat(catalogue.find("who won at the academy awards?")).map(EventEntry::id).contains("oscars");
        assertThat(catalogue.find("festival de cannes")).map(EventEntry::id).contains("cannes");
        assertThat(catalogue.find("mtv vmas red carpet")).map(EventEntry::id).contains("vmas");
        assertThat(catalogue.find("critics’ choice awards")).map(EventEntry::id).contains("critics-choice");
        assertThat(catalogue.find("screen actors guild awards")).map(EventEntry::id).contains("sag-awards");
        assertThat(catalogue.find("what is the weather like")).isEmpty();
    }

    @Test
    void parsesTheYearAQuestionAsksFor() {
        assertThat(catalogue.parse("gigi met 24 train")).get()
                .satisfies(q -> assertThat(q.edition()).isEqualTo(new Edition("met-gala", "Met Gala", 2024)));
        assertThat(catalogue.parse("oscars 2023 best dressed").get().year()).isEqualTo(2023);
        assertThat(catalogue.parse("the 2022 met gala").get().year()).isEqualTo(2022);
        assertThat(catalogue.parse("grammys '23 looks").get().year()).isEqualTo(2023);
        assertThat(catalogue.parse("what did zendaya wear to the met in 2019").get().year()).isEqualTo(2019);
        assertThat(catalogue.parse("top 10 met looks").get().year()).isNull();
    }

    @Test
    void questionsMayNameAnEventByItsCoinedWordOrWithoutItsLeadingThe(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("events.yaml"), """
                events:
                  - id: zpx-awards
                    name: ZPX Style Awards
                    aliases: [ZPX Style Awards]
                    editions:
                      2031: {date: 2031-11-03}
                  - id: style-prize
                    name: Northern Style Prize
                    aliases: [The Style Prize Night, Northern Style Prize]
                    editions:
                      2031: {date: 2031-12-01}
                """);
        EventCatalogue own = EventCatalogue.load(dir);
        // "zpx" is in no dictionary and only one event's names: it names that event in a question
        assertThat(own.questionMentions("kim zpx 2031 look")).extracting(m -> m.event().id()).containsExactly("zpx-awards");
        assertThat(own.questionMentions("style prize night 2031 stylist")).extracting(m -> m.event().id()).containsExactly("style-prize");
        // "style" is an ordinary word both events use: no event on its own; an article's "ZPX" alone is no mention either
        assertThat(own.questionMentions("her style in 2031")).isEmpty();
        assertThat(own.mentions("She thanked ZPX for the invitation.")).isEmpty();
    }

    @Test
    void articleTextNeedsShortAliasesWrittenAsCatalogued() {
        assertThat(catalogue.mentions("They met in 2019 and got on at once.")).isEmpty();
        assertThat(catalogue.mentions("Her first Met was a triumph.")).extracting(m -> m.event().id()).containsExactly("met-gala");
    }

    @Test
    void readsYearsAndOrdinalsBesideTheEvent() {
        assertThat(catalogue.mentions("At the 2024 Met Gala, and later at Cannes 2023.")).extracting(EventMention::year)
                .containsExactly(2024, 2023);
        assertThat(catalogue.mentions("the 95th Academy Awards")).extracting(EventMention::year).containsExactly(2023);
        assertThat(catalogue.mentions("the 76th annual Cannes Film Festival")).extracting(EventMention::year).containsExactly(2023);
        assertThat(catalogue.mentions("Met Gala '22 recap")).extracting(EventMention::year).containsExactly(2022);
    }

    @Test
    void knowsEditionDetails() {
        EditionInfo met = catalogue.info("met-gala", 2024).orElseThrow();
        assertThat(met.date()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(met.theme()).isEqualTo("Sleeping Beauties: Reawakening Fashion");
        assertThat(met.dressCode()).isEqualTo("The Garden of Time");
        assertThat(met.hosts()).contains("Zendaya", "Bad Bunny", "Jennifer Lopez", "Chris Hemsworth");
        assertThat(catalogue.info("met-gala", 2022).orElseThrow().dressCode()).isEqualTo("Gilded Glamour");
        assertThat(catalogue.info("met-gala", 2021).orElseThrow().date()).isEqualTo(LocalDate.of(2021, 9, 13));
        assertThat(catalogue.info("met-gala", 2025).orElseThrow().theme()).isEqualTo("Superfine: Tailoring Black Style");
        assertThat(catalogue.info("met-gala", 2020)).isEmpty();
    }

    @Test
    void badDateNamesFileAndKey(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("events.yaml"), """
                events:
                  - id: gala-night
                    name: Gala Night
                    editions:
                      2024: {date: 6 May 2024}
                """);
        assertThatThrownBy(() -> EventCatalogue.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("events.yaml").hasMessageContaining("events[0].editions.2024.date")
                .hasMessageContaining("6 May 2024").message().doesNotContain("\n");
    }

    @Test
    void malformedYamlIsOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("events.yaml"), "events:\n  - id: [unclosed\n    name: x\n");
        assertThatThrownBy(() -> EventCatalogue.load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("events.yaml").hasMessageContaining("not valid YAML").message().doesNotContain("\n");
    }

    @Test
    void unknownKeyAndBadIdAreNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("events.yaml"), "events:\n  - id: gala\n    name: Gala\n    colour: red\n");
        assertThatThrownBy(() -> EventCatalogue.load(dir)).hasMessageContaining("events[0].colour");
        Files.writeString(dir.resolve("events.yaml"), "events:\n  - id: Big Gala\n    name: Gala\n");
        assertThatThrownBy(() -> EventCatalogue.load(dir)).hasMessageContaining("events[0].id").hasMessageContaining("kebab");
    }

    @Test
    void aConfigDirWithItsOwnFileIsUsedAndOneWithoutFallsBack(@TempDir Path dir) throws Exception {
        assertThat(EventCatalogue.load(dir).event("met-gala")).isPresent();
        Files.writeString(dir.resolve("events.yaml"), "events:\n  - id: gala-night\n    name: Gala Night\n    aliases: [the big night]\n");
        EventCatalogue own = EventCatalogue.load(dir);
        assertThat(own.events()).extracting(EventEntry::id).containsExactly("gala-night");
        assertThat(own.find("The Big Night")).isPresent();
    }
}
