package dev.redcarpet.discord;

import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

import java.util.List;

/**
 * One slash command: its name and options, what it does, its autocomplete and its console form.
 * Every command is listed once in {@link BotCommands#ALL}; the {@link Dispatcher} does rate limits,
 * acknowledgement, errors and logging for all of them, so adding a command is adding one class.
 */
public interface BotCommand {
    /** Name and options as registered with Discord. */
    SlashCommandData data();

    default String name() {
        return data().getName();
    }

    /** Questions go through the per-user and per-server rate limits. */
    default boolean limited() {
        return false;
    }

    /** Only the bot's admins and members with Manage Server may run it. */
    default boolean adminOnly() {
        return false;
    }

    /** Whether the reply is seen by the caller alone. */
    default boolean ephemeral(SlashCall call) {
        return true;
    }

    /**
     * A reply given at once without running the command (help, a missing option), or null to run it.
     * Runs on JDA's event thread: no engine calls here.
     */
    default Replies.Reply atOnce(SlashCall call) {
        return null;
    }

    /** Does the work and builds the reply. Runs on a worker thread and may take as long as it needs. */
    Replies.Reply run(SlashCall call);

    /** Autocomplete choices for the focused option; empty when the command has none. */
    default List<String> suggest(BotBackend backend, String option, String typed, int max) {
        return List.of();
    }

    /** How the console offers this command (none when it is Discord-only). */
    default List<ConsoleForm> console() {
        return List.of();
    }
}
