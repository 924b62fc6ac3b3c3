package dev.redcarpet.analysis.events;

import dev.redcarpet.analysis.looks.LookExtractor;

import dev.redcarpet.corpus.Article;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out which event edition an article covers.
 *
 * <p>The event is the one the title names most (earliest on a tie), else the one the text names most,
 * names in the first paragraph counting double. The year is, in order: a year written beside the
 * event in the title ("Met Gala 2024", "the 95th Academy Awards"); else the years written beside it in
 * the text, weighed against the edition the article's date points to; else the date alone (an article
 * written during or after an edition belongs to it, one written up to two months before belongs to the
 * coming one); else the one year the text mentions most on its own (a year beside another event dates that
 * event; a tie leaves the year unknown); else none.
 */
public final class EditionDetector {
    static final int DAYS_AHEAD = 62;
    private final EventCatalogue catalogue;

    public EditionDetector(EventCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The event an article is about and its year; either may be null (an undated report of "the Grammys"). */
    public record Found(EventEntry event, Integer year) {
        /** The edition, when both the event and its year are known. */
        public Edition edition() {
            return event == null || year == null ? null : event.edition(year);
        }
    }

    /** The event and year the article covers, read from one pass over its event mentions. */
    public Found find(Article a) {
        List<EventMention> title = catalogue.mentions(a.title());
        String text = a.text() == null ? "" : a.text();
        List<EventMention> body = catalogue.mentions(text);
        EventEntry event = chooseEvent(title, body, firstParagraphEnd(text), a.date());
        if (event == null) return new Found(null, null);
        return new Found(event, chooseYear(event, title, body, text, a.date()));
    }

    /** The edition the article covers, or null when it names no catalogued event (or no year can be told). */
    public Edition detect(Article a) {
        return find(a).edition();
    }

    /** The event the article is about, even when its year cannot be told; null when it names none. */
    public EventEntry detectEvent(Article a) {
        return find(a).event();
    }

    /**
     * Every edition the article names with a year beside the event, most named first, with the detected
     * edition first of all (with 0 mentions when only its date tells it).
     */
    public List<EditionMention> mentions(Article a) {
        Map<Edition, int[]> counts = new LinkedHashMap<>();
        Map<Edition, Boolean> inTitle = new HashMap<>();
        for (EventMention m : catalogue.mentions(a.title())) {
            if (m.year() == null) continue;
            Edition e = m.event().edition(m.year());
            counts.computeIfAbsent(e, k -> new int[1])[0]++;
            inTitle.put(e, true);
        }
        for (EventMention m : catalogue.mentions(a.text())) {
            if (m.year() == null) continue;
            counts.computeIfAbsent(m.event().edition(m.year()), k -> new int[1])[0]++;
        }
        Edition detected = detect(a);
        List<EditionMention> out = new ArrayList<>();
        counts.forEach((e, c) -> out.add(new EditionMention(e, c[0], inTitle.getOrDefault(e, false))));
        out.sort(Comparator.comparingInt((EditionMention m) -> -m.mentions()));
        if (detected != null) {
            EditionMention own = out.stream().filter(m -> m.edition().equals(detected)).findFirst()
                    .orElse(new EditionMention(detected, 0, false));
            out.remove(own);
            out.add(0, own);
        }
        return out;
    }

    private static int firstParagraphEnd(String text) {
        int p = text.indexOf("\n\n");
        return p < 0 ? text.length() : p;
    }

    private static EventEntry chooseEvent(List<EventMention> title, List<EventMention> body, int leadEnd, LocalDate date) {
        EventEntry fromTitle = mostNamed(title, body, Integer.MAX_VALUE, true, date);
        return fromTitle != null ? fromTitle : mostNamed(body, List.of(), leadEnd, false, date);
    }

    /**
     * The event named most in {@code primary}; body mentions break ties, then the earliest mention. An event
     * under way on the article's date counts as named twice more: a report from Toronto that recalls Venice
     * the week before is about Toronto.
     */
    private static EventEntry mostNamed(List<EventMention> primary, List<EventMention> body, int leadEnd, boolean title, LocalDate date) {
        Map<EventEntry, Integer> score = new LinkedHashMap<>();
        for (EventMention m : primary) {
            int w = title ? 100 : (m.start() < leadEnd ? 2 : 1);
            score.merge(m.event(), w, Integer::sum);
        }
        if (score.isEmpty()) return null;
        if (title) {
            for (EventMention m : body) score.computeIfPresent(m.event(), (k, v) -> v + 1);
        }
        if (date != null) score.replaceAll((e, v) -> underWay(e, date) ? v + 2 : v);
        EventEntry best = null;
        int bestScore = -1;
        for (Map.Entry<EventEntry, Integer> e : score.entrySet()) { // insertion order is first-mention order
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    private static Integer chooseYear(EventEntry event, List<EventMention> title, List<EventMention> body, String text, LocalDate date) {
        Integer inTitle = mostWritten(event, title, Integer.MAX_VALUE, null);
        if (inTitle != null) return inTitle;
        Integer byDate = date == null ? null : yearByDate(event, date);
        Integer written = mostWritten(event, body, firstParagraphEnd(text), byDate);
        if (written != null) return written;
        if (byDate != null) return byDate;
        Integer byDay = byDayAndMonth(event, text);
        if (byDay != null) return byDay;
        Integer any = mostMentionedYear(text, body);
        if (any != null) return any;
        return date == null ? null : date.getYear();
    }

    /**
     * The year most written beside the event (first paragraph counts double); the year the date points
     * to gets two extra votes, so a 2024 report that recalls "her 2021 Met Gala look" stays 2024.
     */
    private static Integer mostWritten(EventEntry event, List<EventMention> mentions, int leadEnd, Integer byDate) {
        Map<Integer, Integer> votes = new LinkedHashMap<>();
        for (EventMention m : mentions) {
            if (m.event() != event || m.year() == null) continue;
            votes.merge(m.year(), m.start() < leadEnd ? 2 : 1, Integer::sum);
        }
        if (votes.isEmpty()) return null;
        if (byDate != null) votes.merge(byDate, 2, Integer::sum);
        Integer best = null;
        for (Map.Entry<Integer, Integer> v : votes.entrySet()) {
            if (best == null || v.getValue() > votes.get(best)) best = v.getKey();
        }
        return best;
    }

    /** Days after an edition's last day when a report of it is still news of that edition. */
    static final int DAYS_AFTER = 2;

    /** Whether an edition of the event is on, or ended at most {@link #DAYS_AFTER} days before, on this date. */
    static boolean underWay(EventEntry event, LocalDate date) {
        for (int y = date.getYear() - 1; y <= date.getYear(); y++) {
            LocalDate start = event.startOf(y);
            LocalDate end = event.endOf(y);
            if (start == null || end == null) return false;
            if (!date.isBefore(start) && !date.isAfter(end.plusDays(DAYS_AFTER))) return true;
        }
        return false;
    }

    /** The edition an article of this date is about: the one under way or just past, or one starting within two months. */
    static Integer yearByDate(EventEntry event, LocalDate date) {
        Integer previous = null;
        Integer upcoming = null;
        for (int y = date.getYear() - 1; y <= date.getYear() + 1; y++) {
            LocalDate start = event.startOf(y);
            LocalDate end = event.endOf(y);
            if (start == null) return null;
            if (!date.isBefore(start) && !date.isAfter(end)) return y;
            if (date.isAfter(end)) previous = y;
            else if (upcoming == null) upcoming = y;
        }
        if (upcoming != null && ChronoUnit.DAYS.between(date, event.startOf(upcoming)) <= DAYS_AHEAD) return upcoming;
        return previous != null ? previous : upcoming;
    }

    private static final java.util.regex.Pattern DAY_MONTH = java.util.regex.Pattern.compile(
            "\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "|(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b(?!,?\\s*\\d{4})");

    /**
     * An undated article that writes the day and month of the night ("on Sunday (5 January)") but no year:
     * the one catalogued edition of its event held on that day. Null when none or several are.
     */
    static Integer byDayAndMonth(EventEntry event, String text) {
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        java.util.regex.Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
            java.time.Month month = java.time.Month.valueOf((m.group(2) != null ? m.group(2) : m.group(3)).toUpperCase(java.util.Locale.ROOT));
            for (EditionInfo e : event.editions().values()) {
                if (e.date() == null) continue;
                LocalDate end = e.endDate() != null ? e.endDate() : e.date();
                for (LocalDate d = e.date(); !d.isAfter(end); d = d.plusDays(1)) {
                    if (d.getMonth() == month && d.getDayOfMonth() == day) years.add(e.year());
                }
            }
        }
        return years.size() == 1 ? years.iterator().next() : null;
    }

    /**
     * The one year the text writes on its own (not beside another event: "the red dress of the 2011 Oscars"
     * dates that event, not this article's); null when it writes none, or several equally often.
     */
    private static Integer mostMentionedYear(String text, List<EventMention> body) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        java.util.regex.Matcher m = LookExtractor.YEAR.matcher(text);
        while (m.find()) {
            if (!besideAnEvent(m.start(), body) && !aWorksYear(text, m.start(), m.end())) counts.merge(Integer.parseInt(m.group()), 1, Integer::sum);
        }
        Integer best = null;
        boolean tie = false;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
                tie = false;
            } else if (e.getValue().equals(counts.get(best))) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * True for a year alone in brackets ("her hit Flowers (2023)", "Barbie (2023)"): it dates the work named
     * before it, not the night the article reports.
     */
    static boolean aWorksYear(String text, int start, int end) {
        return start > 0 && end < text.length() && text.charAt(start - 1) == '(' && text.charAt(end) == ')';
    }

    /** True when the year at {@code at} is part of an event mention with a year ("the 2011 Oscars", "Cannes 2019"). */
    private static boolean besideAnEvent(int at, List<EventMention> body) {
        for (EventMention e : body) {
            if (e.year() != null && at >= e.start() - 12 && at <= e.end() + 6) return true;
        }
        return false;
    }
}
