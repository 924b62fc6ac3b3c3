package dev.redcarpet.discord;

import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

import java.util.List;

/**
 * One /admin subcommand (reload, stats, ingest…): its options, what it does and its console form.
 * Listed once in {@link AdminCommand#SUBCOMMANDS}; the admin check is done before it runs.
 */
interface AdminSubcommand {
    SubcommandData data();

    default String name() {
        return data().getName();
    }

    /** A reply given at once without running (e.g. a missing or too large file), or null to run. */
    default Replies.Reply atOnce(SlashCall call) {
        return null;
    }

    /** Does the work on a worker thread; may take as long as it needs. */
    Replies.Reply run(SlashCall call);

    default List<ConsoleForm> console() {
        return List.of();
    }
}
