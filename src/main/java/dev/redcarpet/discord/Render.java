package dev.redcarpet.discord;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.CardLine;
import dev.redcarpet.answer.Cited;
import dev.redcarpet.answer.CitedQuote;
import dev.redcarpet.answer.Decline;
import dev.redcarpet.answer.Lead;
import dev.redcarpet.answer.ListItem;
import dev.redcarpet.answer.Wording;
import dev.redcarpet.answer.LookCard;
import dev.redcarpet.answer.Source;
import dev.redcarpet.corpus.SkippedFile;
import dev.redcarpet.engine.CorpusSummary;
import dev.redcarpet.engine.IngestReport;
import dev.redcarpet.engine.ReloadReport;
import dev.redcarpet.engine.Stats;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns engine results into Discord embeds, split into pages that each keep every embed limit
 * (title 256, description 4096, 25 fields, field value 1024, footer 2048, 6000 in all).
 * Everything that comes from articles is markdown-escaped.
 */
public final class Render {
    /** Quotes shown with an answer before "More quotes". */
    public static final int QUOTES_IN_ANSWER = 3;
    static final int FIELDS_PER_PAGE = 8;
    static final int PAGE_BUDGET = 5600;
    private static final int COLOR = 0xB0123A;
    private static final String FOOTER = "RedCarpet · answers from news articles";

    private Render() {
    }

    /** One embed field before paging. */
    record Field(String name, String value) {
    }

    /** One page: the description (first page only) and its fields. */
    record Page(String description, List<Field> fields) {
    }

    /** The answer: short answer, looks, the first quotes and numbered sources. */
    public static List<MessageEmbed> answer(Answer a, String title) {
        StringBuilder description = new StringBuilder(shortAnswer(a));
        if (a.others() != null && !a.others().editions().isEmpty()) description.append("\n\n").append(Text.escape(Wording.others(a.others())));
        return Citations.paginate(a, title(title), description(description.toString()), answerFields(a));
    }

    /**
     * The short answer in Discord's layout: the lead in bold, then list lines and supporting sentences, each
     * with the markers of its sources; a decline in one line; a comparison side by side.
     */
    static String shortAnswer(Answer a) {
        Decline d = a.decline();
        if (d != null) {
            String line = Text.escape(Wording.decline(d)) + (d.evidence() == null ? "" : ref(a, d.evidence().sourceId()));
            return a.facts() == null ? line : Text.escape(Wording.edition(a.facts())) + "\n" + line;
        }
        StringBuilder out = new StringBuilder();
        if (!a.sides().isEmpty()) {
            for (Answer side : a.sides()) out.append(out.isEmpty() ? "" : "\n\n").append(shortAnswer(side));
            return out.toString();
        }
        if (a.facts() != null) {
            String facts = a.lead() instanceof Lead.EventOverview ? Wording.edition(a.facts()) : Wording.background(a.facts(), true);
            if (facts != null) out.append(Text.escape(facts));
        }
        if (a.lead() != null) {
            out.append(out.isEmpty() ? "" : "\n").append("**").append(Text.escape(Wording.lead(a.lead()))).append("**");
            Cited evidence = switch (a.lead()) {
                case Lead.Verdict v -> v.evidence();
                case Lead.StyledBy s -> s.evidence();
                case Lead.Detail x -> x.evidence();
                default -> null;
            };
            if (evidence != null) out.append(ref(a, evidence.sourceId()));
            if (a.lead() instanceof Lead.Said s) out.append(ref(a, s.quote().sourceId()));
        }
        for (ListItem item : a.items()) {
            out.append("\n\u2022 **").append(Text.escape(item.label())).append("**");
            if (!item.values().isEmpty()) out.append(" \u2014 ").append(Text.escape(Wording.values(item)));
            out.append(refs(a, item.sourceIds()));
        }
        String said = a.lead() instanceof Lead.Said s ? Wording.plain(s.quote().text().replaceAll("\u2026$", "")) : null;
        boolean first = true;
        for (Cited c : a.support()) {
            if (said != null && Wording.plain(c.text()).contains(said)) continue;   // no quote printed twice
            out.append(out.isEmpty() ? "" : first ? "\n" : " ").append(Text.escape(c.text())).append(ref(a, c.sourceId()));
            first = false;
        }
        return out.toString();
    }

