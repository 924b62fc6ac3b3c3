package dev.redcarpet.discord;

/**
 * A question as the bot was asked it, kept so that buttons can answer it again after a restart.
 *
 * @param kind    which command (a mention counts as {@link Kind#ASK})
 * @param text    the question, event name or person
 * @param extra   the /person event or /quote topic; may be null
 * @param year    the /event year; may be null
 * @param person  conversation context of a follow-up; may be null
 * @param eventId conversation context of a follow-up; may be null
 * @param ctxYear conversation context of a follow-up; may be null
 */
public record Request(Kind kind, String text, String extra, Integer year,
                      String person, String eventId, Integer ctxYear) {

    /** The commands whose answers have buttons. */
    public enum Kind { ASK, EVENT, PERSON, QUOTE, SOURCES }

    public static Request of(Kind kind, String text, String extra, Integer year) {
        return new Request(kind, text, extra, year, null, null, null);
    }

    public dev.redcarpet.engine.Conversation context() {
        return new dev.redcarpet.engine.Conversation(person, eventId, ctxYear);
    }

    public static Request ask(String question, dev.redcarpet.engine.Conversation context) {
        dev.redcarpet.engine.Conversation c = context == null ? dev.redcarpet.engine.Conversation.empty() : context;
        return new Request(Kind.ASK, question, null, null, c.person(), c.eventId(), c.year());
    }
}
