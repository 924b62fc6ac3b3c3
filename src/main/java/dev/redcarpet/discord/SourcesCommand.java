package dev.redcarpet.discord;

import net.dv8tion.jda.api.entities.MessageEmbed;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.engine.CorpusSummary;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

import java.util.List;

/** /sources: what the bot knows, events and newest articles. */
final class SourcesCommand extends BrowseCommand {
    @Override
    public SlashCommandData data() {
        return Commands.slash("sources", "What the bot knows: events and articles");
    }

    @Override
    public Replies.Reply run(SlashCall call) {
        return Replies.view(call.bot().views().render(Request.of(name(), "sources", null, null), 0));
    }

    @Override
    public List<ConsoleForm> console() {
        return List.of(new ConsoleForm("sources", "/sources                 what the bot knows", (s, rest) -> text(s.backend().sources())));
    }

    private static String text(CorpusSummary s) {
        StringBuilder b = new StringBuilder(s.articles() + " articles.");
        for (CorpusSummary.EditionCount e : s.editions()) b.append("\n  ").append(e.edition()).append(": ").append(e.articles());
        if (!s.newest().isEmpty()) {
            b.append("\nNewest:");
            s.newest().forEach(n -> b.append("\n  ").append(n.date()).append(" \u2014 ").append(n.title()));
        }
        return b.toString();
    }

    /** What the bot knows is not an engine answer: no sources to store, no feedback on sources. */
    @Override
    public Answer answer(BotBackend backend, Request r) {
        return null;
    }

    @Override
    public String title(Request r) {
        return "What I know";
    }

    @Override
    public List<MessageEmbed> pages(BotBackend backend, Answer answer, String title) {
        return Render.summary(backend.sources());
    }
}
