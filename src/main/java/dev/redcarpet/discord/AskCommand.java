package dev.redcarpet.discord;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.TextRenderer;
import dev.redcarpet.engine.Conversation;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

import java.util.List;

/** /ask question [private]: a question in plain language, with follow-ups in the same channel. */
final class AskCommand implements AnsweringCommand {
    @Override
    public SlashCommandData data() {
        return Commands.slash("ask", "Ask about red-carpet looks, answered from news articles")
                .addOptions(new OptionData(OptionType.STRING, "question", "e.g. What did Zendaya wear to the 2024 Met Gala?", true)
                                .setMaxLength(500),
                        new OptionData(OptionType.BOOLEAN, "private", "Only you see the answer", false));
    }

    @Override
    public boolean limited() {
        return true;
    }

    @Override
    public boolean ephemeral(SlashCall call) {
        return call.flag("private");
    }

    @Override
    public Replies.Reply atOnce(SlashCall call) {
        if (call.text("question") != null) return null;
        return Replies.plain(Render.notice("Ask me something", "Type a question, e.g. *What did Zendaya wear to the Met Gala?*"));
    }

    @Override
    public Replies.Reply run(SlashCall call) {
        boolean alone = ephemeral(call);
        String key = call.conversationKey();
        Conversation context = alone ? Conversation.empty() : call.bot().conversations().get(key);
        return answer(call.bot(), key, Request.ask(call.text("question"), context), !alone);
    }

    /** Answers a question (slash or message) and remembers the subject for follow-ups. */
    static Replies.Reply answer(BotContext bot, String conversationKey, Request request, boolean remember) {
        Views.View view = bot.views().render(request, 0);
        if (remember && view.answer() != null) {
            bot.conversations().put(conversationKey, bot.backend().contextOf(view.answer(), request.context()));
        }
        return Replies.view(view);
    }

    @Override
    public List<ConsoleForm> console() {
        return List.of(new ConsoleForm("ask", "/ask QUESTION            same as a plain line",
                (s, rest) -> rest.isEmpty() ? "Usage: /ask QUESTION" : ask(s, rest)));
    }

    /** A console question, also what a plain line is. */
    static String ask(ConsoleSession session, String question) {
        Answer a = session.backend().ask(question, session.conversation());
        session.conversation(session.backend().contextOf(a, session.conversation()));
        return TextRenderer.render(a);
    }

    @Override
    public Answer answer(BotBackend backend, Request r) {
        return backend.ask(r.text(), r.context());
    }

    @Override
    public String title(Request r) {
        return r.text();
    }
}
