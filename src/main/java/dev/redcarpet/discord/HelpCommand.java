package dev.redcarpet.discord;

import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** /help: how to use the bot. The console has its own help, built from every command's console form. */
final class HelpCommand implements BotCommand {
    @Override
    public SlashCommandData data() {
        return Commands.slash("help", "How to use RedCarpet");
    }

    @Override
    public Replies.Reply atOnce(SlashCall call) {
        return Replies.plain(Render.help());
    }

    @Override
    public Replies.Reply run(SlashCall call) {
        return Replies.plain(Render.help());
    }
}
