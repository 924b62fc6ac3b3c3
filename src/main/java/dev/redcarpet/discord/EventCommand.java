package dev.redcarpet.discord;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.TextRenderer;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** /event name [year]: theme, dress code, hosts and looks of an event. */
final class EventCommand extends BrowseCommand {
    private static final Pattern WITH_YEAR = Pattern.compile("^(.*?)\\s+(\\d{4})$");

    @Override
    public SlashCommandData data() {
        return Commands.slash("event", "Theme, dress code, hosts and looks of an event")
                .addOptions(new OptionData(OptionType.STRING, "name", "e.g. Met Gala", true, true).setMaxLength(100),
                        new OptionData(OptionType.INTEGER, "year", "Which year (newest when left out)", false)
                                .setRequiredRange(1900, 2100));
    }

    @Override
    public Replies.Reply run(SlashCall call) {
        String name = call.text("name");
        return Replies.view(call.bot().views().render(Request.of(name(), name == null ? "" : name, null, call.number("year")), 0));
    }

    @Override
    public List<String> suggest(BotBackend backend, String option, String typed, int max) {
        return backend.suggestEvents(typed, max);
    }

    @Override
    public List<ConsoleForm> console() {
        return List.of(new ConsoleForm("event", "/event NAME [YEAR]       an event's theme, dress code, hosts and looks", (s, rest) -> {
            if (rest.isEmpty()) return "Usage: /event NAME [YEAR]";
            Matcher m = WITH_YEAR.matcher(rest);
            if (m.matches()) return TextRenderer.render(s.backend().event(m.group(1), Integer.parseInt(m.group(2))));
            return TextRenderer.render(s.backend().event(rest, null));
        }));
    }

    @Override
    public Answer answer(BotBackend backend, Request r) {
        return backend.event(r.text(), r.year());
    }

    @Override
    public String title(Request r) {
        return r.text() + (r.year() == null ? "" : " " + r.year());
    }
}
