package dev.redcarpet.corpus.web;

import java.time.Instant;

/**
 * One configured source as /admin sources and /healthz show it.
 *
 * @param kind        feed, sitemap or article
 * @param lastFetch   when it was last tried, or null when never
 * @param lastSuccess when it last answered usably, or null
 * @param lastError   why the last try failed, or null when it worked
 * @param failures    tries failed in a row (0 when healthy)
 * @param nextFetch   when it is due again (later after failures: backoff), or null when due now
 * @param saved       articles saved from it so far
 */
public record SourceStatus(String name, String url, String kind, int refreshMinutes, Instant lastFetch,
                           Instant lastSuccess, String lastError, int failures, Instant nextFetch, int saved) {
    public boolean failing() {
        return lastError != null;
    }
}
