package dev.redcarpet.corpus.web;

import com.fasterxml.jackson.databind.JsonNode;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article out of a web page: the JSON-LD NewsArticle when the page has one with a body,
 * else the main content found by Readability4J (navigation, ads, cookie banners and related links
 * left out). Metadata: title, author, publication, date and canonical URL. A page with too little
 * body text is not an article.
 */
final class PageExtractor {
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre");

    /** Words of a class name or id that mark page furniture rather than the story. */
    private static final Set<String> FURNITURE = Set.of("ad", "ads", "advert", "advertisement", "adslot", "sponsored",
            "promo", "cookie", "cookies", "consent", "gdpr", "newsletter", "subscribe", "paywall", "related", "share", "social");

    private final int minWords;

    PageExtractor(int minWords) {
        this.minWords = minWords;
    }

    /** Thrown when a page holds no article: one line saying why. */
    static final class NotAnArticle extends RuntimeException {
        NotAnArticle(String reason) {
            super(reason, null, false, false);
        }
    }

    /** @param charset from the Content-Type header, or null to detect it from the page */
    ExtractedArticle extract(byte[] body, String charset, URI pageUrl) {
        Document doc;
        try {
            doc = Jsoup.parse(new java.io.ByteArrayInputStream(body), charset, pageUrl.toString());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new NotAnArticle("not a readable page (" + e.getClass().getSimpleName() + ")");
        }
        Document forReadability = doc.clone();
        dropFurniture(forReadability);
        JsonNode ld = JsonLd.article(doc);
        String canonical = canonical(doc, ld, pageUrl);
        String site = first(JsonLd.name(ld, "publisher"),
                meta(doc, "meta[property=og:site_name]"));
        LocalDate date = date(first(JsonLd.text(ld, "datePublished"), meta(doc, "meta[property=article:published_time]"),
                meta(doc, "meta[name=date]"), meta(doc, "meta[itemprop=datePublished]"), timeAttr(doc)));
        String ldBody = JsonLd.text(ld, "articleBody");
        String text;
        String method;
        String byline = null;
        String readTitle = null;
        int linkWords = 0;
        if (ldBody != null && words(ldBody) >= minWords) {
            text = paragraphs(ldBody);
            method = "json-ld";
        } else {
            Article read = new Readability4J(pageUrl.toString(), forReadability).parse();
            Element content = read.getArticleContent();
            text = content == null ? "" : blocks(content);
            linkWords = content == null ? 0 : words(content.select("a").text());
            byline = read.getByline();
            readTitle = read.getTitle();
            method = "readability";
        }
        int words = words(text) - linkWords; // a list of headlines is links, not prose
        if (words < minWords) {
            throw new NotAnArticle("not an article: " + Math.max(0, words) + " words of body text outside links (at least " + minWords + " needed)");
        }
        String title = first(JsonLd.text(ld, "headline"), meta(doc, "meta[property=og:title]"), readTitle,
                doc.title().isBlank() ? null : doc.title());
        String author = first(JsonLd.name(ld, "author"), meta(doc, "meta[name=author]"), clean(byline));
        return new ExtractedArticle(canonical, clean(title), clean(author), clean(site), date, text, method);
    }

    /**
     * Readability keeps blocks next to the story that merely look like text; elements whose class or
     * id says they are ads, consent banners, newsletter boxes or promotions are removed first.
     */
    private static void dropFurniture(Document doc) {
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().select("[class], [id]")) {
            String names = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
            for (String word : names.split("[^a-z0-9]+")) {
                if (FURNITURE.contains(word)) {
                    e.remove();
                    break;
                }
            }
        }
    }

    private static String canonical(Document doc, JsonNode ld, URI pageUrl) {
        for (String candidate : new String[]{abs(doc, "link[rel=canonical]", "href"), abs(doc, "meta[property=og:url]", "content"), JsonLd.url(ld)}) {
            URI u = FeedLinks.resolve(pageUrl, candidate);
            if (u != null) return UrlForm.canonical(u);
        }
        return UrlForm.canonical(pageUrl);
    }

    private static String abs(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        if (e == null) return null;
        String v = e.absUrl(attr);
        return v.isBlank() ? e.attr(attr) : v;
    }

    /** Block elements of the content, each one paragraph; nested blocks are read once, by their outermost block. */
    private static String blocks(Element content) {
        List<String> paras = new ArrayList<>();
        for (Element e : content.select(String.join(",", BLOCKS))) {
            boolean nested = false;
            for (Element p = e.parent(); p != null && p != content.parent(); p = p.parent()) {
                if (BLOCKS.contains(p.normalName())) {
                    nested = true;
                    break;
                }
            }
            if (nested) continue;
            String t = e.text().strip();
            if (!t.isEmpty()) paras.add(t);
        }
        if (paras.isEmpty()) {
            String t = content.text().strip();
            if (!t.isEmpty()) paras.add(t);
        }
        return String.join("\n\n", paras);
    }

    private static String paragraphs(String body) {
        List<String> paras = new ArrayList<>();
        for (String p : body.split("\\n\\s*\\n|\\r?\\n")) {
            String t = p.strip().replaceAll("[ \\t]+", " ");
            if (!t.isEmpty()) paras.add(t);
        }
        return String.join("\n\n", paras);
    }

    static int words(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String meta(Document doc, String css) {
        Element e = doc.selectFirst(css);
        if (e == null) return null;
        String v = e.attr("content").strip();
        return v.isEmpty() ? null : v;
    }

    private static String timeAttr(Document doc) {
        Element t = doc.selectFirst("article time[datetime], time[datetime]");
        return t == null ? null : t.attr("datetime");
    }

    static LocalDate date(String text) {
        if (text == null) return null;
        Matcher m = ISO_DATE.matcher(text);
        if (!m.find()) return null;
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = s.replaceAll("\\s+", " ").strip();
        if (t.toLowerCase(java.util.Locale.ROOT).startsWith("by ")) t = t.substring(3).strip();
        return t.isEmpty() ? null : t;
    }
}
