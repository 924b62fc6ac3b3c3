package dev.redcarpet.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FileFormatsTest {
    private final CorpusReader reader = new CorpusReader(1_000_000);
    private final Path mixed = Fixtures.dir("mixed");

    private Article one(String file) {
        List<Article> articles = reader.read(mixed.resolve(file), mixed);
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }

    private static List<String> paragraphs(Article a) {
        return List.of(a.text().split("\n\n"));
    }

    @Test
    void txtHeaderBlockGivesMetadataAndNoiseIsRemoved() {
        Article a = one("header-block.txt");

        assertThat(a.title()).isEqualTo("Lena Varga wears a mirrored cape to the Moonlight Ball");
        assertThat(a.url()).isEqualTo("https://example.org/style/lena-varga-moonlight-ball");
        assertThat(a.source()).isEqualTo("Example Style Daily");
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 2, 14));
        assertThat(paragraphs(a)).containsExactly(
                "Lena Varga arrived at the Moonlight Ball in a cape made of tiny round mirrors, and the photographers on the steps could hardly keep up.",
                "The cape was built by the young label Orrin Hale, which said the piece took 300 hours to finish. “I wanted to look like the night sky had come down to meet me,” Varga said.",
                "She posted a photo of the fitting to her fans a day earlier, and it quickly drew a crowd.");
        assertThat(a.text()).doesNotContain("title:", "Advertisement", "Getty", "Related:", "By Tomas Reed", "newsletter");
    }

    @Test
    void txtDatePrefixMayBeFollowedByTextOnTheSameLine() {
        Article a = one("date-prefix.txt");

        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(a.title()).isNull();
        assertThat(a.displayTitle()).startsWith("Pia Lund opened the Harbour Film Festival");
        assertThat(paragraphs(a)).containsExactly(
                "Pia Lund opened the Harbour Film Festival in a velvet suit the colour of wet sand. The tailoring came from Studio Kell.",
                "She paired it with flat brogues. “Heels and cobblestones are not friends,” she laughed.");
    }

    @Test
    void txtWithBomAndCrlfIsNormalisedAndAHeadlineLineBecomesTheTitle() {
        Article a = one("crlf-bom.txt");

        assertThat(a.text()).doesNotContain("\r", "\uFEFF", "\u00A0", "  ", "\n\n\n");
        assertThat(a.title()).isEqualTo("Mara Quinn keeps it simple at the Winter Awards");
        assertThat(paragraphs(a)).containsExactly(
                "Mara Quinn keeps it simple at the Winter Awards",
                "Mara Quinn chose a plain black column dress for the Winter Awards, and she kept the jewellery to one ring.",
                "“Less is more on a cold night,” she said.");
    }

    @Test
    void jsonFieldsAreReadAndATimestampGivesItsCalendarDay() {
        Article a = one("gala-report.json");

        assertThat(a.id()).isEqualTo("gala-report-2025");
        assertThat(a.title()).isEqualTo("Three looks that stole the Spring Gala");
        assertThat(a.url()).isEqualTo("https://example.org/spring-gala");
        assertThat(a.source()).isEqualTo("Example Gazette");
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(paragraphs(a)).containsExactly(
                "The Spring Gala had no shortage of drama this year.",
                "Dario Fenn wore a suit covered in hand-painted tulips. He said, \"I wanted to bring the garden with me.\"");
    }

    @Test
    void jsonlYieldsOneArticlePerGoodLineWithLineNumberIdsWhenThereIsNoId() {
        FileRead read = reader.readFile(mixed.resolve("wire.jsonl"), mixed);

        assertThat(read.articles()).extracting(Article::id).containsExactly("wire-001", "wire-3");
        assertThat(read.articles().get(0).date()).isEqualTo(LocalDate.of(2025, 8, 2));
        assertThat(read.articles().get(1).date()).isNull();
        assertThat(read.articles().get(1).title()).isEqualTo("No id here");
        assertThat(read.skipped()).singleElement()
                .satisfies(s -> assertThat(s.reason()).startsWith("line 2: invalid JSON"));
    }

    @Test
    void markdownFrontMatterIsMetadataAndTheBodyLosesItsSyntax() {
        Article a = one("sub/festival-notes.md");

        assertThat(a.id()).isEqualTo("festival-notes-iris");
        assertThat(a.title()).isEqualTo("Festival notes: Iris Moreau's paper dress");
        assertThat(a.source()).isEqualTo("Example Weekly");
        assertThat(a.url()).isEqualTo("https://example.org/festival-notes");
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(a.path()).isEqualTo("sub/festival-notes.md");
        assertThat(paragraphs(a)).containsExactly(
                "Iris Moreau climbed the festival steps in a gown folded from hand-made paper, designed by Atelier Sorel.",
                "How it was made",
                "Forty sheets of mulberry paper",
                "A silk lining so it would not tear",
                "Two fittings in one week",
                "“It rustles when I walk, which I love,” Moreau said.",
                "See the full gallery for more.");
        assertThat(a.text()).doesNotContain("#", "**", "](", "![", "---", "example.org");
    }

    @Test
    void htmlKeepsTheArticleParagraphsAndDropsPageFurniture() {
        Article a = one("saved-page.html");

        assertThat(a.title()).isEqualTo("Noor Adeyemi dazzles in gold at the Coastline Premiere");
        assertThat(a.source()).isEqualTo("Example Times");
        assertThat(a.url()).isEqualTo("https://example.org/noor-adeyemi-gold");
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 7, 19));
        assertThat(paragraphs(a)).containsExactly(
                "Noor Adeyemi turned the Coastline premiere into her own runway on Saturday, wearing a liquid gold gown by Maison Ferro.",
                "The gown had a low back and a long, pooling train. She finished the look with emerald earrings.",
                "A family affair",
                "“My grandmother wore gold to her wedding, so this felt right,” Adeyemi said.",
                "Designer: Maison Ferro",
                "Jewellery: Vela & Co");
        assertThat(a.text()).doesNotContain("EXAMPLE TIMES", "Style", "Advertisement", "Sam Ortiz", "Getty",
                "inbox", "Related", "Another premiere", "Facebook", "©", "tracking", "color");
    }

    @Test
    void htmlTitleFallsBackToTheTitleTagWithoutItsSiteSuffix(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("page.html"), """
                <html><head><title>Uma Reyes shines in silver - Example Post</title>
                <link rel="canonical" href="https://example.org/uma"></head>
                <body><main><time datetime="2025-04-03">3 April</time>
                <p>Uma Reyes wore silver sequins to the Bay Awards.</p></main></body></html>
                """);
        Article a = reader.read(tmp.resolve("page.html"), tmp).get(0);

        assertThat(a.title()).isEqualTo("Uma Reyes shines in silver");
        assertThat(a.source()).isEqualTo("Example Post");
        assertThat(a.url()).isEqualTo("https://example.org/uma");
        assertThat(a.date()).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(a.text()).contains("Uma Reyes wore silver sequins to the Bay Awards.");
    }

    @Test
    void aTitleRepeatedAtTheTopOfTheBodyIsNotRepeatedInTheText(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("dup.json"),
                "{\"title\": \"Kai Dunn's velvet night\", \"text\": \"Kai Dunn’s Velvet Night\\n\\nKai Dunn wore plum velvet.\"}");

        Article a = reader.read(tmp.resolve("dup.json"), tmp).get(0);

        assertThat(a.id()).isEqualTo("dup");
        assertThat(a.text()).isEqualTo("Kai Dunn wore plum velvet.");
    }

    @Test
    void shortNameLinesAboveTextBecomeTheirOwnParagraphs(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("list.txt"), """
                Our picks of the night:

                Lou Park
                The singer wore a white tuxedo with a long cape.

                Remy Stone
                She went for a sheer green gown.
                """);

        Article a = reader.read(tmp.resolve("list.txt"), tmp).get(0);

        assertThat(paragraphs(a)).containsExactly(
                "Our picks of the night:",
                "Lou Park",
                "The singer wore a white tuxedo with a long cape.",
                "Remy Stone",
                "She went for a sheer green gown.");
    }

    @Test
    void hardWrappedLinesJoinIntoOneParagraph(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("wrapped.txt"), """
                Ezra Vale arrived late to the Autumn Ball, wearing a
                burgundy coat that swept the floor behind him as he
                walked.
                """);

        Article a = reader.read(tmp.resolve("wrapped.txt"), tmp).get(0);

        assertThat(a.text()).isEqualTo(
                "Ezra Vale arrived late to the Autumn Ball, wearing a burgundy coat that swept the floor behind him as he walked.");
    }

    @Test
    void htmlWithoutArticleUsesTheBodyAndKeepsAWrapperWhoseClassOnlyMentionsANoiseWord(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("old-site.htm"), """
                <html><head><title>Tia Brook at the Lantern Awards</title></head><body>
                <div class="top-nav">Home | Style | Film</div>
                <form id="page-form"><div class="content has-header-image">
                <p>Tia Brook wore a copper gown with a high collar to the Lantern Awards, and the crowd outside cheered as she stopped to wave at the fans who had waited in the rain since the afternoon.</p>
                <div>She kept her hair short and sleek.<br><br>“Copper is my lucky colour,” she said.</div>
                <div class="promo-box">Win tickets to next year's show!</div>
                </div></form>
                <div class="site-footer">Contact us</div>
                </body></html>
                """);

        Article a = reader.read(tmp.resolve("old-site.htm"), tmp).get(0);

        assertThat(a.format()).isEqualTo("html");
        assertThat(a.title()).isEqualTo("Tia Brook at the Lantern Awards");
        assertThat(paragraphs(a)).containsExactly(
                "Tia Brook wore a copper gown with a high collar to the Lantern Awards, and the crowd outside cheered as she stopped to wave at the fans who had waited in the rain since the afternoon.",
                "She kept her hair short and sleek.",
                "“Copper is my lucky colour,” she said.");
    }
}
