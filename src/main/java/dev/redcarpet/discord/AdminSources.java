package dev.redcarpet.discord;

import dev.redcarpet.corpus.web.SourceStatus;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

import java.util.List;

/** /admin sources: the configured feeds, sitemaps and pages, their last fetch and their errors. */
final class AdminSources implements AdminSubcommand {
    @Override
    public SubcommandData data() {
        return new SubcommandData("sources", "Web sources: last fetch and errors");
    }

    @Override
    public Replies.Reply run(SlashCall call) {
        return Replies.plain(Render.notice("Web sources", text(call.bot().backend().webSources())));
    }

    @Override
    public List<ConsoleForm> console() {
        return List.of(new ConsoleForm("websources", "/websources              web sources: last fetch and errors",
                (s, rest) -> text(s.backend().webSources())));
    }

    static String text(List<SourceStatus> sources) {
        if (sources.isEmpty()) return "No web sources are configured (see `sources:` in redcarpet.yaml).";
        StringBuilder b = new StringBuilder();
        for (SourceStatus s : sources) {
            if (!b.isEmpty()) b.append('\n');
            b.append(s.failing() ? "\u26a0 " : "\u2022 ").append(Text.escape(s.line()));
        }
        return b.toString();
    }
}
