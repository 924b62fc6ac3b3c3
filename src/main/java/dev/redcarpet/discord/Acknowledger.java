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
 * then accepts edits for 15 minutes: a result ready within {@code deferAfter} is the callback
 * itself; otherwise the interaction is deferred ("thinking…", or a silent deferEdit for paging)
 * and the result edited in when ready. A result not ready within the token's lifetime is replaced
 * by a short apology while the token still works.
 */
final class Acknowledger {
    private static final Logger LOG = LoggerFactory.getLogger(Acknowledger.class);
    static final String SORRY = "Sorry, something went wrong while answering. Please try again in a moment.";
    /** Interaction tokens last 15 minutes; give up a little before. */
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

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

    /** Answers with a new message (public or private). */
    void reply(IReplyCallback event, boolean ephemeral, Supplier<Replies.Reply> work) {
        run(event, work,
                reply -> send(event, reply, ephemeral),
                () -> event.deferReply(ephemeral),
                reply -> Delivery.send(() -> event.getHook().editOriginal(reply.edit()), "Deferred reply"),
                () -> {
                    if (!ephemeral) event.getHook().deleteOriginal().queue(null, e -> { });
                });
    }

    /** Replaces the message the clicked component belongs to (paging). */
    void edit(ComponentInteraction event, Supplier<Replies.Reply> work) {
        run(event, work,
                reply -> event.editMessage(reply.edit()).queue(null, e -> LOG.warn("Page edit failed: {}", e.getMessage())),
                event::deferEdit,
                reply -> Delivery.send(() -> event.getHook().editOriginal(reply.edit()), "Deferred page"),
                () -> { });
    }

    /** A reply with nothing to compute, sent at once. */
    static void now(IReplyCallback event, Replies.Reply reply, boolean ephemeral) {
        send(event, reply, ephemeral);
    }

    private void run(IReplyCallback event, Supplier<Replies.Reply> work, Consumer<Replies.Reply> now,
                     Supplier<RestAction<?>> defer, Consumer<Replies.Reply> later, Runnable dropPlaceholder) {
        long t0 = System.nanoTime();
        Map<String, String> context = LogContext.capture();
        CompletableFuture<Replies.Reply> result = new CompletableFuture<>();
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
        AtomicBoolean acknowledged = new AtomicBoolean();
        result.whenComplete((reply, error) -> {
            if (!acknowledged.compareAndSet(false, true)) return;
            if (error != null) send(event, Replies.plain(Render.notice("Oops", SORRY)), true);
            else now.accept(reply);
        });
        timer.schedule(() -> {
            if (!acknowledged.compareAndSet(false, true)) return;
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
            }, e -> LOG.warn("Could not defer: {}", e.getMessage()));
        }, deferAfter.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void followUpSorry(IReplyCallback event, String text) {
        event.getHook().sendMessage(Replies.plain(Render.notice("Oops", text)).create()).setEphemeral(true).queue(null, e -> { });
    }

    /**
     * An interaction callback can be sent only once, so when Discord fails it with a server error a
     * public answer is posted in the channel instead (private ones cannot be).
     */
    private static void send(IReplyCallback event, Replies.Reply reply, boolean ephemeral) {
        event.reply(reply.create()).setEphemeral(ephemeral).queue(null, e -> {
            if (!ephemeral && Delivery.serverError(e) && event.getMessageChannel() != null) {
                LOG.info("Reply: Discord answered with a server error; posting the answer in the channel instead");
                Delivery.send(() -> event.getMessageChannel().sendMessage(reply.create()), "Reply in the channel");
            } else {
                LOG.warn("Reply failed: {}", e.getMessage());
            }
        });
    }
}
