package dev.redcarpet.discord;

import net.dv8tion.jda.api.interactions.commands.build.CommandData;

import java.util.List;
import java.util.Optional;

/**
 * Every command, once. Discord registration, the dispatcher, autocomplete and the console all
 * read this list: a new command is a new {@link BotCommand} class added here.
 */
public final class BotCommands {
    public static final List<BotCommand> ALL = List.of(
            new AskCommand(), new EventCommand(), new PersonCommand(), new QuoteCommand(),
            new SourcesCommand(), new HelpCommand(), new AdminCommand());

    private BotCommands() {
    }

    /** What Discord is told to register. */
    static List<CommandData> data() {
        return ALL.stream().<CommandData>map(BotCommand::data).toList();
    }

    /** The command with buttons that answers requests stored under its name. */
    static Optional<AnsweringCommand> answering(String name) {
        return named(name).filter(AnsweringCommand.class::isInstance).map(AnsweringCommand.class::cast);
    }

    static Optional<BotCommand> named(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The console forms of every command, in list order. */
    public static List<ConsoleForm> consoleForms() {
        return ALL.stream().flatMap(c -> c.console().stream()).toList();
    }
}
