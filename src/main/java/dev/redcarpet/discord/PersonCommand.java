package dev.redcarpet.discord;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.TextRenderer;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

import java.util.List;

/** /person name [event]: someone's looks across events. */
final class PersonCommand extends BrowseCommand {
    @Override
    public SlashCommandData data() {
        return Commands.slash("person", "Someone's looks across events")
                .addOptions(new OptionData(OptionType.STRING, "name", "e.g. Zendaya", true, true).setMaxLength(100),
                        new OptionData(OptionType.STRING, "event", "Only at this event", false, true).setMaxLength(100));
    }

    @Override
    public Replies.Reply run(SlashCall call) {
        String name = call.text("name");
        return Replies.view(call.bot().views().render(Request.of(name(), name == null ? "" : name, call.text("event"), null), 0));
    }

    @Override
    public List<String> suggest(BotBackend backend, String option, String typed, int max) {
        return option.equals("event") ? backend.suggestEvents(typed, max) : backend.suggestPeople(typed, max);
    }

    @Override
    public List<ConsoleForm> console() {
        return List.of(new ConsoleForm("person", "/person NAME [at EVENT]  someone's looks across events", (s, rest) -> {
            if (rest.isEmpty()) return "Usage: /person NAME [at EVENT]";
            String[] p = rest.split("\\s+(at|@)\\s+", 2);
            return TextRenderer.render(s.backend().person(p[0], p.length > 1 ? p[1] : null));
        }));
    }

    @Override
    public Answer answer(BotBackend backend, Request r) {
        return backend.person(r.text(), r.extra());
    }

    @Override
    public String title(Request r) {
        return r.text() + (r.extra() == null ? "" : " at " + r.extra());
    }
}
