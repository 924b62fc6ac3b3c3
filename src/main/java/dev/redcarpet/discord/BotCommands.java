package dev.redcarpet.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

import java.util.List;

/** The slash commands the bot registers. /admin is hidden by default from members without Manage Server. */
final class BotCommands {
    private BotCommands() {
    }

    static List<CommandData> all() {
        return List.of(
                Commands.slash("ask", "Ask about red-carpet looks, answered from news articles")
                        .addOptions(new OptionData(OptionType.STRING, "question", "e.g. What did Zendaya wear to the 2024 Met Gala?", true)
                                        .setMaxLength(500),
                                new OptionData(OptionType.BOOLEAN, "private", "Only you see the answer", false)),
                Commands.slash("event", "Theme, dress code, hosts and looks of an event")
                        .addOptions(new OptionData(OptionType.STRING, "name", "e.g. Met Gala", true, true).setMaxLength(100),
                                new OptionData(OptionType.INTEGER, "year", "Which year (newest when left out)", false)
                                        .setRequiredRange(1900, 2100)),
                Commands.slash("person", "Someone's looks across events")
                        .addOptions(new OptionData(OptionType.STRING, "name", "e.g. Zendaya", true, true).setMaxLength(100),
                                new OptionData(OptionType.STRING, "event", "Only at this event", false, true).setMaxLength(100)),
                Commands.slash("quote", "What someone said on the red carpet, with the article and date")
                        .addOptions(new OptionData(OptionType.STRING, "person", "Who", true, true).setMaxLength(100),
                                new OptionData(OptionType.STRING, "topic", "About what, e.g. shoes", false).setMaxLength(100)),
                Commands.slash("sources", "What the bot knows: events and articles"),
                Commands.slash("help", "How to use RedCarpet"),
                Commands.slash("admin", "Bot administration")
                        .setContexts(InteractionContextType.GUILD)
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                        .addSubcommands(
                                new SubcommandData("reload", "Re-read data/ and report what changed"),
                                new SubcommandData("stats", "Index and answer figures"),
                                new SubcommandData("ingest", "Add an article file to data/")
                                        .addOption(OptionType.ATTACHMENT, "file", "A .txt, .md, .html, .json or .jsonl article file", true)));
    }
}
