package dev.redcarpet.corpus.web;

import dev.redcarpet.config.Config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a source lists, and turns one listed page into a saved article (or a reason why not). */
final class Harvester {
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([A-Za-z0-9._:-]+)");
    private static final int MAX_CHILD_SITEMAPS = 10;

    enum Kind { SAVED, KNOWN, REFUSED, FAILED }

    /** One page's outcome; detail is the saved path, or the reason. */
    record Outcome(Kind kind, String detail) {
    }

    /**
     * @param links       pages listed, in the source's order
     * @param notModified the listing answered 304
     * @param validators  to remember for the listing once its pages are handled
     */
    record Listing(List<Link> links, boolean notModified, String listingUrl, Validators validators) {
    }

    private final WebClient client;
    private final FetchState state;
    private final ArticleStore store;
    private final PageExtractor extractor;

    Harvester(WebClient client, FetchState state, ArticleStore store, Config.Sources config) {
        this.client = client;
        this.state = state;
        this.store = store;
        this.extractor = new PageExtractor(config.minArticleWords());
    }

    /** The pages a source lists; throws FetchException when the source cannot be read. */
    Listing list(Config.Source source) {
        URI uri = URI.create(source.url());
        if (source.kind().equals("article")) return new Listing(List.of(new Link(uri)), false, null, null);
        Page page = client.get(uri, state.validators(source.url()));
        if (page.notModified()) return new Listing(List.of(), true, source.url(), page.validators());
        List<Link> links = source.kind().equals("sitemap") ? sitemap(page) : FeedLinks.read(page.body(), page.finalUri());
        return new Listing(links, false, source.url(), page.validators());
    }

    private List<Link> sitemap(Page page) {
        SitemapLinks.Read read = SitemapLinks.read(page.body(), page.contentType(), page.finalUri());
        List<Link> links = new ArrayList<>(read.pages());
        for (URI child : read.children().stream().limit(MAX_CHILD_SITEMAPS).toList()) {
            Page c = client.get(child, Validators.NONE);
            links.addAll(SitemapLinks.read(c.body(), c.contentType(), c.finalUri()).pages());
        }
        return links;
    }

    /** True when the page was handled before or its URL is in the corpus: it is not downloaded again. */
    boolean known(Link link) {
        String canonical = UrlForm.canonical(link.url());
        return state.handled(canonical) || store.knowsUrl(canonical);
    }

    /** Downloads one page and saves its article into data/sources/SOURCE/. Never throws. */
    Outcome take(String source, Link link) {
        String canonical = UrlForm.canonical(link.url());
        if (known(link)) return new Outcome(Kind.KNOWN, canonical);
        Page page;
        try {
            page = client.get(link.url(), state.validators(canonical));
        } catch (FetchException e) {
            if (e.refused()) state.markHandled(canonical);
            return new Outcome(e.refused() ? Kind.REFUSED : Kind.FAILED, e.getMessage());
        }
        if (page.notModified()) return new Outcome(Kind.KNOWN, canonical);
        return save(source, page, canonical);
    }

    /** Saves the article of a page already downloaded. Never throws. */
    Outcome save(String source, Page page, String canonical) {
        String type = page.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html")) {
            state.markHandled(canonical);
            return new Outcome(Kind.REFUSED, canonical + " is not a web page (" + type.split(";")[0].strip() + ")");
        }
        ExtractedArticle article;
        try {
            article = extractor.extract(page.body(), charset(type), page.finalUri());
        } catch (PageExtractor.NotAnArticle e) {
            state.markHandled(canonical);
            return new Outcome(Kind.REFUSED, canonical + ": " + e.getMessage());
        } catch (RuntimeException e) {
            state.markHandled(canonical);
            return new Outcome(Kind.REFUSED, canonical + ": the page could not be read (" + e.getClass().getSimpleName() + ")");
        }
        ArticleStore.Stored stored = store.save(source, article);
        state.validators(canonical, page.validators());
        if (stored.refused() != null) {
            if (stored.writeFailed()) return new Outcome(Kind.FAILED, canonical + ": " + stored.refused());
            state.markHandled(canonical); // the reader will refuse it next time too
            return new Outcome(Kind.REFUSED, canonical + ": " + stored.refused());
        }
        state.markHandled(canonical);
        state.markHandled(article.url());
        if (!stored.saved()) return new Outcome(Kind.KNOWN, canonical + " (same as " + stored.duplicateOf() + ")");
        return new Outcome(Kind.SAVED, stored.savedAs());
    }

    private static String charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) return null;
        try {
            return java.nio.charset.Charset.isSupported(m.group(1)) ? m.group(1) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
