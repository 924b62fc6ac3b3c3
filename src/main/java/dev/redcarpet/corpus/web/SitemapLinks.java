package dev.redcarpet.corpus.web;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * A sitemap read with crawler-commons (never letting it fetch anything itself): the page links of a
 * sitemap, newest first, or the child sitemaps of a sitemap index.
 */
final class SitemapLinks {
    /** @param children child sitemaps when this is an index, else empty */
    record Read(List<Link> pages, List<URI> children) {
    }

    private SitemapLinks() {
    }

    static Read read(byte[] body, String contentType, URI url) {
        AbstractSiteMap map;
        try {
            map = new SiteMapParser(false).parseSiteMap(contentType.isEmpty() ? "text/xml" : contentType, body, url.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\\R", 2)[0];
            if (why.length() > 160) why = why.substring(0, 160) + "…";
            throw FetchException.failed("not a readable sitemap: " + why);
        }
        if (map instanceof SiteMapIndex index) {
            List<URI> children = new ArrayList<>();
            for (AbstractSiteMap child : index.getSitemaps()) {
                URI u = uri(child.getUrl());
                if (u != null) children.add(u);
            }
            return new Read(List.of(), children);
        }
        List<SiteMapURL> urls = new ArrayList<>(((SiteMap) map).getSiteMapUrls());
        urls.sort(Comparator.comparing((SiteMapURL s) -> s.getLastModified() == null ? new Date(0) : s.getLastModified()).reversed());
        List<Link> pages = new ArrayList<>();
        for (SiteMapURL s : urls) {
            URI u = uri(s.getUrl());
            if (u != null) pages.add(new Link(u));
        }
        return new Read(pages, List.of());
    }

    static boolean looksLikeSitemap(byte[] body) {
        String head = Sniff.head(body);
        return head.contains("<urlset") || head.contains("<sitemapindex");
    }

    private static URI uri(java.net.URL url) {
        try {
            return url == null ? null : url.toURI();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static java.net.URL url(URI uri) throws MalformedURLException {
        return uri.toURL();
    }
}
