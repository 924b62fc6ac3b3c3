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

    /**
     * One line for /admin sources: "ledger (feed, every 30 min): 52 saved, last fetch 2025-05-06T10:00Z, ok"
     * or "…, failing 3 times: HTTP 503 …, next try 2025-05-06T10:04Z".
     */
    public String line() {
        StringBuilder b = new StringBuilder(name + " (" + kind + ", every " + refreshMinutes + " min): " + saved + " saved, ");
        b.append(lastFetch == null ? "not fetched yet" : "last fetch " + minutes(lastFetch));
        if (failing()) {
            b.append(", failing ").append(failures).append(failures == 1 ? " time: " : " times: ").append(lastError);
            if (nextFetch != null) b.append(", next try ").append(minutes(nextFetch));
        } else if (lastFetch != null) {
            b.append(", ok");
        }
        return b.toString();
    }

    private static String minutes(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString();
    }
}
