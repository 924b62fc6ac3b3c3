package dev.redcarpet.discord;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.Source;
import dev.redcarpet.config.Config;
import dev.redcarpet.engine.Conversation;
import dev.redcarpet.engine.IngestReport;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Handles slash commands, autocomplete, buttons and @mentions. Work runs off JDA's event thread. */
final class BotListener extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(BotListener.class);
    private static final String SORRY = "Sorry, something went wrong while answering. Please try again in a moment.";
    private static final int SUGGESTIONS = 25;

    private final BotBackend backend;
    private final Config.Discord config;
    private final Views views;
    private final FeedbackLog feedback;
    private final RateLimiter limiter;
    private final Conversations conversations = new Conversations(10_000);
    private final AttachmentDownloader downloader = new AttachmentDownloader();
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Duration deferAfter;
    private final AtomicBoolean globalCommandsSent = new AtomicBoolean();
    private volatile boolean stopping;
    private final BotEvents events;

    BotListener(BotBackend backend, Config.Discord config, Views views, FeedbackLog feedback, RateLimiter limiter,
                ExecutorService workers, ScheduledExecutorService timer, Duration deferAfter, BotEvents events) {
        this.events = events;
        this.backend = backend;
        this.config = config;
        this.views = views;
        this.feedback = feedback;
        this.limiter = limiter;
        this.workers = workers;
        this.timer = timer;
        this.deferAfter = deferAfter;
    }

    /** From now on new interactions get a short notice and mentions are left alone; work in flight goes on. */
    void stopTaking() {
        stopping = true;
    }

    private boolean refusedWhileStopping(IReplyCallback event) {
        if (!stopping) return false;
        send(event, Replies.plain(Render.notice("Restarting", "I am restarting right now; please try again in a moment.")), true);
        return true;
    }

    // ---- registration ----

    @Override
    public void onReady(ReadyEvent event) {
        if (config.guildIds().isEmpty() && globalCommandsSent.compareAndSet(false, true)) {
            event.getJDA().updateCommands().addCommands(BotCommands.all()).queue(
                    ok -> LOG.info("Registered {} global slash commands", ok.size()),
                    err -> LOG.warn("Could not register slash commands: {}", err.getMessage()));
        }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        if (config.guildIds().contains(event.getGuild().getId())) {
            event.getGuild().updateCommands().addCommands(BotCommands.all()).queue(
                    ok -> LOG.info("Registered {} slash commands in server {}", ok.size(), event.getGuild().getId()),
                    err -> LOG.warn("Could not register slash commands in server {}: {}", event.getGuild().getId(), err.getMessage()));
        }
    }

    // ---- slash commands ----

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (refusedWhileStopping(event)) return;
        workers.execute(() -> {
            try (LogContext ignored = LogContext.open(event.getFullCommandName(), guildId(event), event.getUser().getId())) {
                slash(event);
            } catch (RuntimeException e) {
                LOG.error("/{} failed", event.getFullCommandName(), e);
                events.failed(event.getFullCommandName());
                fail(event);
            }
        });
    }

    private void slash(SlashCommandInteractionEvent event) {
        switch (event.getName()) {
            case "help" -> send(event, Replies.plain(Render.help()), true);
            case "sources" -> question(event, false, Request.of(Request.Kind.SOURCES, "sources", null, null));
            case "ask" -> {
                String q = event.getOption("question", "", OptionMapping::getAsString).strip();
                boolean isPrivate = event.getOption("private", false, OptionMapping::getAsBoolean);
                if (q.isEmpty()) {
                    send(event, Replies.plain(Render.notice("Ask me something", "Type a question, e.g. *What did Zendaya wear to the Met Gala?*")), true);
                    return;
                }
                Conversation context = isPrivate ? Conversation.empty() : conversations.get(event.getChannelId());
                question(event, isPrivate, Request.ask(q, context));
            }
            case "event" -> {
                Integer year = event.getOption("year", null, o -> (int) o.getAsLong());
                question(event, false, Request.of(Request.Kind.EVENT, event.getOption("name", "", OptionMapping::getAsString).strip(), null, year));
            }
            case "person" -> question(event, false, Request.of(Request.Kind.PERSON,
                    event.getOption("name", "", OptionMapping::getAsString).strip(),
                    blankToNull(event.getOption("event", null, OptionMapping::getAsString)), null));
            case "quote" -> question(event, false, Request.of(Request.Kind.QUOTE,
                    event.getOption("person", "", OptionMapping::getAsString).strip(),
                    blankToNull(event.getOption("topic", null, OptionMapping::getAsString)), null));
            case "admin" -> admin(event);
            default -> send(event, Replies.plain(Render.notice("Unknown command", "I don't know that command. Try /help.")), true);
        }
    }

    /** A question: rate-limited, answered directly when quick, else deferred and sent when ready. */
    private void question(SlashCommandInteractionEvent event, boolean ephemeral, Request request) {
        RateLimiter.Refusal refusal = limiter.tryAcquire(event.getUser().getId(), event.getGuild() == null ? null : event.getGuild().getId());
        if (refusal != null) {
            events.cooldownHit(refusal.perUser());
            LOG.info("Refused by the {} rate limit", refusal.perUser() ? "user" : "server");
            send(event, Replies.plain(Render.notice("Slow down", refusal.message())), true);
            return;
        }
        String channelId = event.getChannelId();
        respond(event, ephemeral, () -> {
            Views.View view = views.render(request, 0);
            if (!ephemeral && request.kind() == Request.Kind.ASK && view.answer() != null && channelId != null) {
                conversations.put(channelId, backend.contextOf(view.answer(), request.context()));
            }
            return Replies.view(view);
        });
    }

    private void respond(IReplyCallback event, boolean ephemeral, Supplier<Replies.Reply> work) {
        long t0 = System.nanoTime();
        Map<String, String> context = LogContext.capture();
        CompletableFuture<Replies.Reply> result = new CompletableFuture<>();
        workers.execute(LogContext.adopt(context, () -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }));
        result.whenComplete((reply, error) -> LogContext.adopt(context, () -> {
            long ms = (System.nanoTime() - t0) / 1_000_000;
            MDC.put(LogContext.LATENCY, Long.toString(ms));
            if (error != null) {
                LOG.error("Answer failed after {} ms", ms, error);
                events.failed(context.getOrDefault(LogContext.COMMAND, "answer"));
            } else {
                LOG.info("Answered in {} ms", ms);
            }
        }).run());
        AtomicBoolean claimed = new AtomicBoolean();
        result.whenComplete((reply, error) -> {
            if (!claimed.compareAndSet(false, true)) return;
            if (error != null) {
                fail(event);
            } else {
                send(event, reply, ephemeral);
            }
        });
        timer.schedule(() -> {
            if (!claimed.compareAndSet(false, true)) return;
            event.deferReply(ephemeral).queue(ok -> result.whenComplete((reply, error) -> {
                if (error != null) {
                    event.getHook().deleteOriginal().queue(null, e -> { });
                    event.getHook().sendMessage(Replies.plain(Render.notice("Oops", SORRY)).create()).setEphemeral(true).queue(null, e -> { });
                } else {
                    Delivery.send(() -> event.getHook().editOriginal(reply.edit()), "Deferred reply");
                }
            }), e -> LOG.warn("Could not defer: {}", e.getMessage()));
        }, deferAfter.toMillis(), TimeUnit.MILLISECONDS);
    }

    // ---- admin ----

    private void admin(SlashCommandInteractionEvent event) {
        String sub = event.getSubcommandName();
        if (!isAdmin(event.getMember(), event.getUser())) {
            LOG.warn("Refused /admin {} to a user who is not an admin", sub);
            send(event, Replies.plain(Render.notice("Admins only",
                    "Only server managers and the bot's admins can use /admin.")), true);
            return;
        }
        LOG.info("/admin {} by an admin", sub);
        switch (sub == null ? "" : sub) {
            case "stats" -> send(event, Replies.plain(Render.stats(backend.stats())), true);
            case "reload" -> event.deferReply(true).queue(ok -> workers.execute(LogContext.adopt(LogContext.capture(), () -> {
                try {
                    event.getHook().editOriginal(Replies.plain(Render.reload(backend.reload())).edit()).queue();
                } catch (RuntimeException e) {
                    LOG.error("/admin reload failed", e);
                    events.failed("admin reload");
                    event.getHook().editOriginal(Replies.plain(Render.notice("Reload failed", SORRY)).edit()).queue();
                }
            })));
            case "ingest" -> ingest(event);
            default -> send(event, Replies.plain(Render.notice("Unknown command", "Try /admin reload, stats or ingest.")), true);
        }
    }

    private boolean isAdmin(Member member, User user) {
        if (config.adminUserIds().contains(user.getId())) return true;
        if (member == null) return false;
        for (Role role : member.getRoles()) {
            if (config.adminRoleIds().contains(role.getId())) return true;
        }
        return member.hasPermission(Permission.MANAGE_SERVER);
    }

    private void ingest(SlashCommandInteractionEvent event) {
        Message.Attachment file = event.getOption("file", null, OptionMapping::getAsAttachment);
        if (file == null) {
            send(event, Replies.plain(Render.notice("Ingest", "Attach a file to add.")), true);
            return;
        }
        String name = file.getFileName();
        if (file.getSize() > config.maxIngestBytes()) {
            send(event, Replies.plain(Render.ingest(name, IngestReport.refused("The file is " + file.getSize()
                    + " bytes; the limit is " + config.maxIngestBytes() + " bytes."))), true);
            return;
        }
        event.deferReply(true).queue(ok -> workers.execute(LogContext.adopt(LogContext.capture(), () -> {
            IngestReport report;
            try {
                byte[] bytes = downloader.download(file.getUrl(), config.maxIngestBytes());
                report = backend.ingest(name, bytes);
            } catch (AttachmentDownloader.DownloadException e) {
                report = IngestReport.refused("Could not read the attachment: " + e.getMessage() + ".");
            } catch (RuntimeException e) {
                LOG.error("/admin ingest of {} failed", name, e);
                events.failed("admin ingest");
                report = IngestReport.refused(SORRY);
            }
            LOG.info("/admin ingest {}: {}", name, report.message());
            event.getHook().editOriginal(Replies.plain(Render.ingest(name, report)).edit()).queue();
        })));
    }

    // ---- autocomplete ----

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (stopping) return;
        workers.execute(() -> {
            String option = event.getFocusedOption().getName();
            String typed = event.getFocusedOption().getValue();
            List<String> choices;
            try {
                boolean events = option.equals("event") || (event.getName().equals("event") && option.equals("name"));
                choices = events ? backend.suggestEvents(typed, SUGGESTIONS) : backend.suggestPeople(typed, SUGGESTIONS);
            } catch (RuntimeException e) {
                LOG.warn("Suggestions for '{}' failed: {}", typed, e.toString());
                choices = List.of();
            }
            List<String> safe = choices.stream().filter(c -> c != null && !c.isBlank())
                    .map(c -> Text.clip(Text.oneLine(c), 100)).distinct().limit(SUGGESTIONS).toList();
            event.replyChoiceStrings(safe).queue(null, e -> LOG.debug("Autocomplete reply failed: {}", e.getMessage()));
        });
    }

    // ---- buttons ----

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        ButtonId id = ButtonId.parse(event.getComponentId());
        if (id == null || refusedWhileStopping(event)) return;
        workers.execute(() -> {
            String command = "button " + id.action().name().toLowerCase(java.util.Locale.ROOT);
            try (LogContext ignored = LogContext.open(command, guildId(event), event.getUser().getId())) {
                button(event, id);
            } catch (RuntimeException e) {
                LOG.error("Button {} failed", event.getComponentId(), e);
                events.failed(command);
                fail(event);
            }
        });
    }

    private void button(ButtonInteractionEvent event, ButtonId id) {
        Request request = views.store().get(id.key());
        if (request == null) {
            send(event, Replies.plain(Render.notice("This button has expired", "Ask again with /ask.")), true);
            return;
        }
        switch (id.action()) {
            case PAGE -> event.editMessage(Replies.view(views.render(request, id.page())).edit()).queue();
            case SOURCES -> send(event, Replies.sources(views.sources(request, 0)), true);
            case SOURCES_PAGE -> event.editMessage(Replies.sources(views.sources(request, id.page())).edit()).queue();
            case QUOTES -> send(event, Replies.quotes(views.moreQuotes(request, 0)), true);
            case QUOTES_PAGE -> event.editMessage(Replies.quotes(views.moreQuotes(request, id.page())).edit()).queue();
            case UP, DOWN -> {
                Views.View view = views.render(request, 0);
                List<String> ids = view.answer() == null ? List.of() : view.answer().sources().stream().map(Source::id).toList();
                try {
                    feedback.append(id.action() == ButtonId.Action.UP, request, ids, event.getUser().getId());
                    send(event, Replies.plain(Render.notice("Thanks!", "Your feedback helps improve the answers.")), true);
                } catch (IOException e) {
                    LOG.warn("Could not save feedback to {}: {}", feedback.file(), e.getMessage());
                    send(event, Replies.plain(Render.notice("Oops", "I could not save your feedback just now.")), true);
                }
            }
        }
    }

    // ---- @mentions ----

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        Message message = event.getMessage();
        if (stopping || event.getAuthor().isBot() || event.isWebhookMessage()) return;
        User self = event.getJDA().getSelfUser();
        if (!message.getMentions().isMentioned(self, Message.MentionType.USER)) return;
        String question = Pattern.compile("<@!?" + self.getId() + ">").matcher(message.getContentRaw()).replaceAll(" ").strip();
        workers.execute(() -> {
            long t0 = System.nanoTime();
            try (LogContext ignored = LogContext.open("mention", event.isFromGuild() ? event.getGuild().getId() : null, event.getAuthor().getId())) {
                try {
                    mention(event, message, question);
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    MDC.put(LogContext.LATENCY, Long.toString(ms));
                    LOG.info("Answered in {} ms", ms);
                } catch (InsufficientPermissionException e) {
                    LOG.warn("Cannot answer a mention in channel {}: missing permission {}", event.getChannel().getId(), e.getPermission());
                } catch (RuntimeException e) {
                    mentionFailed(message, e);
                }
            }
        });
    }

    private void mentionFailed(Message message, RuntimeException e) {
        LOG.error("Answer to a mention failed", e);
        events.failed("mention");
        try {
            message.reply(Replies.plain(Render.notice("Oops", SORRY)).create()).queue(null, err -> { });
        } catch (RuntimeException again) {
            LOG.warn("Could not tell the user either: {}", again.getMessage());
        }
    }

    private void mention(MessageReceivedEvent event, Message message, String question) {
        if (question.isEmpty()) {
            message.reply(Replies.plain(Render.help()).create()).queue();
            return;
        }
        RateLimiter.Refusal refusal = limiter.tryAcquire(event.getAuthor().getId(), event.isFromGuild() ? event.getGuild().getId() : null);
        if (refusal != null) {
            events.cooldownHit(refusal.perUser());
            LOG.info("Refused by the {} rate limit", refusal.perUser() ? "user" : "server");
            message.reply(Replies.plain(Render.notice("Slow down", refusal.message())).create()).queue();
            return;
        }
        String channel = event.getChannel().getId();
        Conversation context = conversations.get(channel);
        Request request = Request.ask(question, context);
        Views.View view = views.render(request, 0);
        conversations.put(channel, backend.contextOf(view.answer(), context));
        Delivery.send(() -> message.reply(Replies.view(view).create()), "Reply to a mention");
    }

    // ---- helpers ----

    /**
     * Answers an interaction. An interaction callback can be sent only once, so when Discord fails it
     * with a server error a public answer is posted in the channel instead (private ones cannot be).
     */
    private static void send(IReplyCallback event, Replies.Reply reply, boolean ephemeral) {
        event.reply(reply.create()).setEphemeral(ephemeral).queue(null, e -> {
            if (!ephemeral && Delivery.serverError(e) && event.getMessageChannel() != null) {
                LOG.info("Reply: Discord answered with a server error; posting the answer in the channel instead");
                Delivery.send(() -> event.getMessageChannel().sendMessage(reply.create()), "Reply in the channel");
            } else {
                LOG.warn("Reply failed: {}", e.getMessage());
            }
        });
    }

    private static void fail(IReplyCallback event) {
        Replies.Reply sorry = Replies.plain(Render.notice("Oops", SORRY));
        if (event.isAcknowledged()) {
            event.getHook().sendMessage(sorry.create()).setEphemeral(true).queue(null, e -> { });
        } else {
            send(event, sorry, true);
        }
    }

    private static String guildId(net.dv8tion.jda.api.interactions.Interaction event) {
        return event.getGuild() == null ? null : event.getGuild().getId();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
