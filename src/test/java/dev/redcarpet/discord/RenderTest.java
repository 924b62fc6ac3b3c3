package dev.redcarpet.discord;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.Cited;
import dev.redcarpet.answer.Decline;
import dev.redcarpet.answer.Lead;
import dev.redcarpet.answer.CitedQuote;
import dev.redcarpet.answer.Source;
import dev.redcarpet.engine.CorpusSummary;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RenderTest {
    private static void assertWithinLimits(List<MessageEmbed> pages) {
        assertThat(pages).isNotEmpty();
        for (MessageEmbed e : pages) {
            assertThat(e.isSendable()).as("JDA's own check of the 6000 total").isTrue();
            assertThat(e.getLength()).isLessThanOrEqualTo(6000);
            assertThat(e.getTitle()).hasSizeLessThanOrEqualTo(256);
            if (e.getDescription() != null) assertThat(e.getDescription()).hasSizeLessThanOrEqualTo(4096);
            assertThat(e.getFields()).hasSizeLessThanOrEqualTo(25);
            for (MessageEmbed.Field f : e.getFields()) {
                assertThat(f.getName()).hasSizeLessThanOrEqualTo(256);
                assertThat(f.getValue()).hasSizeLessThanOrEqualTo(1024);
            }
            assertThat(e.getFooter().getText()).hasSizeLessThanOrEqualTo(2048);
        }
    }

    @Test
    void manyLongQuotesArePagedWithinLimitsAndNumbered() {
        List<CitedQuote> quotes = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            sources.add(new Source("s" + i, "Headline " + i + " ".repeat(3) + "word ".repeat(80), LocalDate.of(2024, 5, 7), null, "p"));
            quotes.add(new CitedQuote("I said something rather long ".repeat(60) + i, "Speaker " + i, "s" + i));
        }
        Answer a = Answer.of("q", new Lead.QuoteCount("Everyone", null, 60), List.of(), quotes, List.of(), sources);
        List<MessageEmbed> pages = Render.quotes(a, "Quotes from everyone ".repeat(20));
        assertWithinLimits(pages);
        assertThat(pages.size()).isGreaterThan(1);
        int total = pages.stream().mapToInt(p -> (int) p.getFields().stream().filter(f -> !f.getName().startsWith("Sources")).count()).sum();
        assertThat(total).isEqualTo(60);
        assertThat(pages.get(1).getFooter().getText()).startsWith("Page 2/" + pages.size());
        assertThat(pages.get(0).getFields().get(0).getValue()).contains("…”").contains("— **[1]** Headline 0");
    }

    @Test
    void manySourcesNoNumberPointsAtStayWithinAnEmbed() {
        // a list answer across a big corpus: a few numbered sources, and many more it read but cites nowhere
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            sources.add(new Source("s" + i, "A long headline about the looks of the evening, number " + i, LocalDate.of(2024, 5, 6), null, "p"));
        }
        Answer a = Answer.of("q", null, List.of(new Cited("Three guests wore Valentino.", "s0"), new Cited("So did a fourth.", "s1"),
                new Cited("And a fifth.", "s2")), List.of(), List.of(), sources);
        List<MessageEmbed> pages = Render.answer(a, "Who wore Valentino?");
        assertWithinLimits(pages);
        assertThat(pages.get(0).getFields()).anySatisfy(f -> assertThat(f.getValue()).contains("number 0"));
    }

    @Test
    void aHugeAnswerTextIsShortenedNotCut() {
        Answer a = Answer.of("q", null, List.of(new Cited("word ".repeat(2000), null)), List.of(), List.of(), List.of());
        List<MessageEmbed> pages = Render.answer(a, "t");
        assertWithinLimits(pages);
        assertThat(pages.get(0).getDescription()).endsWith("word…");
    }

    @Test
    void sourceLinksOnlyForWebAddresses() {
        assertThat(Render.sourceLine(1, new Source("a", "Title [x]", LocalDate.of(2024, 1, 2), "https://e.example/a_(b)", "p")))
                .isEqualTo("**[1]** [Title \\[x\\]](https://e.example/a_%28b%29) · 2024-01-02");
        assertThat(Render.sourceLine(2, new Source("a", "T", null, "javascript:alert(1)", "p"))).isEqualTo("**[2]** T");
        assertThat(Render.sourceLine(3, new Source("id-7", null, null, null, "p"))).isEqualTo("**[3]** id-7");
    }

    @Test
    void anAbstentionShowsOnlyItsMessage() {
        List<MessageEmbed> pages = Render.answer(Answer.declined("q", Decline.of(Decline.Reason.NOT_FOUND)), "q");
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0).getDescription()).isEqualTo("I couldn't find that in my articles. Try naming the person, the event and the year.");
        assertThat(pages.get(0).getFields()).isEmpty();
    }

    @Test
    void aBigCorpusSummaryStaysWithinLimits() {
        List<CorpusSummary.EditionCount> editions = new ArrayList<>();
        for (int i = 0; i < 400; i++) editions.add(new CorpusSummary.EditionCount(1900 + i + " Very Long Event Name Gala", i));
        assertWithinLimits(Render.summary(new CorpusSummary(5000, editions, List.of())));
    }

    @Test
    void aLookCardGroupsLinesByKindWithTheirSourcesAndFlagsDisagreement() {
        Source s1 = new Source("s1", "One", LocalDate.of(2024, 5, 6), null, "p");
        Source s2 = new Source("s2", "Two", LocalDate.of(2024, 5, 7), null, "p");
        dev.redcarpet.answer.LookCard card = new dev.redcarpet.answer.LookCard("Nova Reyes", "2024 Met Gala", List.of(
                new dev.redcarpet.answer.CardLine("designer", "Valentino", List.of("s1"), "e", true),
                new dev.redcarpet.answer.CardLine("designer", "Schiaparelli", List.of("s2"), "e", true),
                new dev.redcarpet.answer.CardLine("colour", "midnight blue", List.of("s1", "s2"), "e", false)));
        Answer a = Answer.of("q", new Lead.Wore("Nova Reyes", "Valentino", "2024 Met Gala"), List.of(), List.of(), List.of(card), List.of(s1, s2));
        MessageEmbed.Field f = Render.answer(a, "q").get(0).getFields().get(0);
        assertThat(f.getName()).isEqualTo("Nova Reyes — Valentino, Schiaparelli");
        assertThat(f.getValue()).isEqualTo("""
                *2024 Met Gala*
                **Designer:** Valentino [1] ⚠️, Schiaparelli [2] ⚠️
                **Colour:** midnight blue [1] [2]
                ⚠️ the sources disagree on this""");
    }

    /** The numbers "[n]" a text cites, in reading order. */
    private static List<Integer> refs(String text) {
        List<Integer> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(text);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }

    @Test
    void everyPageNumbersItsSourcesInReadingOrderAndCarriesTheirKey() {
        List<Source> sources = new ArrayList<>();
        List<dev.redcarpet.answer.LookCard> cards = new ArrayList<>();
        for (int i = 0; i < 30; i++) sources.add(new Source("s" + i, "Report " + i, LocalDate.of(2024, 5, 6), null, "p"));
        for (int i = 0; i < 20; i++) {
            // Each card cites a later source before an earlier one, so the answer's order is not reading order.
            cards.add(new dev.redcarpet.answer.LookCard("Guest " + i, "2024 Gala", List.of(
                    new dev.redcarpet.answer.CardLine("designer", "House " + i, List.of("s" + (29 - i)), "e", false),
                    new dev.redcarpet.answer.CardLine("color", "red", List.of("s" + i, "s" + (29 - i)), "e", false))));
        }
        Answer a = Answer.of("q", new Lead.EventOverview("Gala", 2024, 30, 20), List.of(), List.of(), cards, sources);
        List<MessageEmbed> pages = Render.answer(a, "Gala");
        assertWithinLimits(pages);
        assertThat(pages.size()).isGreaterThan(1);
        for (MessageEmbed page : pages) {
            StringBuilder body = new StringBuilder();
            StringBuilder key = new StringBuilder();
            for (MessageEmbed.Field f : page.getFields()) {
                (f.getName().startsWith("Sources") ? key : body).append(f.getValue()).append('\n');
            }
            List<Integer> cited = refs(body.toString()).stream().distinct().toList();
            List<Integer> keyed = refs(key.toString());
            assertThat(cited).as("first mentions count 1, 2, 3... on every page").isEqualTo(
                    java.util.stream.IntStream.rangeClosed(1, cited.size()).boxed().toList());
            assertThat(keyed.subList(0, cited.size())).as("the page's key explains each of its numbers").isEqualTo(cited);
        }
        // The first card cites s29 then s0: [1] is Report 29 on page 1.
        String firstKey = pages.get(0).getFields().stream().filter(f -> f.getName().startsWith("Sources")).findFirst().orElseThrow().getValue();
        assertThat(firstKey.lines().findFirst().orElseThrow()).isEqualTo("**[1]** Report 29 · 2024-05-06");
        assertThat(Render.answer(a, "Gala")).as("the same answer renders the same").isEqualTo(pages);
    }

    @Test
    void aLongDescriptionAndAFieldCitingManyLinkedSourcesStillMakeSendablePagesWithTheirKeys() {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sources.add(new Source("s" + i, "Arrivals report number " + i + " " + "with a very long headline ".repeat(7),
                    LocalDate.of(2024, 5, 6), "https://news.example/" + "long-path-segment/".repeat(15) + i, "p"));
        }
        Answer a = Answer.of("q", new Lead.EventOverview("Gala", 2024, 12, 0), List.of(), List.of(), List.of(), sources);
        String description = "A long summary of the night. ".repeat(100) + "[" + Citations.marker(0) + "] [" + Citations.marker(1) + "]";
        StringBuilder many = new StringBuilder("Everyone who walked the carpet, one report each.");
        for (int i = 2; i < 12; i++) many.append(" Guest ").append(i).append(" [").append(Citations.marker(i)).append(']');
        List<Render.Field> fields = List.of(new Render.Field("Arrivals", many.toString()),
                new Render.Field("Also seen", "Guest 1 again [" + Citations.marker(1) + "]"));

        List<MessageEmbed> pages = Citations.paginate(a, "Gala 2024", description, fields);
        assertWithinLimits(pages);
        for (MessageEmbed page : pages) {
            StringBuilder body = new StringBuilder(page.getDescription() == null ? "" : page.getDescription());
            StringBuilder key = new StringBuilder();
            for (MessageEmbed.Field f : page.getFields()) (f.getName().startsWith("Sources") ? key : body).append(f.getValue()).append('\n');
            List<Integer> cited = refs(body.toString()).stream().distinct().toList();
            assertThat(cited).isEqualTo(java.util.stream.IntStream.rangeClosed(1, cited.size()).boxed().toList());
            assertThat(refs(key.toString())).as("each number on the page has its key line").startsWith(cited.toArray(Integer[]::new));
        }
        assertThat(pages.get(0).getDescription()).contains("A long summary");
        assertThat(pages.stream().flatMap(p -> p.getFields().stream()).map(MessageEmbed.Field::getName)).contains("Arrivals", "Also seen");
    }

    @Test
    void theDiscordAnswerBoldsTheLeadCitesEachLineAndShowsTheLeadingQuoteOnce() {
        Source s1 = new Source("s1", "One", LocalDate.of(2025, 5, 6), null, "p");
        Source s2 = new Source("s2", "Two", LocalDate.of(2024, 5, 7), null, "p");
        CitedQuote q = new CitedQuote("Black is the colour I always come back to.", "Lina Marsh", "s2");
        CitedQuote other = new CitedQuote("The cape took two people to carry.", "Lina Marsh", "s1");
        Answer a = Answer.of("q", new Lead.Said(q, "2024 Met Gala"), List.of(new Cited("She wore a cape to the gala.", "s1")),
                List.of(q, other), List.of(), List.of(s1, s2));
        MessageEmbed page = Render.answer(a, "q").get(0);
        assertThat(page.getDescription()).startsWith("**“Black is the colour I always come back to.” — Lina Marsh, at the 2024 Met Gala.** [1]")
                .contains("She wore a cape to the gala. [2]");
        String fields = page.getFields().stream().map(f -> f.getName() + " " + f.getValue()).reduce("", String::concat);
        assertThat(fields).doesNotContain("always come back").contains("two people to carry");
    }

    @Test
    void aDiscordDeclineIsItsOneLine() {
        Decline d = new Decline(Decline.Reason.UNDESCRIBED, "Lina Marsh", "2025 Met Gala", null, "shoes", List.of(), 0, null);
        assertThat(Render.answer(Answer.declined("q", d), "q").get(0).getDescription())
                .isEqualTo("My articles describe Lina Marsh's look at the 2025 Met Gala but not the shoes.");
    }
}
