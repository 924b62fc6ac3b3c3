package dev.redcarpet.discord;

import dev.redcarpet.answer.Answer;
import net.dv8tion.jda.api.entities.MessageEmbed;

import java.util.List;

/**
 * A command whose reply carries buttons (pages, Sources, More quotes, feedback). Its {@link Request} is
 * stored under the command's name, and a button click answers it again through this class, also after
 * a restart, so a new command with buttons is still one class.
 */
interface AnsweringCommand extends BotCommand {
    /** The engine's answer to a stored request, or null when the reply is not an engine answer. */
    Answer answer(BotBackend backend, Request request);

    /** The reply's title. */
    String title(Request request);

    /** The pages of the reply. */
    default List<MessageEmbed> pages(BotBackend backend, Answer answer, String title) {
        return Render.answer(answer, title);
    }

    /** Whether the reply offers "More quotes" (not when it already is the quotes). */
    default boolean offersMoreQuotes() {
        return true;
    }
}
