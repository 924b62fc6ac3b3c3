package dev.redcarpet.discord;

import dev.redcarpet.corpus.web.SourceStatus;
import dev.redcarpet.engine.Stats;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

import java.util.List;
import java.util.Locale;

/** /admin stats: index and answer figures. */
final class AdminStats implements AdminSubcommand {
    @Override
    public SubcommandData data() {
        return new SubcommandData("stats", "Index and answer figures");
    }

    @Override
    public Replies.Reply run(SlashCall call) {
        BotBackend backend = call.bot().backend();
        List<SourceStatus> failing = backend.webSources().stream().filter(SourceStatus::failing).toList();
        String note = failing.isEmpty() ? "" : "**Failing web sources**\n" + AdminSources.text(failing);
        return Replies.plain(Render.stats(backend.stats(), note));
    }

    @Override
    public List<ConsoleForm> console() {
        return List.of(new ConsoleForm("stats", "/stats                   index and usage figures", (s, rest) -> text(s.backend().stats()) + failing(s.backend().webSources())));
    }

    private static String failing(List<SourceStatus> sources) {
        List<SourceStatus> failing = sources.stream().filter(SourceStatus::failing).toList();
        if (sources.isEmpty()) return "";
        StringBuilder b = new StringBuilder("\nsources " + sources.size() + ", failing " + failing.size());
        for (SourceStatus f : failing) b.append("\n  ").append(f.line());
        return b.toString();
    }

    private static String text(Stats s) {
        return "articles " + s.articles() + ", passages " + s.passages() + ", people " + s.people() + ", looks " + s.looks()
                + ", event editions " + s.editions() + ", index " + (s.indexBytes() / 1024) + " KiB, up "
                + s.uptime().toSeconds() + " s, questions " + s.questions()
                + String.format(Locale.ROOT, ", latency p50 %.1f ms, p99 %.1f ms", s.p50Millis(), s.p99Millis());
    }
}
