package dev.redcarpet.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.GenericContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every Discord event the bot handles comes through here: slash commands, autocomplete, buttons
 * and other components, modals and messages. The dispatcher checks admin rights and rate limits,
 * hands acknowledgement to the {@link Acknowledger}, and logs and reports failures, the same way for
 * every command in {@link BotCommands#ALL}. Anything it does not recognise (an old or foreign
 * button, a modal, a context menu) gets a private "expired" reply rather than silence.
 */
final class Dispatcher extends ListenerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final int SUGGESTIONS = 25;
    /** Autocomplete cannot be deferred: what is not ready by then is answered with no choices. */
    private static final Duration SUGGEST_WITHIN = Duration.ofMillis(2000);

    private final BotContext bot;
    private final RateLimiter limiter;
    private final ExecutorService workers;
    private final Acknowledger ack;
    private final Buttons buttons;
    private final Mentions mentions;
    private final Registration registration;
    private volatile boolean stopping;

    Dispatcher(BotContext bot, RateLimiter limiter, ExecutorService workers, Acknowledger ack, Registration registration) {
        this.bot = bot;
        this.limiter = limiter;
        this.workers = workers;
        this.ack = ack;
        this.buttons = new Buttons(bot, ack);
        this.mentions = new Mentions(bot, limiter, workers);
        this.registration = registration;
    }

    /** From now on new interactions get a short notice and messages are left alone; work in flight goes on. */
    void stopTaking() {
        stopping = true;
    }

    static Replies.Reply expired() {
        return Replies.plain(Render.notice("This button has expired", "Ask again with /ask."));
    }

    // ---- registration ----

    @Override
    public void onReady(ReadyEvent event) {
        registration.ready(event.getJDA());
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        registration.guildReady(event.getGuild());
    }

    // ---- slash commands ----

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        try (LogContext ignored = LogContext.open(event.getFullCommandName(), guildId(event), event.getUser().getId())) {
            if (refusedWhileStopping(event)) return;
            Optional<BotCommand> found = BotCommands.named(event.getName());
            if (found.isEmpty()) {
                Acknowledger.now(event, Replies.plain(Render.notice("Unknown command", "I don't know that command. Try /help.")), true);
                return;
            }
            BotCommand command = found.get();
            SlashCall call = new SlashCall(event, bot);
            if (command.adminOnly() && !isAdmin(event.getMember(), event.getUser())) {
                LOG.warn("Refused /{} to a user who is not an admin", event.getFullCommandName());
                Acknowledger.now(event, Replies.plain(Render.notice("Admins only",
                        "Only server managers and the bot's admins can use /" + command.name() + ".")), true);
                return;
            }
            Replies.Reply atOnce = command.atOnce(call);
            if (atOnce != null) {
                Acknowledger.now(event, atOnce, true);
                return;
            }
            if (command.limited()) {
                RateLimiter.Refusal refusal = limiter.tryAcquire(event.getUser().getId(), guildId(event));
                if (refusal != null) {
                    bot.events().cooldownHit(refusal.perUser());
                    LOG.info("Refused by the {} rate limit", refusal.perUser() ? "user" : "server");
                    Acknowledger.now(event, Replies.plain(Render.notice("Slow down", refusal.message())), true);
                    return;
                }
            }
            if (command.adminOnly()) LOG.info("/{} by an admin", event.getFullCommandName());
            ack.reply(event, command.ephemeral(call), () -> command.run(call));
        } catch (RuntimeException e) {
            LOG.error("/{} failed", event.getFullCommandName(), e);
            bot.events().failed(event.getFullCommandName());
            if (!event.isAcknowledged()) Acknowledger.now(event, Replies.plain(Render.notice("Oops", Acknowledger.SORRY)), true);
        }
    }

    private boolean isAdmin(Member member, User user) {
        if (bot.config().adminUserIds().contains(user.getId())) return true;
        if (member == null) return false;
        for (Role role : member.getRoles()) {
            if (bot.config().adminRoleIds().contains(role.getId())) return true;
        }
        return member.hasPermission(Permission.MANAGE_SERVER);
    }

    @Override
    public void onGenericContextInteraction(GenericContextInteractionEvent<?> event) {
        Acknowledger.now(event, Replies.plain(Render.notice("Unknown command", "I don't know that command. Try /help.")), true);
    }

    // ---- autocomplete ----

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        if (stopping) {
            event.replyChoiceStrings(List.of()).queue(null, e -> { });
            return;
        }
        String option = event.getFocusedOption().getName();
        String typed = event.getFocusedOption().getValue();
        Optional<BotCommand> command = BotCommands.named(event.getName());
        CompletableFuture.supplyAsync(() -> command.map(c -> c.suggest(bot.backend(), option, typed, SUGGESTIONS)).orElse(List.of()), workers)
                .completeOnTimeout(null, SUGGEST_WITHIN.toMillis(), TimeUnit.MILLISECONDS)
                .handle((choices, error) -> {
                    if (error != null) LOG.warn("Suggestions for '{}' failed: {}", typed, error.toString());
                    if (choices == null && error == null) LOG.info("Suggestions for /{} {} were not ready in time", event.getName(), option);
                    List<String> safe = choices == null ? List.of() : choices.stream().filter(c -> c != null && !c.isBlank())
                            .map(c -> Text.clip(Text.oneLine(c), 100)).distinct().limit(SUGGESTIONS).toList();
                    event.replyChoiceStrings(safe).queue(null, e -> LOG.debug("Autocomplete reply failed: {}", e.getMessage()));
                    return null;
                });
    }

    // ---- buttons, other components, modals ----

    @Override
    public void onGenericComponentInteractionCreate(GenericComponentInteractionCreateEvent event) {
        ButtonId id = ButtonId.parse(event.getComponentId());
        String command = id == null ? "component" : "button " + id.action().name().toLowerCase(Locale.ROOT);
        try (LogContext ignored = LogContext.open(command, guildId(event), event.getUser().getId())) {
            if (refusedWhileStopping(event)) return;
            Request request = id == null ? null : bot.views().store().get(id.key());
            if (!(event instanceof ButtonInteractionEvent button) || request == null) {
                LOG.info("A component the bot does not know (or no longer knows) was used");
                Acknowledger.now(event, expired(), true);
                return;
            }
            buttons.click(button, id, request);
        } catch (RuntimeException e) {
            LOG.error("Component {} failed", event.getComponentId(), e);
            bot.events().failed(command);
            if (!event.isAcknowledged()) Acknowledger.now(event, Replies.plain(Render.notice("Oops", Acknowledger.SORRY)), true);
        }
    }

    @Override
    public void onModalInteraction(ModalInteractionEvent event) {
        if (refusedWhileStopping(event)) return;
        // The bot opens no forms today: whatever arrives is from an older version or not ours.
        Acknowledger.now(event, Replies.plain(Render.notice("This form has expired", "Ask again with /ask.")), true);
    }

    // ---- messages ----

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (stopping) return;
        mentions.received(event);
    }

    // ---- helpers ----

    private boolean refusedWhileStopping(IReplyCallback event) {
        if (!stopping) return false;
        Acknowledger.now(event, Replies.plain(Render.notice("Restarting", "I am restarting right now; please try again in a moment.")), true);
        return true;
    }

    private static String guildId(Interaction event) {
        return event.getGuild() == null ? null : event.getGuild().getId();
    }
}
