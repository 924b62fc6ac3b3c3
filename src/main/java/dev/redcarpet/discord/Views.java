package dev.redcarpet.discord;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.engine.Conversation;
import net.dv8tion.jda.api.entities.MessageEmbed;

import java.util.List;

/** Answers a {@link Request} through the backend and renders the pages of the result. */
final class Views {
    private final BotBackend backend;
    private final RequestStore store;

    Views(BotBackend backend, RequestStore store) {
        this.backend = backend;
        this.store = store;
    }

    /**
     * One rendered page of a result.
     *
     * @param answer the engine's answer, or null for views that are not answers (/sources)
     */
    record View(Request request, String key, Answer answer, List<MessageEmbed> pages, int page) {
        MessageEmbed embed() {
            return pages.get(page);
        }

        boolean hasMoreQuotes() {
            return answer != null && !answer.abstained() && command(request).offersMoreQuotes() && !answer.quotes().isEmpty();
        }
    }

    RequestStore store() {
        return store;
    }

    View render(Request request, int page) {
        AnsweringCommand command = command(request);
        Answer answer = command.answer(backend, request);
        String key = answer == null ? store.keyOf(request)
                : store.keyOf(request, answer.sources().stream().map(dev.redcarpet.answer.Source::id).toList());
        return view(request, key, answer, command.pages(backend, answer, command.title(request)), page);
    }

    View sources(Request request, int page) {
        Answer answer = answer(request);
        return view(request, store.keyOf(request), answer, Render.sources(answer, "Sources · " + command(request).title(request)), page);
    }

    /** The quotes of the person the answer is about, or else all the answer's quotes. */
    View moreQuotes(Request request, int page) {
        Answer answer = answer(request);
        Conversation context = backend.contextOf(answer, request.context());
        Answer quotes = answer;
        if (context != null && context.person() != null) {
            Answer theirs = backend.quotes(context.person(), null);
            if (!theirs.quotes().isEmpty()) quotes = theirs;
        }
        String title = "Quotes · " + (context != null && context.person() != null ? context.person() : command(request).title(request));
        return view(request, store.keyOf(request), quotes, Render.quotes(quotes, title), page);
    }

    private Answer answer(Request r) {
        Answer answer = command(r).answer(backend, r);
        if (answer == null) throw new IllegalArgumentException(r.kind() + " is not an answer");
        return answer;
    }

    /** The command that answers a stored request; {@link RequestStore} keeps only requests one answers. */
    static AnsweringCommand command(Request r) {
        return BotCommands.answering(r.kind())
                .orElseThrow(() -> new IllegalArgumentException("no command answers " + r.kind()));
    }

    private static View view(Request request, String key, Answer answer, List<MessageEmbed> pages, int page) {
        int p = Math.max(0, Math.min(page, pages.size() - 1));
        return new View(request, key, answer, pages, p);
    }
}
