package dev.redcarpet.discord;

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
        return Replies.plain(Render.stats(call.bot().backend().stats()));
    }

    @Override
    public List<ConsoleForm> console() {
        return List.of(new ConsoleForm("stats", "/stats                   index and usage figures", (s, rest) -> text(s.backend().stats())));
    }

    private static String text(Stats s) {
        return "articles " + s.articles() + ", passages " + s.passages() + ", people " + s.people() + ", looks " + s.looks()
                + ", event editions " + s.editions() + ", index " + (s.indexBytes() / 1024) + " KiB, up "
                + s.uptime().toSeconds() + " s, questions " + s.questions()
                + String.format(Locale.ROOT, ", latency p50 %.1f ms, p99 %.1f ms", s.p50Millis(), s.p99Millis());
    }
}
