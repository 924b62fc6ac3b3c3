package dev.redcarpet.discord;

import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends a message or edits a deferred reply, trying again when Discord answers with a server error.
 * JDA itself retries 502, 504 and 529 but gives up on 500 and 503, which would lose the answer.
 * (An interaction callback cannot be sent twice: JDA marks it acknowledged on the first try.)
 */
final class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    private static final long[] BACKOFF_MILLIS = {250, 1000, 3000};

    private Delivery() {
    }

    /** Queues the action built by {@code action}, rebuilding and resending it after a server error. */
    static void send(Supplier<? extends RestAction<?>> action, String what) {
        queue(action, what, 0);
    }

    private static void queue(Supplier<? extends RestAction<?>> action, String what, int tries) {
        Consumer<Throwable> onError = e -> {
            if (serverError(e) && tries < BACKOFF_MILLIS.length) {
                LOG.info("{}: Discord answered with a server error, trying again", what);
                queue(action, what, tries + 1);
            } else {
                LOG.warn("{} failed: {}", what, e.getMessage());
            }
        };
        try {
            RestAction<?> request = action.get();
            if (tries == 0) request.queue(null, onError);
            else request.queueAfter(BACKOFF_MILLIS[tries - 1], TimeUnit.MILLISECONDS, null, onError);
        } catch (RuntimeException e) {
            LOG.warn("{} failed: {}", what, e.getMessage());
        }
    }

    static boolean serverError(Throwable e) {
        return e instanceof ErrorResponseException ere && (ere.isServerError() || ere.getErrorCode() >= 500
                || (ere.getResponse() != null && ere.getResponse().code >= 500));
    }
}
