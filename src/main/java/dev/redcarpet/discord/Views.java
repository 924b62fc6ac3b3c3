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
            return answer != null && !answer.abstained() && request.kind() != Request.Kind.QUOTE && !answer.quotes().isEmpty();
        }
    }

    RequestStore store() {
        return store;
    }

    View render(Request request, int page) {
        String key;
        if (request.kind() == Request.Kind.SOURCES) {
            key = store.keyOf(request);
            return view(request, key, null, Render.summary(backend.sources()), page);
        }
        Answer answer = answer(request);
        key = store.keyOf(request, answer.sources().stream().map(dev.redcarpet.answer.Source::id).toList());
        String title = title(request, answer);
        List<MessageEmbed> pages = request.kind() == Request.Kind.QUOTE ? Render.quotes(answer, title) : Render.answer(answer, title);
        return view(request, key, answer, pages, page);
    }

    View sources(Request request, int page) {
        Answer answer = answer(request);
        return view(request, store.keyOf(request), answer, Render.sources(answer, "Sources · " + title(request, answer)), page);
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
        String title = "Quotes · " + (context != null && context.person() != null ? context.person() : title(request, answer));
        return view(request, store.keyOf(request), quotes, Render.quotes(quotes, title), page);
    }

    private Answer answer(Request r) {
        return switch (r.kind()) {
            case ASK -> backend.ask(r.text(), r.context());
            case EVENT -> backend.event(r.text(), r.year());
            case PERSON -> backend.person(r.text(), r.extra());
            case QUOTE -> backend.quotes(r.text(), r.extra());
            case SOURCES -> throw new IllegalArgumentException("sources is not an answer");
        };
    }

    private static String title(Request r, Answer a) {
        return switch (r.kind()) {
            case ASK -> r.text();
            case EVENT -> r.text() + (r.year() == null ? "" : " " + r.year());
            case PERSON -> r.text() + (r.extra() == null ? "" : " at " + r.extra());
            case QUOTE -> "Quotes from " + r.text() + (r.extra() == null ? "" : " on " + r.extra());
            case SOURCES -> "What I know";
        };
    }

    private static View view(Request request, String key, Answer answer, List<MessageEmbed> pages, int page) {
        int p = Math.max(0, Math.min(page, pages.size() - 1));
        return new View(request, key, answer, pages, p);
    }
}
