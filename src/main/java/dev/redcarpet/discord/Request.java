package dev.redcarpet.discord;

/**
 * A question as the bot was asked it, kept so that buttons can answer it again after a restart.
 *
 * @param kind    the name of the command that answers it (a mention counts as "ask"); names
 *                stored in upper case by earlier versions are read the same
 * @param text    the question, event name or person
 * @param extra   the /person event or /quote topic; may be null
 * @param year    the /event year; may be null
 * @param person  conversation context of a follow-up; may be null
 * @param eventId conversation context of a follow-up; may be null
 * @param ctxYear conversation context of a follow-up; may be null
 */
public record Request(String kind, String text, String extra, Integer year,
                      String person, String eventId, Integer ctxYear) {

    public Request {
        kind = kind == null ? "" : kind.toLowerCase(java.util.Locale.ROOT);
    }

    public static Request of(String kind, String text, String extra, Integer year) {
        return new Request(kind, text, extra, year, null, null, null);
    }

    public dev.redcarpet.engine.Conversation context() {
        return new dev.redcarpet.engine.Conversation(person, eventId, ctxYear);
    }

    public static Request ask(String question, dev.redcarpet.engine.Conversation context) {
        dev.redcarpet.engine.Conversation c = context == null ? dev.redcarpet.engine.Conversation.empty() : context;
        return new Request("ask", question, null, null, c.person(), c.eventId(), c.year());
    }
}
