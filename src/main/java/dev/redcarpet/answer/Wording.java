package dev.redcarpet.answer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The English of the renderers: how each lead, decline and note of an {@link Answer} is said. Shared by
 * the text renderer and the Discord renderer so both say the same thing; layout (markdown, embeds,
 * reference numbers) stays with each renderer. Text from articles is passed through unchanged.
 */
public final class Wording {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final String EXAMPLE = "What did Zendaya wear to the 2024 Met Gala?";
    /** Longest question or command input, in characters, named in the TOO_LONG decline. */
    public static final int MAX_INPUT = 1000;

    private Wording() {
    }

    /** The one line of a decline. */
    public static String decline(Decline d) {
        return switch (d.reason()) {
            case EMPTY -> "Ask me about a red-carpet look, for example: \u201C" + EXAMPLE + "\u201D";
            case TOO_LONG -> d.detail() == null
                    ? "That question is " + d.size() + " characters long; please ask in under " + MAX_INPUT + " characters, naming the person and the event."
                    : "That is " + d.size() + " characters long; please use under " + MAX_INPUT + " characters.";
            case SHUTTING_DOWN -> "I am restarting right now; please ask again in a moment.";
            case FAILED -> "Sorry, something went wrong while answering. Please try again.";
            case NOT_FOUND -> "I couldn't find that in my articles. Try naming the person, the event and the year.";
            case WHO_IS_MEANT -> "Who do you mean? Name the person (and the event), and I'll look it up.";
            case UNKNOWN_NAME -> "I don't have any articles that mention \u201C" + d.person() + "\u201D" + where(d) + ".";
            case UNKNOWN_PERSON -> "I don't have any articles that mention " + d.person() + where(d) + "."
                    + (d.known().isEmpty() ? "" : " My articles cover the " + String.join(", the ", d.known()) + ".");
            case OUT_OF_SCOPE -> "My articles report red-carpet looks and what was said on the carpet, not " + d.detail() + "."
                    + (d.known().isEmpty() ? "" : " I have " + d.person() + "'s looks at the " + String.join(", the ", d.known()) + ".");
            case NO_EDITION -> "I don't have any articles on the " + d.year() + " " + d.event() + "."
                    + (d.known().isEmpty() ? "" : " I have articles on the " + d.event() + " in " + String.join(", ", d.known()) + ".");
            case NOT_AT_EDITION -> "I don't have any articles on " + d.person() + " at the " + (d.year() == null ? "" : d.year() + " ")
                    + d.event() + "." + (d.known().isEmpty() ? "" : " I have articles on " + d.person() + " at the " + String.join(", the ", d.known()) + ".");
            case UNDESCRIBED -> "My articles describe " + d.person() + "'s look at the " + d.event() + " but not the " + d.detail() + ".";
            case ONLY_MENTIONED -> "My articles name " + d.person() + " at " + (d.event() == null ? "that event" : "the " + d.event())
                    + " only in passing and do not describe " + d.person() + "'s look there: \u201C" + d.evidence().text().strip() + "\u201D";
            case UNKNOWN_EVENT -> "I don't know an event called \u201C" + d.detail() + "\u201D."
                    + (d.known().isEmpty() ? "" : " Try one of: " + String.join(", ", d.known()) + ".");
            case EDITION_WITHOUT_ARTICLES -> d.year() == null ? "I have no articles on the " + d.event() + " yet." : "I have no articles on this edition."
                    + (d.known().isEmpty() ? "" : " I have articles on the " + d.event() + " in " + String.join(", ", d.known()) + ".");
            case PERSON_NOT_NAMED -> "I have no articles that name \u201C" + d.person() + "\u201D.";
            case NO_LOOKS -> "I have no looks of " + d.person() + (d.event() == null ? "" : " at the " + d.event()) + ".";
            case NO_QUOTES -> "I have no quotes from " + d.person() + (d.detail() == null || d.detail().isBlank() ? "" : " on \u201C" + d.detail() + "\u201D") + ".";
        };
    }

    private static String where(Decline d) {
        if (d.event() == null) return "";
        return " at the " + (d.year() == null ? "" : d.year() + " ") + d.event();
    }

    /** The catalogue facts opening a theme or hosts answer. */
    public static String background(EventFacts f, boolean theme) {
        StringBuilder b = new StringBuilder();
        if (theme) {
            if (f.theme() != null) b.append("theme \u201C").append(f.theme()).append("\u201D");
            if (f.dressCode() != null) b.append(b.isEmpty() ? "" : ", ").append("dress code \u201C").append(f.dressCode()).append("\u201D");
        }
        if (!f.hosts().isEmpty()) b.append(b.isEmpty() ? "" : "; ").append("hosts ").append(String.join(", ", f.hosts()));
        if (b.isEmpty()) return null;
        return "The " + f.year() + " " + f.event() + " (event catalogue): " + b + ".";
    }

