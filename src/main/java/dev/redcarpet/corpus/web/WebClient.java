package dev.redcarpet.corpus.web;

import dev.redcarpet.config.Config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Every request the fetcher makes goes through here: only http/https; the host's addresses checked
 * before each hop (redirects included); robots.txt obeyed; one request at a time per host with a
 * pause; conditional GET; a deadline for the whole response; a size limit; redirects capped and
 * loops detected. Redirects are followed by hand so each hop is checked.
 */
final class WebClient {
    private final Config.Sources config;
    private final HttpClient http;
    private final AddressGuard guard;
    private final HostPacer pacer;
    private final Robots robots = new Robots();
    private final AtomicLong requests = new AtomicLong();

    WebClient(Config.Sources config) {
        this.config = config;
        this.guard = new AddressGuard(config.allowPrivateAddresses());
        this.pacer = new HostPacer(config.hostDelayMillis());
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(config.timeoutSeconds()))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Requests sent so far (robots.txt included). */
    long requests() {
        return requests.get();
    }

    /** GETs a URL as allowed by its robots.txt, sending the validators of an earlier response. */
    Page get(URI uri, Validators validators) {
        return fetch(uri, validators == null ? Validators.NONE : validators, true);
    }

    private Page fetch(URI start, Validators validators, boolean obeyRobots) {
        URI uri = start.normalize();
        Set<URI> seen = new HashSet<>();
        seen.add(uri);
        for (int hop = 0; ; hop++) {
            guard.check(uri);
            if (obeyRobots && !robots.allowed(uri, r -> fetch(r, Validators.NONE, false), pacer)) {
                throw FetchException.refused("robots.txt of " + origin(uri) + " does not allow " + uri.getRawPath());
            }
            URI current = uri;
            Validators v = hop == 0 ? validators : Validators.NONE;
            Response r = call(current, v);
            if (r.location == null) {
                return new Page(start, current, r.status, r.body, r.contentType, r.validators);
            }
            if (hop >= config.maxRedirects()) {
                throw FetchException.failed("more than " + config.maxRedirects() + " redirects from " + start);
            }
            URI next;
            try {
                next = current.resolve(r.location.strip()).normalize();
            } catch (IllegalArgumentException e) {
                throw FetchException.failed("bad redirect address from " + current);
            }
            if (!seen.add(next)) throw FetchException.failed("redirect loop at " + next);
            uri = next;
        }
    }

    private record Response(int status, byte[] body, String contentType, Validators validators, String location) {
    }

    private Response call(URI uri, Validators v) {
        try {
            return pacer.call(origin(uri), () -> once(uri, v));
        } catch (FetchException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FetchException.failed("interrupted");
        } catch (HttpTimeoutException e) {
            throw FetchException.failed("no answer from " + origin(uri) + " within " + config.timeoutSeconds() + " s");
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw FetchException.failed("cannot fetch " + uri + " (" + why.split("\\R", 2)[0] + ")");
        } catch (IllegalArgumentException e) {
            throw FetchException.refused("not a valid address: " + uri);
        } catch (Exception e) {
            throw FetchException.failed("cannot fetch " + uri + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Response once(URI uri, Validators v) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(config.timeoutSeconds());
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).GET()
                .timeout(Duration.ofSeconds(config.timeoutSeconds()))
                .header("User-Agent", config.userAgent())
                .header("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
        if (v.etag() != null) req.header("If-None-Match", v.etag());
        if (v.lastModified() != null) req.header("If-Modified-Since", v.lastModified());
        requests.incrementAndGet();
        HttpResponse<InputStream> res = http.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
        int status = res.statusCode();
        String contentType = res.headers().firstValue("Content-Type").orElse("");
        Validators got = new Validators(res.headers().firstValue("ETag").orElse(null), res.headers().firstValue("Last-Modified").orElse(null));
        if (status == 304) {
            res.body().close();
            return new Response(304, new byte[0], contentType, v.isEmpty() ? got : merge(v, got), null);
        }
        if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
            res.body().close();
            String location = res.headers().firstValue("Location").orElse(null);
            if (location == null) throw FetchException.failed("redirect without a Location from " + uri);
            return new Response(status, null, contentType, got, location);
        }
        if (status != 200) {
            res.body().close();
            throw FetchException.http(status, uri.toString(), retryAfter(res));
        }
        long declared = res.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > config.maxPageBytes()) {
            res.body().close();
            throw FetchException.refused(uri + " is " + declared + " bytes, over the limit of " + config.maxPageBytes());
        }
        byte[] body = readBounded(res.body(), uri, deadline);
        return new Response(200, body, contentType, got, null);
    }

    private static Validators merge(Validators sent, Validators got) {
        return new Validators(got.etag() != null ? got.etag() : sent.etag(),
                got.lastModified() != null ? got.lastModified() : sent.lastModified());
    }

    /** Reads the body on a virtual thread, giving up (and closing the connection) at the deadline or the size limit. */
    private byte[] readBounded(InputStream in, URI uri, long deadline) throws IOException, InterruptedException {
        long max = config.maxPageBytes();
        CompletableFuture<byte[]> read = new CompletableFuture<>();
        Thread.ofVirtual().name("redcarpet-fetch-body").start(() -> {
            try (in) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[16_384];
                int n;
                while ((n = in.read(buf)) != -1) {
                    out.write(buf, 0, n);
                    if (out.size() > max) {
                        read.completeExceptionally(FetchException.refused(uri + " is larger than the limit of " + max + " bytes"));
                        return;
                    }
                }
                read.complete(out.toByteArray());
            } catch (IOException | RuntimeException e) {
                read.completeExceptionally(e);
            }
        });
        try {
            return read.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            in.close();
            throw FetchException.failed(uri + " did not arrive within " + config.timeoutSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FetchException fe) throw fe;
            if (e.getCause() instanceof IOException io) throw io;
            throw FetchException.failed("cannot read " + uri + " (" + e.getCause().getClass().getSimpleName() + ")");
        }
    }

    private static Duration retryAfter(HttpResponse<?> res) {
        String value = res.headers().firstValue("Retry-After").orElse(null);
        if (value == null) return null;
        value = value.strip();
        try {
            if (value.matches("\\d{1,7}")) return Duration.ofSeconds(Long.parseLong(value));
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "https://host:port" of a URL, the unit of robots.txt and of politeness. */
    static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (port == -1 ? "" : ":" + port);
    }
}
