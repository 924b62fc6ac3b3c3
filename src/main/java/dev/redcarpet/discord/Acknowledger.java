package dev.redcarpet.discord;

import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Owns the acknowledgement of every interaction. Discord wants one callback within 3 seconds and
 * then accepts edits for 15 minutes. Work that asks the engine is acknowledged at once by default
 * ("thinking…", or a silent deferEdit for paging) and its result edited in when ready, so the
 * callback never waits for the engine. With {@code deferAfter} above zero, a result ready within
 * that time is the callback itself and only a slower one is deferred. Local work (feedback) is
 * answered in the callback unless it takes longer than {@link #LOCAL_GRACE}. A result not ready
 * within the token's lifetime is replaced by a short apology while the token still works.
 */
final class Acknowledger {
    private static final Logger LOG = LoggerFactory.getLogger(Acknowledger.class);
    static final String SORRY = "Sorry, something went wrong while answering. Please try again in a moment.";
    /** Interaction tokens last 15 minutes; give up a little before. */
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);
    /** How long work that does not ask the engine may take before it is deferred. */
    static final Duration LOCAL_GRACE = Duration.ofMillis(1500);

    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Duration deferAfter;
    private final Duration giveUpAfter;
    private final BotEvents events;

    Acknowledger(ExecutorService workers, ScheduledExecutorService timer, Duration deferAfter, Duration tokenLifetime, BotEvents events) {
        this.workers = workers;
        this.timer = timer;
        this.deferAfter = deferAfter;
        this.giveUpAfter = tokenLifetime.minusSeconds(30).isNegative() ? tokenLifetime.dividedBy(2) : tokenLifetime.minusSeconds(30);
        this.events = events;
    }

    /** Answers work that asks the engine with a new message (public or private). */
    void reply(IReplyCallback event, boolean ephemeral, Supplier<Replies.Reply> work) {
        reply(event, ephemeral, deferAfter, work);
    }

    /** Answers local work (no engine call) in the callback when it is quick. */
    void replyLocal(IReplyCallback event, boolean ephemeral, Supplier<Replies.Reply> work) {
        reply(event, ephemeral, LOCAL_GRACE, work);
    }

    private void reply(IReplyCallback event, boolean ephemeral, Duration after, Supplier<Replies.Reply> work) {
        run(event, after, work,
                reply -> send(event, reply, ephemeral),
                () -> event.deferReply(ephemeral),
                reply -> Delivery.send(() -> event.getHook().editOriginal(reply.edit()), "Deferred reply"),
                () -> {
                    if (!ephemeral) event.getHook().deleteOriginal().queue(null, e -> { });
                },
                ephemeral ? null : reply -> inChannel(event, reply));
    }

    /** Replaces the message the clicked component belongs to (paging). */
    void edit(ComponentInteraction event, Supplier<Replies.Reply> work) {
        run(event, deferAfter, work,
                reply -> event.editMessage(reply.edit()).queue(null, e -> LOG.warn("Page edit failed: {}", e.getMessage())),
                event::deferEdit,
                reply -> Delivery.send(() -> event.getHook().editOriginal(reply.edit()), "Deferred page"),
                () -> { },
                null);
    }

    /** A reply with nothing to compute, sent at once. */
    static void now(IReplyCallback event, Replies.Reply reply, boolean ephemeral) {
        send(event, reply, ephemeral);
    }

    /**
     * @param now             sends the result as the callback (when it is ready before the deferral)
     * @param defer           the deferral callback
     * @param later           edits the result into the deferred response
     * @param dropPlaceholder removes a public "thinking…" before a private apology
     * @param orInChannel     where a public result goes when Discord failed the deferral with a server error; null: nowhere
     */
    private void run(IReplyCallback event, Duration after, Supplier<Replies.Reply> work, Consumer<Replies.Reply> now,
                     Supplier<RestAction<?>> defer, Consumer<Replies.Reply> later, Runnable dropPlaceholder,
                     Consumer<Replies.Reply> orInChannel) {
        AtomicBoolean acknowledged = new AtomicBoolean();
        CompletableFuture<Replies.Reply> result = new CompletableFuture<>();
        Runnable deferral = () -> {
            if (acknowledged.compareAndSet(false, true)) deferThenEdit(event, result, defer, later, dropPlaceholder, orInChannel);
        };
        // Acknowledging at once: the deferral is queued before the work starts, so it is always first.
        if (after.isZero()) deferral.run();
        start(work, result);
        if (after.isZero()) return;
        result.whenComplete((reply, error) -> {
            if (!acknowledged.compareAndSet(false, true)) return;
            if (error != null) send(event, Replies.plain(Render.notice("Oops", SORRY)), true);
            else now.accept(reply);
        });
        timer.schedule(deferral, after.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the work on a worker thread, logging how long it took. */
    private void start(Supplier<Replies.Reply> work, CompletableFuture<Replies.Reply> result) {
        long t0 = System.nanoTime();
        Map<String, String> context = LogContext.capture();
        workers.execute(LogContext.adopt(context, () -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }));
        result.whenComplete((reply, error) -> LogContext.adopt(context, () -> {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            MDC.put(LogContext.LATENCY, Long.toString(ms));
            if (error != null) {
                LOG.error("Answer failed after {} ms", ms, error);
                events.failed(context.getOrDefault(LogContext.COMMAND, "answer"));
            } else {
                LOG.info("Answered in {} ms", ms);
            }
        }).run());
    }

    private void deferThenEdit(IReplyCallback event, CompletableFuture<Replies.Reply> result, Supplier<RestAction<?>> defer,
                               Consumer<Replies.Reply> later, Runnable dropPlaceholder, Consumer<Replies.Reply> orInChannel) {
        AtomicBoolean finished = new AtomicBoolean();
        defer.get().queue(ok -> {
            result.whenComplete((reply, error) -> {
                if (!finished.compareAndSet(false, true)) return;
                if (error != null) {
                    dropPlaceholder.run();
                    followUpSorry(event, SORRY);
                } else {
                    later.accept(reply);
                }
            });
            timer.schedule(() -> {
                if (!finished.compareAndSet(false, true)) return;
                LOG.warn("No answer within the interaction's lifetime; telling the user");
                dropPlaceholder.run();
                followUpSorry(event, "That took too long to answer. Please try again later.");
            }, giveUpAfter.toMillis(), TimeUnit.MILLISECONDS);
        }, e -> {
            // The callback cannot be sent again; a public answer can still be posted in the channel.
            if (orInChannel != null && Delivery.serverError(e)) {
                LOG.info("Deferral: Discord answered with a server error; the answer will be posted in the channel");
                result.thenAccept(orInChannel);
            } else {
                LOG.warn("Could not defer: {}", e.getMessage());
            }
        });
    }

    private static void followUpSorry(IReplyCallback event, String text) {
        event.getHook().sendMessage(Replies.plain(Render.notice("Oops", text)).create()).setEphemeral(true).queue(null, e -> { });
    }

    /** A public answer posted as a plain channel message, when the interaction itself can no longer carry it. */
    private static void inChannel(IReplyCallback event, Replies.Reply reply) {
        if (event.getMessageChannel() == null) return;
        Delivery.send(() -> event.getMessageChannel().sendMessage(reply.create()), "Reply in the channel");
    }

    /**
     * An interaction callback can be sent only once, so when Discord fails it with a server error a
     * public answer is posted in the channel instead (private ones cannot be).
     */
    private static void send(IReplyCallback event, Replies.Reply reply, boolean ephemeral) {
        event.reply(reply.create()).setEphemeral(ephemeral).queue(null, e -> {
            if (!ephemeral && Delivery.serverError(e) && event.getMessageChannel() != null) {
                LOG.info("Reply: Discord answered with a server error; posting the answer in the channel instead");
                inChannel(event, reply);
            } else {
                LOG.warn("Reply failed: {}", e.getMessage());
            }
        });
    }
}