    /** Looks and the first quotes; every page of them gets the key of the sources it cites. */
    private static List<Field> answerFields(Answer a) {
        List<Field> fields = new ArrayList<>();
        if (!a.abstained()) {
            for (LookCard card : a.looks()) fields.add(look(a, card));
            // the quote the answer opens with is not shown again below it
            String said = Wording.plain(a.support().stream().map(Cited::text).reduce("", String::concat));
            List<CitedQuote> quotes = a.quotes().stream()
                    .filter(q -> !(a.lead() instanceof Lead.Said s && s.quote().equals(q)))
                    .filter(q -> !said.contains(Wording.plain(q.text().replaceAll("\u2026$", "")))).toList();
            for (CitedQuote q : quotes.subList(0, Math.min(QUOTES_IN_ANSWER, quotes.size()))) fields.add(quote(a, q));
        }
        return fields;
    }

    /** Every quote of the answer, with the article and date of each. */
    public static List<MessageEmbed> quotes(Answer a, String title) {
        if (a.quotes().isEmpty()) {
            return paginate(title, a.abstained() ? shortAnswer(a) : "No quotes found in the articles.", List.of());
        }
        List<Field> fields = new ArrayList<>();
        for (CitedQuote q : a.quotes()) fields.add(quote(a, q));
        String description = a.abstained() ? null : shortAnswer(a);
        return Citations.paginate(a, title(title), description(description), fields);
    }

    /** The numbered sources of an answer. */
    public static List<MessageEmbed> sources(Answer a, String title) {
        if (a.sources().isEmpty()) return paginate(title, "This answer has no sources.", List.of());
        return paginate(title, null, Citations.key(a, Citations.readingOrder(a, answerFields(a))));
    }

    /** /sources: what the bot knows. */
    public static List<MessageEmbed> summary(CorpusSummary s) {
        List<Field> fields = new ArrayList<>();
        StringBuilder editions = new StringBuilder();
        for (CorpusSummary.EditionCount e : s.editions()) {
            editions.append(Text.escape(e.edition())).append(": ").append(e.articles())
                    .append(e.articles() == 1 ? " article" : " articles").append('\n');
        }
        fields.addAll(split("Events", editions.toString()));
        StringBuilder newest = new StringBuilder();
        for (Source src : s.newest()) newest.append(sourceLine(0, src)).append('\n');
        fields.addAll(split("Newest articles", newest.toString()));
        String description = "I answer from " + s.articles() + (s.articles() == 1 ? " news article" : " news articles")
                + ". Every quote and look I show links back to its article.";
        return paginate("What I know", description, fields);
    }

    public static List<MessageEmbed> stats(Stats s) {
        return stats(s, "");
    }

    /** Stats with a note below them, e.g. the web sources that are failing. */
    public static List<MessageEmbed> stats(Stats s, String note) {
        String body = "Articles: " + s.articles() + "\nPassages: " + s.passages() + "\nPeople: " + s.people()
                + "\nLooks: " + s.looks() + "\nEvent editions: " + s.editions()
                + "\nIndex size: " + bytes(s.indexBytes()) + "\nUptime: " + duration(s.uptime())
                + "\nQuestions answered: " + s.questions()
                + String.format(Locale.ROOT, "\nAnswer time: p50 %.1f ms, p99 %.1f ms", s.p50Millis(), s.p99Millis())
                + (note.isEmpty() ? "" : "\n\n" + note);
        return paginate("Stats", body, List.of());
    }

    public static List<MessageEmbed> reload(ReloadReport r) {
        String body = "Added " + r.added() + ", updated " + r.updated() + ", removed " + r.removed()
                + ", unchanged " + r.unchanged() + ", failed " + r.failed().size() + " (" + r.millis() + " ms)."
                + r.notes().stream().map(n -> "\n" + Text.escape(n)).collect(java.util.stream.Collectors.joining());
        StringBuilder failed = new StringBuilder();
        for (SkippedFile f : r.failed()) {
            failed.append(Text.clip("**" + Text.escape(f.path()) + "**: " + Text.escape(f.reason()), 400)).append('\n');
        }
        return paginate("Reload", body, split("Failed", failed.toString()));
    }