    /** An edition's catalogue facts as /event shows them: "2024 Met Gala, 6 May 2024. Theme: “…”. Hosts: …." */
    public static String edition(EventFacts f) {
        StringBuilder text = new StringBuilder(f.year() + " " + f.event());
        if (f.date() != null) text.append(", ").append(f.date().format(DAY));
        text.append('.');
        if (f.theme() != null) text.append(" Theme: \u201C").append(f.theme()).append("\u201D.");
        if (f.dressCode() != null) text.append(" Dress code: \u201C").append(f.dressCode()).append("\u201D.");
        if (!f.hosts().isEmpty()) text.append(" Hosts: ").append(String.join(", ", f.hosts())).append('.');
        return text.toString();
    }

    /** The first sentence of a lead (null when the lead is said by the supporting sentences alone). */
    public static String lead(Lead lead) {
        return switch (lead) {
            case Lead.Wore w -> w.person() + " wore " + w.designers() + (w.edition() == null ? "" : " at the " + w.edition()) + ".";
            case Lead.Verdict v -> (v.yes() ? "Yes: " : "No: ") + v.evidence().text().strip();
            case Lead.StyledBy s -> "Styled by " + s.stylist() + ".";
            case Lead.Detail d -> d.evidence().text().strip();
            case Lead.Said s when s.sentence() != null -> (s.edition() == null ? "" : "At the " + s.edition() + ": ")
                    + (s.quote().speaker() == null || namesSpeaker(s.sentence().text(), s.quote().speaker()) ? "" : s.quote().speaker() + ": ")
                    + s.sentence().text().strip();
            case Lead.Said s -> "\u201C" + s.quote().text() + "\u201D" + (s.quote().speaker() == null ? "" : " \u2014 " + s.quote().speaker())
                    + (s.edition() == null ? "" : ", at the " + s.edition()) + ".";
            case Lead.Listed l -> names(l.people()) + " wore " + String.join(" or ", l.values())
                    + (l.edition() == null ? "" : " at the " + l.edition()) + ".";
            case Lead.Ranked r -> "The " + (r.best() ? "best" : "worst") + "-dressed" + (r.edition() == null ? "" : " at the " + r.edition())
                    + ", as my articles rank them:";
            case Lead.EventOverview e -> e.articles() + (e.articles() == 1 ? " article" : " articles") + ", "
                    + e.looks() + (e.looks() == 1 ? " look." : " looks.");
            case Lead.PersonOverview p -> p.looks() == 0
                    ? p.person() + " appears in " + p.articles() + (p.articles() == 1 ? " article" : " articles") + ", but I found no look details."
                    : p.person() + ": " + p.looks() + (p.looks() == 1 ? " look" : " looks") + " in my articles, newest first.";
            case Lead.QuoteCount c -> c.person() + (c.topic() == null || c.topic().isBlank() ? "" : " on \u201C" + c.topic() + "\u201D") + ": "
                    + c.count() + (c.count() == 1 ? " quote." : " quotes.");
        };
    }

    /** "This is about 2024. Also in my articles: 2023 Met Gala (Versace); 2022 Met Gala." */
    public static String others(OtherEditions o) {
        List<String> shown = new ArrayList<>();
        for (OtherEditions.Edition e : o.editions()) shown.add(e.label() + (e.designers() == null ? "" : " (" + e.designers() + ")"));
        String focus = o.focusYear() == null ? "" : "This is about " + o.focusYear() + ". ";
        return focus + "Also in my articles: " + String.join("; ", shown) + ".";
    }

    /** A list line's description: "Maison Margiela, Givenchy, dress". */
    public static String values(ListItem item) {
        return String.join(", ", item.values());
    }

    /** A quote labelled with its edition when it is not the one asked about. */
    public static String quoteEdition(String edition) {
        return edition == null ? "" : " (at the " + edition + ")";
    }

    /** Letters and digits only, folded: two texts that differ only in quote marks or spacing compare equal. */
    public static String plain(String text) {
        return dev.redcarpet.index.Keys.fold(text).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Whether a sentence names the speaker by their last name ("…, Nyong'o called it…"). */
    private static boolean namesSpeaker(String sentence, String speaker) {
        String name = dev.redcarpet.index.Keys.fold(speaker);
        String surname = name.indexOf(' ') > 0 ? name.substring(name.indexOf(' ') + 1) : name;
        return (" " + dev.redcarpet.index.Keys.fold(sentence) + " ").contains(" " + surname + " ");
    }

    public static String names(List<String> names) {
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
