package dev.redcarpet.discord;

import dev.redcarpet.engine.ReloadReport;
import dev.redcarpet.index.ReloadRefusedException;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

import java.util.List;

/** /admin reload: re-read data/ and report what changed. */
final class AdminReload implements AdminSubcommand {
    @Override
    public SubcommandData data() {
        return new SubcommandData("reload", "Re-read data/ and report what changed")
                .addOption(OptionType.BOOLEAN, "force", "Apply it even when it would remove most articles", false);
    }

    @Override
    public Replies.Reply run(SlashCall call) {
        boolean force = call.event().getOption("force", false, OptionMapping::getAsBoolean);
        try {
            return Replies.plain(Render.reload(call.bot().backend().reload(force)));
        } catch (ReloadRefusedException e) {
            return Replies.plain(Render.notice("Reload refused", Text.escape(e.getMessage())));
        }
    }

    @Override
    public List<ConsoleForm> console() {
        return List.of(new ConsoleForm("reload", "/reload [force]          re-scan the data folder (force: even if it removes most articles)", (s, rest) -> {
            ReloadReport r;
            try {
                r = s.backend().reload(rest.strip().equalsIgnoreCase("force"));
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\\R", 2)[0];
                return "Reload failed, still answering from the previous index: " + why;
            }
            StringBuilder b = new StringBuilder("Reloaded: " + r.summary());
            r.notes().forEach(n -> b.append("\n  note: ").append(n));
            r.failed().forEach(f -> b.append("\n  ").append(f));
            return b.toString();
        }));
    }
}