    public static List<MessageEmbed> ingest(String fileName, IngestReport r) {
        StringBuilder body = new StringBuilder();
        body.append(r.accepted() ? "Added **" : "Not added: **").append(Text.escape(fileName)).append("**\n");
        body.append(Text.escape(r.message()));
        List<Field> fields = new ArrayList<>();
        if (r.savedAs() != null) fields.add(new Field("Saved as", Text.clip(Text.escape(r.savedAs()), Text.FIELD_VALUE)));
        StringBuilder ids = new StringBuilder();
        for (String id : r.articles()) ids.append(Text.escape(id)).append('\n');
        fields.addAll(split("Articles", ids.toString()));
        return paginate(r.accepted() ? "Ingested" : "Ingest refused", body.toString(), fields);
    }

    public static List<MessageEmbed> help() {
        String body = """
                Ask me about red-carpet looks (Met Gala, Oscars, Cannes...). I answer only from the news \
                articles I have read, and I cite them.

                **/ask** question — e.g. *What did Zendaya wear to the 2024 Met Gala?* (add private:True to see it alone)
                **/event** name [year] — theme, dress code, date, hosts and the looks
                **/person** name [event] — someone's looks across events
                **/quote** person [topic] — what they said, with the article and date
                **/sources** — what I know
                You can also mention me: *@RedCarpet who designed Zendaya's dress?* and follow up with *her* or *that year*.""";
        return paginate("RedCarpet help", body, List.of());
    }

    /** A short message in an embed, e.g. an error or a notice. */
    public static List<MessageEmbed> notice(String title, String text) {
        return paginate(title, text, List.of());
    }

    private static Field look(Answer a, LookCard card) {
        Set<String> designers = new LinkedHashSet<>();
        for (CardLine line : card.lines()) {
            if (line.kind() != null && line.kind().toLowerCase(Locale.ROOT).startsWith("designer")) designers.add(line.value());
        }
        String name = Text.oneLine(card.person()) + (designers.isEmpty() ? "" : " — " + String.join(", ", designers));
        StringBuilder value = new StringBuilder();
        if (card.edition() != null && !card.edition().isBlank()) value.append('*').append(Text.escape(card.edition())).append("*\n");
        // One line per kind, in the card's order: "**Colour:** teal [1], white [2]".
        java.util.Map<String, List<String>> byKind = new java.util.LinkedHashMap<>();
        boolean conflict = false;
        for (CardLine line : card.lines()) {
            String kind = capitalize(line.kind());
            String shown = Text.escape(line.value()) + refs(a, line.sourceIds()) + (line.conflict() ? " ⚠️" : "");
            conflict |= line.conflict();
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(shown);
        }
        for (java.util.Map.Entry<String, List<String>> e : byKind.entrySet()) {
            value.append("**").append(Text.escape(e.getKey())).append(":** ").append(String.join(", ", e.getValue())).append('\n');
        }
        if (conflict) value.append("⚠️ the sources disagree on this\n");
        return new Field(Text.clip(Text.escape(name), Text.FIELD_NAME),
                Text.clip(value.toString().strip(), Text.FIELD_VALUE));
    }

    private static Field quote(Answer a, CitedQuote q) {
        String speaker = q.speaker() == null || q.speaker().isBlank() ? "Unattributed" : Text.oneLine(q.speaker());
        int n = a.sourceNumber(q.sourceId());
        String where = "";
        if (n > 0) {
            Source s = a.sources().get(n - 1);
            where = "\n— **[" + Citations.marker(n - 1) + "]** " + Text.clip(Text.escape(Text.oneLine(s.title())), 150)
                    + (s.date() == null ? "" : ", " + s.date());
        }
        String text = Text.clip("“" + Text.escape(Text.oneLine(q.text())), Text.FIELD_VALUE - where.length() - 1) + "”";
        return new Field(Text.clip(Text.escape(speaker), Text.FIELD_NAME), text + where);
    }

