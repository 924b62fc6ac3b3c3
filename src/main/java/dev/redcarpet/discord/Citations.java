package dev.redcarpet.discord;

import dev.redcarpet.answer.Answer;
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
     * Pages of fields that cite sources: each page keeps every embed limit with its key counted, is
     * numbered in reading order, and ends with its key. Sources cited nowhere are added to the key of
     * the last page, so none is lost.
     */
    static List<MessageEmbed> paginate(Answer a, String title, String description, List<Render.Field> fields) {
        List<List<Render.Field>> pages = new ArrayList<>();
        List<Render.Field> current = new ArrayList<>();
        Set<Integer> onPage = new LinkedHashSet<>(cited(description));
        int used = title.length() + (description == null ? 0 : description.length()) + keySize(a, onPage);
        for (Render.Field f : fields) {
            Set<Integer> added = new LinkedHashSet<>(cited(f.name() + "\n" + f.value()));
            added.removeAll(onPage);
            int size = f.name().length() + f.value().length() + keySize(a, added);
            if (!current.isEmpty() && (current.size() >= Render.FIELDS_PER_PAGE || used + size > Render.PAGE_BUDGET)) {
                pages.add(current);
                current = new ArrayList<>();
                onPage.clear();
                added = new LinkedHashSet<>(cited(f.name() + "\n" + f.value()));
                used = title.length();
                size = f.name().length() + f.value().length() + keySize(a, added);
            }
            current.add(f);
            onPage.addAll(added);
            used += size;
        }
        pages.add(current);
        Set<Integer> citedAnywhere = new LinkedHashSet<>(cited(description));
        for (Render.Field f : fields) citedAnywhere.addAll(cited(f.name() + "\n" + f.value()));

        List<Render.Page> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            String desc = p == 0 ? description : null;
            List<Integer> order = new ArrayList<>(cited(desc));
            for (Render.Field f : pages.get(p)) {
                for (int i : cited(f.name() + "\n" + f.value())) if (!order.contains(i)) order.add(i);
            }
            List<Integer> keyed = new ArrayList<>(order);
            if (p == pages.size() - 1) {
                // sources no number points at are listed on the last page while it stays within an embed's 6,000 characters
                int last = title.length() + (desc == null ? 0 : desc.length()) + KEY.length() + 20 + keySize(a, new LinkedHashSet<>(order));
                for (Render.Field f : pages.get(p)) last += f.name().length() + f.value().length();
                for (int i = 0; i < a.sources().size(); i++) {
                    if (citedAnywhere.contains(i) || keyed.contains(i)) continue;
                    int line = Render.sourceLine(99, a.sources().get(i)).length() + 1;
                    if (last + line > Render.PAGE_BUDGET) break;
                    keyed.add(i);
                    last += line;
                }
            }
            List<Render.Field> shown = new ArrayList<>();
            for (Render.Field f : pages.get(p)) shown.add(new Render.Field(number(f.name(), order), number(f.value(), order)));
            shown.addAll(key(a, keyed));
            out.add(new Render.Page(desc == null ? null : number(desc, order), shown));
        }
        return Render.embeds(title, out);
    }

    /** The key lines "[n] title · date" for these sources, numbered 1… in the given order. */
    static List<Render.Field> key(Answer a, List<Integer> order) {
        StringBuilder lines = new StringBuilder();
        for (int n = 0; n < order.size(); n++) lines.append(Render.sourceLine(n + 1, a.sources().get(order.get(n)))).append('\n');
        return Render.split(KEY, lines.toString());
    }

    private static int keySize(Answer a, Set<Integer> indexes) {
        int size = indexes.isEmpty() ? 0 : KEY.length() + 20;
        for (int i : indexes) size += Render.sourceLine(99, a.sources().get(i)).length() + 1;
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
