package dev.redcarpet.discord;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.Source;
import net.dv8tion.jda.api.entities.MessageEmbed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference numbers in rendered answers. {@link Render} writes a marker for each cited source; once
 * the fields are split into pages, every page numbers the sources it cites 1, 2, 3… in reading order
 * and ends with the key of exactly those numbers. The order depends only on the answer, never on a
 * hash or a run.
 */
final class Citations {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern MARKER = Pattern.compile(OPEN + "(\\d+)" + CLOSE);
    /** A marker cut in half by a clipped field. */
    private static final Pattern BROKEN = Pattern.compile(OPEN + "\\d*|\\d*" + CLOSE);
    private static final String KEY = "Sources";

    private Citations() {
    }

    /** Stands for the source at this 0-based index of the answer's sources until the page is numbered. */
    static String marker(int index) {
        return OPEN + Integer.toString(index) + CLOSE;
    }

    /** Source indexes in the order the text cites them, each once. */
    static List<Integer> cited(String text) {
        Set<Integer> out = new LinkedHashSet<>();
        if (text == null) return List.of();
        Matcher m = MARKER.matcher(text);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return List.copyOf(out);
    }

    /** Every source of the answer in reading order of the fields, then the ones no field cites, in the answer's order. */
    static List<Integer> readingOrder(Answer a, List<Render.Field> fields) {
        Set<Integer> order = new LinkedHashSet<>();
        for (Render.Field f : fields) order.addAll(cited(f.name() + "\n" + f.value()));
        for (int i = 0; i < a.sources().size(); i++) order.add(i);
        return List.copyOf(order);
    }

    /**
     * Pages of fields that cite sources: each page is numbered in reading order, ends with its key,
     * and is measured as shown (numbers and key included) against the embed budget before a field
     * joins it. A key too long for its page shows its sources without links, then only as many as fit
     * and a pointer to the Sources button. Sources cited nowhere are added to the key of the last page
     * while it fits.
     */
    static List<MessageEmbed> paginate(Answer a, String title, String description, List<Render.Field> fields) {
        List<List<Render.Field>> packed = new ArrayList<>();
        List<Render.Field> current = new ArrayList<>();
        for (Render.Field f : fields) {
            String desc = packed.isEmpty() ? description : null;
            List<Render.Field> tried = new ArrayList<>(current);
            tried.add(f);
            boolean fits = tried.size() <= Render.FIELDS_PER_PAGE && fitsWithFullKey(a, title, numbered(desc, tried));
            if (fits || (current.isEmpty() && desc == null)) {
                current = tried;
            } else {
                packed.add(current);
                current = new ArrayList<>(List.of(f));
            }
        }
        packed.add(current);
        Set<Integer> citedAnywhere = new LinkedHashSet<>(cited(description));
        for (Render.Field f : fields) citedAnywhere.addAll(cited(f.name() + "\n" + f.value()));
        List<Integer> uncited = new ArrayList<>();
        for (int i = 0; i < a.sources().size(); i++) if (!citedAnywhere.contains(i)) uncited.add(i);

        List<Render.Page> out = new ArrayList<>();
        for (int p = 0; p < packed.size(); p++) {
            out.add(page(a, title, p == 0 ? description : null, packed.get(p), p == packed.size() - 1 ? uncited : List.of()));
        }
        return Render.embeds(title, out);
    }

    /** A page's text with its numbers filled in, and the sources they stand for in that order. */
    private record Numbered(List<Integer> order, String description, List<Render.Field> fields) {
    }

    private static Numbered numbered(String desc, List<Render.Field> fields) {
        List<Integer> order = new ArrayList<>(cited(desc));
        for (Render.Field f : fields) {
            for (int i : cited(f.name() + "\n" + f.value())) if (!order.contains(i)) order.add(i);
        }
        List<Render.Field> shown = new ArrayList<>();
        for (Render.Field f : fields) shown.add(new Render.Field(number(f.name(), order), number(f.value(), order)));
        return new Numbered(order, number(desc, order), shown);
    }

    private static int room(String title, Numbered n) {
        return Render.PAGE_BUDGET - size(title, new Render.Page(n.description(), n.fields()));
    }

    private static boolean fitsWithFullKey(Answer a, String title, Numbered n) {
        return size(lines(a, n.order(), true)) <= room(title, n);
    }

    /** One page as shown: its numbers in reading order, then its key, with the extra sources while they fit. */
    private static Render.Page page(Answer a, String title, String desc, List<Render.Field> fields, List<Integer> extra) {
        Numbered n = numbered(desc, fields);
        List<Render.Field> shown = new ArrayList<>(n.fields());
        shown.addAll(key(a, n.order(), extra, room(title, n)));
        return new Render.Page(n.description(), shown);
    }

    /** The key lines "[n] title · date" for these sources, numbered 1… in the given order. */
    static List<Render.Field> key(Answer a, List<Integer> order) {
        return Render.split(KEY, String.join("\n", lines(a, order, true)));
    }

    /** The key within room characters: with links, else without, else the first lines and a pointer to Sources; then extras that fit. */
    private static List<Render.Field> key(Answer a, List<Integer> order, List<Integer> extra, int room) {
        if (order.isEmpty() && extra.isEmpty()) return List.of();
        List<String> lines = lines(a, order, true);
        if (size(lines) > room) lines = lines(a, order, false);
        if (size(lines) > room) {
            List<String> all = lines;
            int keep = all.size();
            while (keep > 0 && size(cut(all, keep)) > room) keep--;
            lines = cut(all, keep);
        }
        for (int i : extra) {
            List<String> tried = new ArrayList<>(lines);
            tried.add(Render.sourceLine(lines.size() + 1, a.sources().get(i)));
            if (size(tried) > room) break;
            lines = tried;
        }
        return Render.split(KEY, String.join("\n", lines));
    }

    /** The first lines, then how many more the Sources button shows. */
    private static List<String> cut(List<String> lines, int keep) {
        List<String> out = new ArrayList<>(lines.subList(0, keep));
        if (keep < lines.size()) out.add("… " + (lines.size() - keep) + " more under Sources");
        return out;
    }

    private static List<String> lines(Answer a, List<Integer> order, boolean links) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < order.size(); n++) {
            Source s = a.sources().get(order.get(n));
            out.add(Render.sourceLine(n + 1, links ? s : new Source(s.id(), s.title(), s.date(), null, s.path())));
        }
        return out;
    }

    /** Characters these key lines take as fields. */
    private static int size(List<String> lines) {
        int size = 0;
        for (Render.Field f : Render.split(KEY, String.join("\n", lines))) size += f.name().length() + f.value().length();
        return size;
    }

    /** Characters a page takes in an embed, footer aside. */
    private static int size(String title, Render.Page page) {
        int size = title.length() + (page.description() == null ? 0 : page.description().length());
        for (Render.Field f : page.fields()) size += f.name().length() + f.value().length();
        return size;
    }

    private static String number(String text, List<Integer> order) {
        if (text == null) return null;
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Integer.toString(order.indexOf(Integer.parseInt(m.group(1))) + 1));
        m.appendTail(out);
        return BROKEN.matcher(out).replaceAll("");
    }
}
