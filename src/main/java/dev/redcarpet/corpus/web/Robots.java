package dev.redcarpet.corpus.web;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * robots.txt of each host, read with crawler-commons and kept for a day. A missing robots.txt
 * (4xx) allows everything; a server error or no answer defers the host until it can be read.
 */
final class Robots {
    static final String AGENT = "redcarpetbot";
    private static final Duration KEEP = Duration.ofHours(24);

    private record Entry(BaseRobotRules rules, long fetchedNanos) {
    }

    private final ConcurrentMap<String, Entry> cache = new ConcurrentHashMap<>();
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();

    /**
     * @param fetch reads robots.txt for a host origin ("https://host:port"); returns the body,
     *              or throws FetchException
     */
    boolean allowed(URI uri, Function<URI, Page> fetch, HostPacer pacer) {
        String origin = WebClient.origin(uri);
        Entry e = cache.get(origin);
        if (e == null || System.nanoTime() - e.fetchedNanos > KEEP.toNanos()) {
            e = new Entry(read(URI.create(origin + "/robots.txt"), fetch), System.nanoTime());
            cache.put(origin, e);
            long delay = e.rules.getCrawlDelay();
            if (delay > 0) pacer.crawlDelay(origin, delay);
        }
        if (e.rules.isDeferVisits()) {
            cache.remove(origin); // ask again next time
            throw FetchException.failed("robots.txt of " + origin + " could not be read; the host is left alone until it can");
        }
        return e.rules.isAllowed(uri.toString());
    }

    private BaseRobotRules read(URI robotsUrl, Function<URI, Page> fetch) {
        try {
            Page p = fetch.apply(robotsUrl);
            return parser.parseContent(robotsUrl.toString(), p.body(), p.contentType().isEmpty() ? "text/plain" : p.contentType(), List.of(AGENT));
        } catch (FetchException ex) {
            if (ex.refused()) throw ex;
            return parser.failedFetch(ex.status() == 0 ? 503 : ex.status());
        }
    }
}
