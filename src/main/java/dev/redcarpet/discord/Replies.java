package dev.redcarpet.discord;

import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.util.ArrayList;
import java.util.List;

/** Builds outgoing messages: one embed page plus its buttons, always with allowed mentions set to none. */
final class Replies {
    private Replies() {
    }

    /** A message ready to send as a new message or as an edit. */
    record Reply(MessageCreateData create) {
        MessageEditData edit() {
            return MessageEditData.fromCreateData(create);
        }
    }

    static Reply plain(List<MessageEmbed> pages) {
        return build(pages.get(0), List.of());
    }

    /** An answer page with page buttons, then Sources, More quotes and feedback. */
    static Reply view(Views.View v) {
        List<ActionRow> rows = new ArrayList<>();
        if (v.pages().size() > 1) rows.add(nav(v, ButtonId.Action.PAGE));
        if (v.answer() != null) {
            List<Button> actions = new ArrayList<>();
            if (!v.answer().sources().isEmpty()) actions.add(Button.secondary(ButtonId.of(ButtonId.Action.SOURCES, v.key(), 0), "Sources"));
            if (v.hasMoreQuotes()) actions.add(Button.secondary(ButtonId.of(ButtonId.Action.QUOTES, v.key(), 0), "More quotes"));
            actions.add(Button.secondary(ButtonId.of(ButtonId.Action.UP, v.key(), 0), Emoji.fromUnicode("👍")));
            actions.add(Button.secondary(ButtonId.of(ButtonId.Action.DOWN, v.key(), 0), Emoji.fromUnicode("👎")));
            rows.add(ActionRow.of(actions));
        }
        return build(v.embed(), rows);
    }

    static Reply sources(Views.View v) {
        return build(v.embed(), v.pages().size() > 1 ? List.of(nav(v, ButtonId.Action.SOURCES_PAGE)) : List.of());
    }

    static Reply quotes(Views.View v) {
        return build(v.embed(), v.pages().size() > 1 ? List.of(nav(v, ButtonId.Action.QUOTES_PAGE)) : List.of());
    }

    private static ActionRow nav(Views.View v, ButtonId.Action action) {
        int page = v.page();
        int last = v.pages().size() - 1;
        return ActionRow.of(
                Button.secondary(ButtonId.of(action, v.key(), page - 1), "◀ Previous").withDisabled(page == 0),
                Button.secondary(ButtonId.of(ButtonId.Action.LABEL, v.key(), page + 1), (page + 1) + "/" + (last + 1)).asDisabled(),
                Button.secondary(ButtonId.of(action, v.key(), page + 1), "Next ▶").withDisabled(page == last));
    }

    private static Reply build(MessageEmbed embed, List<ActionRow> rows) {
        MessageCreateData data = new MessageCreateBuilder()
                .setEmbeds(embed)
                .setComponents(rows)
                .setAllowedMentions(List.of())
                .mentionRepliedUser(false)
                .build();
        return new Reply(data);
    }
}
