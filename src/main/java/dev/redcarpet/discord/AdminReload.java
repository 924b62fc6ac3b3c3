package dev.redcarpet.discord;

import dev.redcarpet.engine.ReloadReport;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

import java.util.List;

/** /admin reload: re-read data/ and report what changed. */
final class AdminReload implements AdminSubcommand {
    @Override
    public SubcommandData data() {
        return new SubcommandData("reload", "Re-read data/ and report what changed");
    }

    @Override
    public Replies.Reply run(SlashCall call) {
        return Replies.plain(Render.reload(call.bot().backend().reload()));
    }

    @Override
    public List<ConsoleForm> console() {
        return List.of(new ConsoleForm("reload", "/reload                  re-scan the data folder", (s, rest) -> {
            ReloadReport r;
            try {
                r = s.backend().reload();
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\\R", 2)[0];
                return "Reload failed, still answering from the previous index: " + why;
            }
            StringBuilder b = new StringBuilder("Reloaded: " + r.summary());
            r.failed().forEach(f -> b.append("\n  ").append(f));
            return b.toString();
        }));
    }
}
