package dev.redcarpet.corpus.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A web site on 127.0.0.1 for the tests: fixed responses by path, ETag/Last-Modified answered with
 * 304, and a log of every request.
 */
public final class TestSite implements AutoCloseable {
    /** What one path answers. */
    public interface Handler {
        void handle(HttpExchange ex) throws IOException;
    }

    /** One request as the server saw it. */
    record Hit(String path, String ifNoneMatch, String userAgent) {
    }

    private final HttpServer server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger mostInFlight = new java.util.concurrent.atomic.AtomicInteger();

    public TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getRawPath();
            hits.add(new Hit(path + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery()),
                    ex.getRequestHeaders().getFirst("If-None-Match"), ex.getRequestHeaders().getFirst("User-Agent")));
            Handler h = routes.get(path);
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            ANSWERING.set(this);
            try {
                if (h == null) send(ex, 404, "text/plain", "no such page");
                else h.handle(ex);
            } catch (IOException e) {
                // the client went away (timeouts, size limits): nothing to do
            } finally {
                answered();
                ex.close();
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void route(String path, Handler h) {
        routes.put(path, h);
    }

    /** A page with an ETag and a Last-Modified; a request sending that ETag back gets 304. */
    public void page(String path, String contentType, String body) {
        String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
        route(path, ex -> {
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Last-Modified", "Mon, 05 May 2025 10:00:00 GMT");
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                answered();
                ex.sendResponseHeaders(304, -1);
                return;
            }
            send(ex, 200, contentType, body);
        });
    }

    /** The site whose request this thread is answering and has not started to answer yet. */
    private static final ThreadLocal<TestSite> ANSWERING = new ThreadLocal<>();

    /**
     * Called just before a response starts: from then on the client may already have it and send its
     * next request, so the request no longer counts as in flight.
     */
    static void answered() {
        TestSite site = ANSWERING.get();
        if (site != null) {
            site.inFlight.decrementAndGet();
            ANSWERING.remove();
        }
    }

    static void redirect(HttpExchange ex, int status, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        answered();
        ex.sendResponseHeaders(status, -1);
    }

    static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        answered();
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The most requests this site was ever answering at the same time. */
    public int mostAtOnce() {
        return mostInFlight.get();
    }

    /** Requests whose path (with query) starts with the prefix. */
    public long hitsOn(String prefix) {
        return hits.stream().filter(h -> h.path().startsWith(prefix)).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
