package dev.redcarpet.corpus.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The article links of an RSS or Atom feed, read with Rome, in feed order. */
final class FeedLinks {
    private FeedLinks() {
    }

    static List<Link> read(byte[] body, URI base) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\\R", 2)[0];
            if (why.length() > 160) why = why.substring(0, 160) + "…";
            throw FetchException.failed("not a readable RSS or Atom feed: " + why);
        }
        Set<URI> out = new LinkedHashSet<>();
        for (SyndEntry e : feed.getEntries()) {
            URI link = resolve(base, e.getLink());
            if (link == null) {
                for (SyndLink l : e.getLinks()) {
                    if (l.getRel() == null || l.getRel().equals("alternate")) {
                        link = resolve(base, l.getHref());
                        if (link != null) break;
                    }
                }
            }
            if (link == null) link = resolve(base, e.getUri());
            if (link != null) out.add(link);
        }
        List<Link> links = new ArrayList<>();
        for (URI u : out) links.add(new Link(u));
        return links;
    }

    /** True when a body looks like a feed rather than a page or a sitemap. */
    static boolean looksLikeFeed(byte[] body, String contentType) {
        String ct = contentType.toLowerCase(java.util.Locale.ROOT);
        if (ct.contains("rss") || ct.contains("atom")) return true;
        String head = Sniff.head(body);
        return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf");
    }

    static URI resolve(URI base, String href) {
        if (href == null || href.isBlank()) return null;
        try {
            URI u = base.resolve(href.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            return scheme.equals("http") || scheme.equals("https") ? u : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
