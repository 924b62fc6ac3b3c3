package dev.redcarpet.corpus.web;

import java.time.Duration;

/**
 * A request that did not give a usable response, with a one-line reason for the operator.
 *
 * @see #refused() true when our own rules said no (private address, robots.txt, size, scheme):
 *      retrying will not help until the configuration or the site changes
 */
public final class FetchException extends RuntimeException {
    private final int status;
    private final boolean refused;
    private final Duration retryAfter;

    FetchException(String reason, int status, boolean refused, Duration retryAfter) {
        super(reason, null, false, false);
        this.status = status;
        this.refused = refused;
        this.retryAfter = retryAfter;
    }

    static FetchException failed(String reason) {
        return new FetchException(reason, 0, false, null);
    }

    static FetchException refused(String reason) {
        return new FetchException(reason, 0, true, null);
    }

    static FetchException http(int status, String url, Duration retryAfter) {
        return new FetchException("HTTP " + status + " from " + url, status, false, retryAfter);
    }

    /** The HTTP status when the server answered with an error, else 0. */
    public int status() {
        return status;
    }

    public boolean refused() {
        return refused;
    }

    /** What the server asked for in Retry-After, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
