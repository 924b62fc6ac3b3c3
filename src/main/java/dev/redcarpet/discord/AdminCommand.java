package dev.redcarpet.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * /admin: hidden from members without Manage Server, and checked again by the dispatcher. Each
 * subcommand is its own class, listed once here: a new one is a new {@link AdminSubcommand}.
 */
final class AdminCommand implements BotCommand {
    static final List<AdminSubcommand> SUBCOMMANDS = List.of(new AdminReload(), new AdminStats(), new AdminIngest(), new AdminSources());

    @Override
    public SlashCommandData data() {
        SlashCommandData data = Commands.slash("admin", "Bot administration")
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
        for (AdminSubcommand s : SUBCOMMANDS) data.addSubcommands(s.data());
        return data;
    }

    @Override
    public boolean adminOnly() {
        return true;
    }

    private static Optional<AdminSubcommand> sub(SlashCall call) {
        String name = call.event().getSubcommandName();
        return SUBCOMMANDS.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Override
    public Replies.Reply atOnce(SlashCall call) {
        Optional<AdminSubcommand> sub = sub(call);
        if (sub.isEmpty()) {
            String names = SUBCOMMANDS.stream().map(AdminSubcommand::name).collect(Collectors.joining(", "));
            return Replies.plain(Render.notice("Unknown command", "Try /admin " + names + "."));
        }
        return sub.get().atOnce(call);
    }

    @Override
    public Replies.Reply run(SlashCall call) {
        return sub(call).orElseThrow().run(call);
    }

    @Override
    public List<ConsoleForm> console() {
        return SUBCOMMANDS.stream().flatMap(s -> s.console().stream()).toList();
    }
}
