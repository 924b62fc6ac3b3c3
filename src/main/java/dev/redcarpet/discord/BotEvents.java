package dev.redcarpet.discord;

/**
 * Told what the Discord layer did, for metrics. Calls come from the bot's worker threads: keep them
 * quick and never throw. Every method does nothing unless overridden.
 */
public interface BotEvents {
    BotEvents NONE = new BotEvents() {
    };

    /**
     * A question was refused by the rate limiter.
     *
     * @param perUser true for one user's cooldown, false for a server's questions-per-minute limit
     */
    default void cooldownHit(boolean perUser) {
    }

    /** Handling a command, button or mention failed and the user was told "sorry". */
    default void failed(String command) {
    }
}
