package dev.redcarpet.discord;

import dev.redcarpet.config.Config;

/** What commands, buttons and mentions share: the backend, rendered views, conversations and settings. */
public record BotContext(BotBackend backend, Config.Discord config, Views views, Conversations conversations,
                         FeedbackLog feedback, AttachmentDownloader downloader, BotEvents events) {
}
