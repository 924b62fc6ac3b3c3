package dev.redcarpet.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/** A slash command being handled: the event and what the commands may use. */
public record SlashCall(SlashCommandInteractionEvent event, BotContext bot) {
    String text(String option) {
        String s = event.getOption(option, null, OptionMapping::getAsString);
        return s == null || s.isBlank() ? null : s.strip();
    }

    boolean flag(String option) {
        return event.getOption(option, false, OptionMapping::getAsBoolean);
    }

    Integer number(String option) {
        return event.getOption(option, null, o -> (int) o.getAsLong());
    }

    /** Conversation key of the caller in this channel (a thread is a channel; a DM is the user's channel). */
    String conversationKey() {
        return Conversations.key(event.getUser().getId(), event.getChannelId());
    }
}
