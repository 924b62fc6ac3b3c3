package dev.redcarpet.discord;

import dev.redcarpet.engine.Conversation;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.concurrent.ExecutorService;

/**
 * Messages as questions: any DM, and in servers a message that mentions the bot or the bot's
 * managed role. Discord sends the text of these without the privileged message-content intent.
 */
final class Mentions {
    private static final Logger LOG = LoggerFactory.getLogger(Mentions.class);

    private final BotContext bot;
    private final RateLimiter limiter;
    private final ExecutorService workers;

    Mentions(BotContext bot, RateLimiter limiter, ExecutorService workers) {
        this.bot = bot;
        this.limiter = limiter;
        this.workers = workers;
    }

    void received(MessageReceivedEvent event) {
        Message message = event.getMessage();
        if (event.getAuthor().isBot() || event.isWebhookMessage() || event.getAuthor().isSystem()) return;
        User self = event.getJDA().getSelfUser();
        Role botRole = event.isFromGuild() ? botRoleMentioned(message, self) : null;
        boolean mentioned = message.getMentions().isMentioned(self, Message.MentionType.USER) || botRole != null;
        if (event.isFromGuild() && !mentioned) return;
        String question = message.getContentRaw().replaceAll("<@!?" + self.getId() + ">", " ");
        if (botRole != null) question = question.replace("<@&" + botRole.getId() + ">", " ");
        String q = question.strip();
        String guild = event.isFromGuild() ? event.getGuild().getId() : null;
        workers.execute(() -> {
            long t0 = System.nanoTime();
            try (LogContext ignored = LogContext.open(event.isFromGuild() ? "mention" : "dm", guild, event.getAuthor().getId())) {
                try {
                    answer(event, message, q, guild);
                    MDC.put(LogContext.LATENCY, Long.toString((System.nanoTime() - t0) / 1_000_000));
                    LOG.info("Answered in {} ms", (System.nanoTime() - t0) / 1_000_000);
                } catch (InsufficientPermissionException e) {
                    LOG.warn("Cannot answer a message in channel {}: missing permission {}", event.getChannel().getId(), e.getPermission());
                } catch (RuntimeException e) {
                    LOG.error("Answer to a message failed", e);
                    bot.events().failed("mention");
                    reply(message, Replies.plain(Render.notice("Oops", Acknowledger.SORRY)));
                }
            }
        });
    }

    /** The bot's own managed role when the message mentions it, else null. */
    private static Role botRoleMentioned(Message message, User self) {
        for (Role role : message.getMentions().getRoles()) {
            if (role.isManaged() && role.getTags().getBotIdLong() == self.getIdLong()) return role;
        }
        return null;
    }

    private void answer(MessageReceivedEvent event, Message message, String question, String guild) {
        if (question.isEmpty()) {
            reply(message, Replies.plain(Render.help()));
            return;
        }
        RateLimiter.Refusal refusal = limiter.tryAcquire(event.getAuthor().getId(), guild);
        if (refusal != null) {
            bot.events().cooldownHit(refusal.perUser());
            LOG.info("Refused by the {} rate limit", refusal.perUser() ? "user" : "server");
            reply(message, Replies.plain(Render.notice("Slow down", refusal.message())));
            return;
        }
        String key = Conversations.key(event.getAuthor().getId(), event.getChannel().getId());
        Conversation context = bot.conversations().get(key);
        Replies.Reply answer = AskCommand.answer(bot, key, Request.ask(question, context), true);
        Delivery.send(() -> message.reply(answer.create()), "Reply to a message");
    }

    private static void reply(Message message, Replies.Reply reply) {
        try {
            message.reply(reply.create()).queue(null, e -> LOG.warn("Reply to a message failed: {}", e.getMessage()));
        } catch (RuntimeException e) {
            LOG.warn("Could not reply to a message: {}", e.getMessage());
        }
    }
}
