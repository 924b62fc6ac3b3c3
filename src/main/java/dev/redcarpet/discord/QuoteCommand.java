package dev.redcarpet.discord;

import net.dv8tion.jda.api.entities.MessageEmbed;
import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.TextRenderer;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

import java.util.List;

/** /quote person [topic]: what someone said, with the article and date. */
final class QuoteCommand extends BrowseCommand {
    @Override
    public SlashCommandData data() {
        return Commands.slash("quote", "What someone said on the red carpet, with the article and date")
                .addOptions(new OptionData(OptionType.STRING, "person", "Who", true, true).setMaxLength(100),
                        new OptionData(OptionType.STRING, "topic", "About what, e.g. shoes", false).setMaxLength(100));
    }

    @Override
    public Replies.Reply run(SlashCall call) {
        String person = call.text("person");
        return Replies.view(call.bot().views().render(Request.of(name(), person == null ? "" : person, call.text("topic"), null), 0));
    }

    @Override
    public List<String> suggest(BotBackend backend, String option, String typed, int max) {
        return backend.suggestPeople(typed, max);
    }

    @Override
    public List<ConsoleForm> console() {
        return List.of(new ConsoleForm("quote", "/quote PERSON [on TOPIC] someone's quotes", (s, rest) -> {
            if (rest.isEmpty()) return "Usage: /quote PERSON [on TOPIC]";
            String[] p = rest.split("\\s+(on|about)\\s+", 2);
            return TextRenderer.render(s.backend().quotes(p[0], p.length > 1 ? p[1] : null));
        }));
    }

    @Override
    public Answer answer(BotBackend backend, Request r) {
        return backend.quotes(r.text(), r.extra());
    }

    @Override
    public String title(Request r) {
        return "Quotes from " + r.text() + (r.extra() == null ? "" : " on " + r.extra());
    }

    @Override
    public List<MessageEmbed> pages(BotBackend backend, Answer answer, String title) {
        return Render.quotes(answer, title);
    }

    @Override
    public boolean offersMoreQuotes() {
        return false;
    }
}
