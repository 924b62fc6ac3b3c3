package dev.redcarpet.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.redcarpet.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The optional HTTP endpoint, on the JDK's built-in server: {@code GET /healthz} (JSON, 200 when
 * healthy, else 503) and {@code GET /metrics} (Prometheus text format). Nothing else is served.
 */
public final class HealthServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HealthServer.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private final HttpServer server;
    private final ExecutorService executor;

    private HealthServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Listens on address (port 0: any free port, see {@link #address()}).
     *
     * @throws ConfigException with one line when the address cannot be bound
     */
    public static HealthServer start(InetSocketAddress address, Health health, Metrics metrics) {
        HttpServer server;
        try {
            server = HttpServer.create(address, 16);
        } catch (IOException e) {
            throw new ConfigException("cannot serve health and metrics on " + address.getHostString() + ":" + address.getPort()
                    + " (" + e.getMessage() + "); choose another http.port (REDCARPET_HTTP_PORT) or http.bind");
        }
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", exchange -> handle(exchange, health, metrics));
        server.start();
        LOG.info("Health and metrics on http://{}:{}/healthz and /metrics", address.getHostString(), server.getAddress().getPort());
        return new HealthServer(server, executor);
    }

    /** The address actually bound (with the chosen port when 0 was asked for). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    private static void handle(HttpExchange exchange, Health health, Metrics metrics) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!path.equals("/healthz") && !path.equals("/metrics")) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found: try /healthz or /metrics\n");
                return;
            }
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "only GET\n");
                return;
            }
            if (path.equals("/metrics")) {
                send(exchange, 200, Metrics.CONTENT_TYPE, metrics.scrape());
            } else {
                Health.Report report = health.check();
                send(exchange, report.healthy() ? 200 : 503, "application/json", JSON.writeValueAsString(report) + "\n");
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Serving {} failed: {}", exchange.getRequestURI().getPath(), e.toString());
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
