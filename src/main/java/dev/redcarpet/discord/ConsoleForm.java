package dev.redcarpet.discord;

import java.util.function.BiFunction;

/**
 * A command as the console offers it: "/event NAME [YEAR]".
 *
 * @param name  the word typed after the slash
 * @param usage the help line
 * @param run   the text reply to the rest of the line
 */
public record ConsoleForm(String name, String usage, BiFunction<ConsoleSession, String, String> run) {
}
