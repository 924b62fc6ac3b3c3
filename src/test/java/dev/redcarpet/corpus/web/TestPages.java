package dev.redcarpet.corpus.web;

import java.util.List;

/**
 * Article pages, feeds and sitemaps written for these tests: invented people at invented moments,
 * wrapped in the furniture of a news site (navigation, cookie banner, ads, newsletter box, related
 * links, footer).
 */
public final class TestPages {
    private static final List<String> FIRST = List.of("Odalys", "Perrin", "Quentin", "Rosalind", "Saoirse", "Tobias", "Ulrika", "Valen", "Wynn", "Xiomara");
    private static final List<String> LAST = List.of("Brightwater", "Castellane", "Dunmore", "Everly", "Fairbrook");
    private static final List<String> HOUSES = List.of("Prada", "Valentino", "Schiaparelli", "Loewe", "Balmain", "Fendi", "Chanel", "Dior", "Gucci", "Versace");
    private static final List<String> COLOURS = List.of("emerald", "crimson", "ivory", "cobalt", "blush pink", "silver", "black", "gold", "lilac", "coral");
    private static final List<String> GARMENTS = List.of("gown", "column dress", "tuxedo", "ball gown", "slip dress");

    private TestPages() {
    }

    public static String person(int i) {
        return FIRST.get(i % FIRST.size()) + " " + LAST.get((i / FIRST.size()) % LAST.size());
    }

    public static String house(int i) {
        return HOUSES.get((i * 3) % HOUSES.size());
    }

    public static String colour(int i) {
        return COLOURS.get((i * 7) % COLOURS.size());
    }

    public static String garment(int i) {
        return GARMENTS.get(i % GARMENTS.size());
    }

    public static String title(int i) {
        return person(i) + " picks " + colour(i) + " " + house(i) + " for the 2025 Met Gala";
    }

    /** The story, four paragraphs, different for every i. */
    public static List<String> paragraphs(int i) {
        String who = person(i);
        return List.of(
                who + " climbed the museum steps at the 2025 Met Gala in a " + colour(i) + " " + garment(i) + " by " + house(i)
                        + ", one of the first guests of the evening to stop for the photographers on the landing.",
                "The " + garment(i) + " was cut close through the body and finished with a short train that a single assistant"
                        + " gathered up before each flight of stairs. A pair of drop earrings and a thin bracelet were the only jewellery.",
                "\u201CWe wanted something that moved when I walked and stayed still when I stopped,\u201D " + who
                        + " said of the look, adding that the fitting had taken place only two days earlier.",
                "Guests inside later described the piece as one of the quieter choices of the night, which suited a theme"
                        + " built around tailoring. Story number " + i + " of the evening's coverage ends here.");
    }

    /** A full news page for story i: canonical link, metadata, clutter; JSON-LD when asked. */
    public static String articlePage(String canonical, int i, boolean jsonLd) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs(i)) body.append("<p>").append(p).append("</p>\n");
        String ld = !jsonLd ? "" : """
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"%s","datePublished":"2025-05-05T23:10:00Z",
                 "author":{"@type":"Person","name":"Imogen Tally"},"publisher":{"@type":"Organization","name":"The Carpet Ledger"},
                 "mainEntityOfPage":"%s","articleBody":"%s"}
                </script>""".formatted(title(i), canonical, String.join("\\n\\n", paragraphs(i)).replace("\"", "\\\""));
        return """
                <!doctype html>
                <html lang="en"><head>
                <meta charset="utf-8">
                <title>%s | The Carpet Ledger</title>
                <link rel="canonical" href="%s">
                <meta property="og:title" content="%s">
                <meta property="og:site_name" content="The Carpet Ledger">
                <meta property="article:published_time" content="2025-05-05T23:10:00Z">
                <meta name="author" content="Imogen Tally">
                %s
                </head><body>
                <div class="cookie-banner" id="consent">We use cookies to remember your reading. <button>Accept all</button> <a href="/privacy">Settings</a></div>
                <header><nav><a href="/">Home</a> <a href="/fashion">Fashion</a> <a href="/events">Events</a> <a href="/shop">Shop</a></nav></header>
                <div class="ad-slot advertisement">Advertisement: Shop the Lantern Weekend Sale, forty percent off all handbags today only</div>
                <main><article>
                <h1>%s</h1>
                <div class="byline">By Imogen Tally</div>
                %s
                </article>
                <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Ten capes we still think about</a></li><li><a href="/b">Who wore it longer: a trains ranking</a></li></ul></aside>
                <div class="newsletter"><form>Get the Ledger Daily in your inbox <input type="email"><button>Sign me up</button></form></div>
                </main>
                <footer>Copyright The Carpet Ledger. <a href="/terms">Terms</a></footer>
                </body></html>
                """.formatted(title(i), canonical, title(i), ld, title(i), body);
    }

    /** A section front: a list of headlines and nothing to read. */
    public static String indexPage() {
        StringBuilder b = new StringBuilder("<html><head><title>Fashion | The Carpet Ledger</title><meta property=\"og:type\" content=\"website\"></head><body><nav><a href=\"/\">Home</a></nav><main><h1>Fashion</h1><ul>");
        for (int i = 0; i < 8; i++) b.append("<li><a href=\"/articles/").append(i).append("\">").append(title(i)).append("</a></li>");
        return b.append("</ul></main><footer>Copyright</footer></body></html>").toString();
    }

    /** RSS 2.0 listing the given links. */
    public static String rss(List<String> links) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>The Carpet Ledger: Fashion</title><link>https://ledger.example/</link><description>Red carpets</description>\n");
        for (int k = 0; k < links.size(); k++) {
            b.append("<item><title>Story ").append(k).append("</title><link>").append(links.get(k).replace("&", "&amp;"))
                    .append("</link><pubDate>Mon, 05 May 2025 23:10:00 GMT</pubDate></item>\n");
        }
        return b.append("</channel></rss>").toString();
    }

    /** Atom listing the given links. */
    public static String atom(List<String> links) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Carpet Notes</title><id>urn:test:notes</id><updated>2025-05-06T00:00:00Z</updated>\n");
        for (int k = 0; k < links.size(); k++) {
            b.append("<entry><title>Note ").append(k).append("</title><id>urn:test:note:").append(k).append("</id><updated>2025-05-06T00:00:00Z</updated><link rel=\"alternate\" href=\"")
                    .append(links.get(k)).append("\"/></entry>\n");
        }
        return b.append("</feed>").toString();
    }

    public static String sitemap(List<String> links) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String l : links) b.append("<url><loc>").append(l).append("</loc><lastmod>2025-05-06</lastmod></url>\n");
        return b.append("</urlset>").toString();
    }
}
