package dev.redcarpet.corpus.web;

import dev.redcarpet.config.Config;
import dev.redcarpet.corpus.CorpusReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The sources of redcarpet.yaml and ad-hoc URLs, fetched into data/sources/. One pass reads every
 * due source at once (each on its own virtual thread, so a slow or broken one holds up no other),
 * downloads the pages it lists that are new, and saves their articles. A source that fails is
 * tried again later and later (backoff), and reported in {@link #statuses()}.
 */
public final class WebSources implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebSources.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);
    private static final Duration POLL = Duration.ofSeconds(60);

    /** Progress of a pass: pages done out of pages to fetch. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }

    private final Config.Sources config;
    private final Path data;
    private final Clock clock;
    private final Supplier<Collection<String>> corpusUrls;
    private final CorpusReader reader;
    private final ReentrantLock passLock = new ReentrantLock();
    private volatile Parts parts;
    private volatile ScheduledExecutorService poller;

    /** The working parts, made on first use: reading data/sources/ and the state file waits until something is fetched. */
    private record Parts(WebClient client, FetchState state, ArticleStore store, Harvester harvester) {
    }

    /**
     * @param corpusUrls URLs of the articles already in the corpus (from the index), never fetched again
     */
    public WebSources(Config config, CorpusReader reader, Supplier<Collection<String>> corpusUrls, Clock clock) {
        this.config = config.sources();
        this.data = config.data();
        this.reader = reader;
        this.corpusUrls = corpusUrls;
        this.clock = clock;
    }

    private Parts parts() {
        Parts p = parts;
        if (p == null) {
            synchronized (this) {
                p = parts;
                if (p == null) {
                    WebClient client = new WebClient(config);
                    FetchState state = FetchState.open(config.state());
                    ArticleStore store = new ArticleStore(data, reader);
                    p = new Parts(client, state, store, new Harvester(client, state, store, config));
                    parts = p;
                }
            }
        }
        return p;
    }

    /** Every configured source with its last fetch, last error and next fetch. */
    public List<SourceStatus> statuses() {
        FetchState state = parts == null ? FetchState.open(config.state()) : parts.state();
        List<SourceStatus> out = new ArrayList<>();
        for (Config.Source s : config.list()) {
            FetchState.SourceRecord r = state.source(s.name());
            out.add(new SourceStatus(s.name(), s.url(), s.kind(), s.refreshMinutes(), r.lastFetch(), r.lastSuccess(),
                    r.lastError(), r.failures(), r.nextFetch(), r.saved()));
        }
        return out;
    }

    /**
     * One pass. {@code all}: every source now (index --fetch); else only the sources whose refresh
     * interval (or backoff) has run out.
     */
    public FetchReport fetch(boolean all, Progress progress) {
        passLock.lock();
        try {
            // processes sharing data/ and the state folder (shards) take turns: one pass at a time
            Files.createDirectories(config.state());
            try (FileChannel ch = FileChannel.open(config.state().resolve(".fetch.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = ch.tryLock()) {
                if (lock == null) {
                    LOG.info("another process is fetching the sources; skipping this pass");
                    return new FetchReport(List.of(), 0);
                }
                parts().state().reload();
                return pass(all, progress == null ? Progress.NONE : progress);
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            LOG.info("another engine in this process is fetching the sources; skipping this pass");
            return new FetchReport(List.of(), 0);
        } catch (IOException e) {
            LOG.warn("cannot use the fetch state folder {}: {}", config.state(), e.getMessage());
            return new FetchReport(List.of(), 0);
        } finally {
            passLock.unlock();
        }
    }

    private FetchReport pass(boolean all, Progress progress) {
        Instant now = clock.instant();
        Parts p = parts();
        List<Config.Source> due = new ArrayList<>();
        for (Config.Source s : config.list()) {
            Instant next = p.state().source(s.name()).nextFetch();
            if (all || next == null || !next.isAfter(now)) due.add(s);
        }
        if (due.isEmpty()) return new FetchReport(List.of(), 0);
        p.store().knowUrls(corpusUrls.get());
        long requestsBefore = p.client().requests();
        List<SourceResult> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Object>> listings = new ArrayList<>();
            for (Config.Source s : due) listings.add(pool.submit(() -> listOrError(p.harvester(), s)));
            List<Object> listed = new ArrayList<>();
            int total = 0;
            for (int i = 0; i < due.size(); i++) {
                Object l = join(listings.get(i));
                if (l instanceof Harvester.Listing listing) {
                    List<Link> fresh = listing.links().stream().filter(k -> !p.harvester().known(k)).limit(config.maxArticlesPerPass()).toList();
                    l = new Harvester.Listing(fresh, listing.notModified(), listing.listingUrl(), listing.validators());
                    total += fresh.size();
                    listed.add(new Object[]{l, listing.links().size()});
                } else {
                    listed.add(l);
                }
            }
            AtomicInteger done = new AtomicInteger();
            int totalPages = total;
            progress.update(0, totalPages);
            List<Future<SourceResult>> runs = new ArrayList<>();
            for (int i = 0; i < due.size(); i++) {
                Config.Source s = due.get(i);
                Object l = listed.get(i);
                runs.add(pool.submit(() -> {
                    if (l instanceof FetchException e) return new SourceResult(s.name(), e.getMessage(), false, 0, List.of(), 0, List.of());
                    Object[] pair = (Object[]) l;
                    return harvest(p, s, (Harvester.Listing) pair[0], (Integer) pair[1], () -> progress.update(done.incrementAndGet(), totalPages));
                }));
            }
            for (int i = 0; i < due.size(); i++) {
                SourceResult r = join(runs.get(i));
                record(p.state(), due.get(i), r, listed.get(i), now);
                results.add(r);
            }
        }
        p.state().save();
        FetchReport report = new FetchReport(results, p.client().requests() - requestsBefore);
        LOG.info("fetch pass: {}", report.summary());
        for (SourceResult r : results) if (!r.ok()) LOG.warn("source {}", r.summary());
        return report;
    }

    private static Object listOrError(Harvester harvester, Config.Source s) {
        try {
            return harvester.list(s);
        } catch (FetchException e) {
            return e;
        } catch (RuntimeException e) {
            return FetchException.failed("cannot read " + s.url() + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static SourceResult harvest(Parts p, Config.Source s, Harvester.Listing listing, int listedCount, Runnable tick) {
        List<String> saved = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int known = listedCount - listing.links().size();
        for (Link link : listing.links()) {
            Harvester.Outcome o = p.harvester().take(s.name(), link);
            switch (o.kind()) {
                case SAVED -> saved.add(o.detail());
                case KNOWN -> known++;
                case REFUSED -> refused.add(o.detail());
                case FAILED -> failed.add(o.detail());
            }
            tick.run();
        }
        String error = null;
        if (!failed.isEmpty() && saved.isEmpty() && known == 0 && refused.isEmpty()) {
            error = failed.size() + " page" + (failed.size() == 1 ? "" : "s") + " could not be fetched: " + failed.get(0);
        } else if (listing.listingUrl() != null && failed.isEmpty()) {
            // only once every listed page is handled: a 304 next time must not hide a page still to fetch
            p.state().validators(listing.listingUrl(), listing.validators());
        }
        List<String> notSaved = new ArrayList<>(refused);
        failed.forEach(f -> notSaved.add(f + " (will retry)"));
        return new SourceResult(s.name(), error, listing.notModified(), listedCount, saved, known, notSaved);
    }

    private void record(FetchState state, Config.Source s, SourceResult r, Object listing, Instant now) {
        FetchState.SourceRecord old = state.source(s.name());
        if (r.ok()) {
            state.source(s.name(), new FetchState.SourceRecord(now, now, null, 0,
                    now.plus(Duration.ofMinutes(s.refreshMinutes())), old.saved() + r.saved().size()));
            return;
        }
        int failures = old.failures() + 1;
        Duration wait = Duration.ofMinutes(1L << Math.min(20, failures - 1));
        if (wait.compareTo(MAX_BACKOFF) > 0) wait = MAX_BACKOFF;
        if (listing instanceof FetchException e && e.retryAfter() != null && e.retryAfter().compareTo(wait) > 0) {
            wait = e.retryAfter().compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : e.retryAfter();
        }
        state.source(s.name(), new FetchState.SourceRecord(now, old.lastSuccess(), r.error(), failures, now.plus(wait),
                old.saved() + r.saved().size()));
    }

    private static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Fetches one URL given by an admin: an article page is saved; a feed or sitemap has its new
     * pages saved (up to sources.maxArticlesPerPass). Saved under data/sources/HOST/. Never throws.
     */
    public UrlIngestReport ingest(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            return UrlIngestReport.refusedWith("Not a valid address: " + shorten(url) + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return UrlIngestReport.refusedWith("Only http and https addresses can be added (got " + shorten(url) + ").");
        }
        Parts p = parts();
        p.store().knowUrls(corpusUrls.get());
        String folder = folderFor(uri);
        String canonical = UrlForm.canonical(uri);
        if (p.store().knowsUrl(canonical)) return UrlIngestReport.refusedWith("Already in the corpus: " + canonical + ".");
        Page page;
        try {
            page = p.client().get(uri, Validators.NONE);
        } catch (FetchException e) {
            p.state().save();
            return UrlIngestReport.refusedWith("Nothing was added: " + e.getMessage() + ".");
        }
        List<String> saved = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        String what;
        try {
            List<Link> links;
            if (FeedLinks.looksLikeFeed(page.body(), page.contentType())) {
                links = FeedLinks.read(page.body(), page.finalUri());
                what = "feed";
            } else if (SitemapLinks.looksLikeSitemap(page.body())) {
                links = SitemapLinks.read(page.body(), page.contentType(), page.finalUri()).pages();
                what = "sitemap";
            } else {
                links = null;
                what = "page";
                Harvester.Outcome o = p.harvester().save(folder, page, canonical);
                collect(o, saved, refused);
            }
            if (links != null) {
                int known = 0;
                for (Link link : links.stream().limit(config.maxArticlesPerPass()).toList()) {
                    Harvester.Outcome o = p.harvester().take(folder, link);
                    if (o.kind() == Harvester.Kind.KNOWN) known++;
                    collect(o, saved, refused);
                }
                what += " (" + links.size() + " links, " + known + " already known)";
            }
        } catch (FetchException e) {
            p.state().save();
            return UrlIngestReport.refusedWith("Nothing was added: " + e.getMessage() + ".");
        }
        p.state().save();
        String message;
        if (saved.isEmpty()) {
            message = "Nothing new from this " + what + (refused.isEmpty() ? "." : ": " + refused.get(0) + ".");
        } else {
            message = "Saved " + saved.size() + " article" + (saved.size() == 1 ? "" : "s") + " from this " + what + " under data/"
                    + ArticleStore.FOLDER + "/" + folder + "/" + (refused.isEmpty() ? "" : "; " + refused.size() + " page(s) not saved") + ".";
        }
        return new UrlIngestReport(!saved.isEmpty(), message, saved, refused);
    }

    private static void collect(Harvester.Outcome o, List<String> saved, List<String> refused) {
        switch (o.kind()) {
            case SAVED -> saved.add(o.detail());
            case KNOWN -> { }
            case REFUSED, FAILED -> refused.add(o.detail());
        }
    }

    /** "example-com" for https://www.example.com/…: the folder for URLs given by hand. */
    static String folderFor(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        String name = host.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return name.isEmpty() ? "web" : name.length() > 60 ? name.substring(0, 60) : name;
    }

    private static String shorten(String s) {
        if (s == null) return "nothing";
        String t = s.strip();
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }

    /** Fetches due sources every minute in the background; {@code onSaved} runs after a pass that saved articles. */
    public synchronized void startPolling(Runnable onSaved) {
        if (poller != null || config.list().isEmpty()) return;
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "redcarpet-sources");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(() -> {
            try {
                if (fetch(false, Progress.NONE).saved() > 0) onSaved.run();
            } catch (RuntimeException e) {
                LOG.warn("fetch pass failed: {}", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        }, 5, POLL.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }
}
