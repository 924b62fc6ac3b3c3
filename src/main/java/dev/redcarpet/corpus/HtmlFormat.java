package dev.redcarpet.corpus;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saved web pages. Metadata comes from Open Graph and article meta tags (falling back to
 * &lt;title&gt;, &lt;time datetime&gt; and the canonical link). The body is the largest
 * &lt;article&gt; (else &lt;main&gt;, else &lt;body&gt;) without navigation, headers, footers,
 * asides, scripts, figures and their credits, forms, and elements whose class or id names an ad,
 * promo, newsletter, related links, sharing or social widgets. Block elements (p, h2–h6, li,
 * blockquote, div …) each become a paragraph; the h1 is the headline and not part of the body.
 */
final class HtmlFormat {
    private static final String ALWAYS_DROPPED = "script, style, noscript, template, iframe, object, embed, svg, canvas";
    private static final String DROPPED_TAGS = "nav, header, footer, aside, form, button, input, select, textarea, label, figure, figcaption, picture, img, video, "
            + "audio, map, dialog, menu, h1, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=dialog]";

    /** Words in a class name or id that mark page furniture (matched as whole words of the name). */
    private static final Set<String> NOISE_WORDS = Set.of(
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "adsense", "dfp",
            "sponsor", "sponsored", "promo", "promos", "promotion", "promoted", "newsletter", "newsletters", "signup",
            "subscribe", "subscription", "paywall", "related", "recirc", "recirculation", "share", "shares", "sharing",
            "sharebar", "social", "socials", "cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs",
            "byline", "comments", "comment", "popular", "trending", "recommended", "outbrain", "taboola", "caption",
            "credit", "credits", "banner", "meta", "timestamp", "tags", "toolbar", "sidebar", "nav", "navigation", "menu",
            "footer", "header", "masthead");

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "section", "article", "main", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
            "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "caption", "hr", "address", "center",
            "details", "summary", "body", "html");

    private static final Pattern TITLE_SUFFIX = Pattern.compile("^(.{10,}?)\\s+[|–—-]\\s+([^|–—]{2,60})$");
    private static final Pattern NAME_SPLIT = Pattern.compile("[\\s_\\-]+|(?<=[a-z])(?=[A-Z])");

    private HtmlFormat() {
    }

    static Draft parse(String html) {
        Document doc = Jsoup.parse(html);
        String siteName = meta(doc, "meta[property=og:site_name]", "meta[name=application-name]");
        String rawTitle = doc.title().isBlank() ? null : TextCleaner.collapse(doc.title());
        String title = meta(doc, "meta[property=og:title]", "meta[name=twitter:title]");
        String suffixSite = null;
        if (title == null && rawTitle != null) {
            Matcher m = TITLE_SUFFIX.matcher(rawTitle);
            if (m.matches() && looksLikeSiteName(m.group(2), rawTitle.contains(" | "), siteName)) {
                title = m.group(1).strip();
                suffixSite = m.group(2).strip();
            } else {
                title = rawTitle;
            }
        } else if (rawTitle != null) {
            Matcher m = TITLE_SUFFIX.matcher(rawTitle);
            if (m.matches() && looksLikeSiteName(m.group(2), rawTitle.contains(" | "), siteName)) suffixSite = m.group(2).strip();
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (title == null && h1 != null && !h1.text().isBlank()) title = TextCleaner.collapse(h1.text());
        String url = meta(doc, "meta[property=og:url]", null);
        if (url == null) {
            Element canonical = doc.selectFirst("link[rel=canonical][href]");
            if (canonical != null) url = TxtFormat.blankToNull(canonical.attr("href"));
        }
        String dateText = meta(doc, "meta[property=article:published_time]", "meta[name=article:published_time]");
        if (dateText == null) dateText = meta(doc, "meta[itemprop=datePublished]", "meta[name=date]");
        if (dateText == null) dateText = meta(doc, "meta[name=pubdate]", "meta[name=publish-date]");
        if (dateText == null) {
            Element time = doc.selectFirst("article time[datetime], time[datetime]");
            if (time != null) dateText = time.attr("datetime");
        }
        Element root = contentRoot(doc);
        String body = root == null ? "" : bodyText(root);
        return new Draft(null, title, url, siteName != null ? siteName : suffixSite, Dates.parse(dateText), body, false);
    }

    private static boolean looksLikeSiteName(String suffix, boolean pipe, String siteName) {
        String s = suffix.strip();
        if (siteName != null && s.equalsIgnoreCase(siteName.strip())) return true;
        if (pipe) return true;
        String[] words = s.split("\\s+");
        if (words.length > 4) return false;
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) return false;
        }
        return true;
    }

    private static String meta(Document doc, String query, String fallbackQuery) {
        for (String q : fallbackQuery == null ? List.of(query) : List.of(query, fallbackQuery)) {
            Element e = doc.selectFirst(q);
            if (e != null) {
                String v = TxtFormat.blankToNull(TextCleaner.collapse(e.attr("content")));
                if (v != null) return v;
            }
        }
        return null;
    }

    /** The largest article element, else main, else body. */
    private static Element contentRoot(Document doc) {
        Elements articles = doc.select("article");
        Element best = null;
        int bestLength = 0;
        for (Element a : articles) {
            int length = a.select("p").text().length();
            if (best == null || length > bestLength) {
                best = a;
                bestLength = length;
            }
        }
        if (best != null && bestLength > 0) return best;
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null) return main;
        return best != null ? best : doc.body();
    }

    private static String bodyText(Element root) {
        Element copy = root.clone();
        copy.select(ALWAYS_DROPPED).remove();
        int total = copy.text().length();
        List<Element> noisy = new ArrayList<>(copy.select(DROPPED_TAGS));
        for (Element e : copy.getAllElements()) {
            if (e != copy && isNoisy(e)) noisy.add(e);
        }
        for (Element e : noisy) {
            if (e.parent() != null && !holdsTheArticle(e, total)) e.remove();
        }
        StringBuilder out = new StringBuilder();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.text());
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) current.append('\n');
                    else if (BLOCKS.contains(tag)) flush(out, current);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(out, current);
            }
        }, copy);
        flush(out, current);
        return out.toString();
    }

    /** Line breaks from &lt;br&gt; stay (two of them part paragraphs); each block ends a paragraph. */
    private static void flush(StringBuilder out, StringBuilder current) {
        String s = current.toString();
        current.setLength(0);
        if (s.isBlank()) return;
        out.append(s.strip()).append("\n\n");
    }

    /**
     * A wrapper whose class merely mentions a noise word ("content has-header-image") must not
     * take the article with it: an element holding most of the text is kept.
     */
    private static boolean holdsTheArticle(Element e, int total) {
        int length = e.text().length();
        return length > 200 && length * 10 > total * 4;
    }

    private static boolean isNoisy(Element e) {
        String names = e.className() + " " + e.id();
        if (names.isBlank()) return false;
        for (String part : NAME_SPLIT.split(names.strip())) {
            if (NOISE_WORDS.contains(part.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
