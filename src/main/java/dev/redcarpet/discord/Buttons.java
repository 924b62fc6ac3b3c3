package dev.redcarpet.discord;

import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;

/**
 * What the buttons under an answer do. Paging edits the message (deferEdit, then the new page),
 * Sources and More quotes answer privately, 👍/👎 log feedback with the source ids stored beside
 * the request (no engine call, so thanked in the callback itself).
 * The {@link Dispatcher} has already checked the id and found the request.
 */
final class Buttons {
    private static final Logger LOG = LoggerFactory.getLogger(Buttons.class);

    private final BotContext bot;
    private final Acknowledger ack;

    Buttons(BotContext bot, Acknowledger ack) {
        this.bot = bot;
        this.ack = ack;
    }

    void click(ButtonInteractionEvent event, ButtonId id, Request request) {
        Views views = bot.views();
        switch (id.action()) {
            case PAGE -> ack.edit(event, () -> Replies.view(views.render(request, id.page())));
            case SOURCES -> ack.reply(event, true, () -> Replies.sources(views.sources(request, 0)));
            case SOURCES_PAGE -> ack.edit(event, () -> Replies.sources(views.sources(request, id.page())));
            case QUOTES -> ack.reply(event, true, () -> Replies.quotes(views.moreQuotes(request, 0)));
            case QUOTES_PAGE -> ack.edit(event, () -> Replies.quotes(views.moreQuotes(request, id.page())));
            case UP, DOWN -> ack.replyLocal(event, true, () -> feedback(id, request, event.getUser().getId()));
            case LABEL -> Acknowledger.now(event, Dispatcher.expired(), true);
        }
    }

    private Replies.Reply feedback(ButtonId id, Request request, String userId) {
        List<String> sourceIds = bot.views().store().sourcesOf(id.key());
        try {
            bot.feedback().append(id.action() == ButtonId.Action.UP, request, sourceIds, userId);
            return Replies.plain(Render.notice("Thanks!", "Your feedback helps improve the answers."));
        } catch (IOException e) {
            LOG.warn("Could not save feedback to {}: {}", bot.feedback().file(), e.getMessage());
            return Replies.plain(Render.notice("Oops", "I could not save your feedback just now."));
        }
    }
}