    /** "[1] [Title](url) · 2024-05-07", the link only for http(s) addresses. */
    static String sourceLine(int number, Source s) {
        String title = Text.clip(Text.escape(Text.oneLine(s.title() == null || s.title().isBlank() ? s.id() : s.title())), 200);
        String url = s.url();
        String shown = url != null && url.matches("https?://\\S+") && url.length() <= 512
                ? "[" + title + "](" + url.replace(")", "%29").replace("(", "%28") + ")"
                : title;
        return (number > 0 ? "**[" + number + "]** " : "") + shown + (s.date() == null ? "" : " · " + s.date());
    }

    private static String ref(Answer a, String id) {
        return id == null ? "" : refs(a, List.of(id));
    }

    private static String refs(Answer a, List<String> ids) {
        StringBuilder out = new StringBuilder();
        for (String id : ids) {
            int n = a.sourceNumber(id);
            if (n > 0) out.append(" [").append(Citations.marker(n - 1)).append(']');
        }
        return out.toString();
    }

    /** Splits a list of lines over as many fields as needed, never breaking a line unless it alone is too long. */
    static List<Field> split(String name, String lines) {
        List<Field> out = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String line : lines.split("\n")) {
            if (line.isBlank()) continue;
            String l = Text.clip(line, Text.FIELD_VALUE);
            if (chunk.length() + l.length() + 1 > Text.FIELD_VALUE) {
                out.add(new Field(out.isEmpty() ? name : name + " (continued)", chunk.toString().strip()));
                chunk.setLength(0);
            }
            chunk.append(l).append('\n');
        }
        if (!chunk.isEmpty()) out.add(new Field(out.isEmpty() ? name : name + " (continued)", chunk.toString().strip()));
        return out;
    }

    /** Packs fields into pages that keep every limit; page numbers go in the footer. */
    static List<MessageEmbed> paginate(String title, String description, List<Field> fields) {
        String t = title(title);
        String d = description(description);
        List<List<Field>> pages = new ArrayList<>();
        List<Field> current = new ArrayList<>();
        int used = t.length() + (d == null ? 0 : d.length());
        for (Field f : fields) {
            int size = f.name().length() + f.value().length();
            if (!current.isEmpty() && (current.size() >= FIELDS_PER_PAGE || used + size > PAGE_BUDGET)) {
                pages.add(current);
                current = new ArrayList<>();
                used = t.length();
            }
            current.add(f);
            used += size;
        }
        pages.add(current);
        List<Page> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) out.add(new Page(i == 0 ? d : null, pages.get(i)));
        return embeds(t, out);
    }

    static String title(String title) {
        return Text.clip(Text.oneLine(title), Text.TITLE);
    }

    static String description(String description) {
        return description == null || description.isBlank() ? null : Text.clip(description.strip(), 3500);
    }

    /** The embeds of packed pages; page numbers go in the footer. */
    static List<MessageEmbed> embeds(String t, List<Page> pages) {
        List<MessageEmbed> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            EmbedBuilder b = new EmbedBuilder().setColor(COLOR).setTitle(t.isEmpty() ? "RedCarpet" : t);
            if (pages.get(i).description() != null) b.setDescription(pages.get(i).description());
            for (Field f : pages.get(i).fields()) b.addField(f.name(), f.value(), false);
            b.setFooter(pages.size() > 1 ? "Page " + (i + 1) + "/" + pages.size() + " · " + FOOTER : FOOTER);
            out.add(b.build());
        }
        return out;
    }

    private static String capitalize(String s) {
        if (s == null || s.isEmpty()) return "Detail";
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String bytes(long n) {
        if (n < 1024) return n + " B";
        if (n < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
    }

    private static String duration(java.time.Duration d) {
        if (d == null) return "unknown";
        long s = d.toSeconds();
        return s / 86400 + "d " + (s % 86400) / 3600 + "h " + (s % 3600) / 60 + "m";
    }
}
