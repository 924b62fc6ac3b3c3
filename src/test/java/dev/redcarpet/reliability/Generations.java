package dev.redcarpet.reliability;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.CitedQuote;
import dev.redcarpet.answer.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A corpus that changes as a whole from one generation to the next: every article of generation
 * G carries "generation G" in its title and its quote, so an answer whose sources or quotes name
 * two generations was read from a half-updated index. Each new generation rewrites every article
 * and adds or removes some; look 0 is in every generation, so the question always has an answer.
 */
final class Generations {
    static final Pattern MARK = Pattern.compile("[Gg]eneration (\\d+)");
    static final int SLOTS = 10;

    private final Path data;
    private final Random random;

    Generations(Path data, long seed) {
        this.data = data;
        this.random = new Random(seed);
    }

    /** Writes generation g: look 0 and a random half of the other looks; removes the rest. */
    Set<Integer> write(int g) {
        Set<Integer> slots = new TreeSet<>();
        slots.add(0);
        for (int s = 1; s < SLOTS; s++) if (random.nextBoolean()) slots.add(s);
        try {
            Files.createDirectories(data);
            try (Stream<Path> old = Files.list(data)) {
                for (Path f : old.toList()) {
                    int slot = Integer.parseInt(f.getFileName().toString().replaceAll("\\D", ""));
                    if (!slots.contains(slot)) Files.delete(f);
                }
            }
            for (int s : slots) {
                Path tmp = data.resolve(".look-" + s + ".tmp");
                Files.writeString(tmp, article(g, s));
                Files.move(tmp, data.resolve("look-" + s + ".txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return slots;
    }

    static String article(int g, int s) {
        String[] colours = {"silver", "ivory", "crimson", "emerald", "cobalt", "amber", "blush", "jet", "pearl", "violet"};
        return "title: Sable Quinn at the 2025 Met Gala, look " + s + " of generation " + g + "\n"
                + "date: 2025-05-0" + (s % 9 + 1) + "\n"
                + "source: Test Wire\n\n"
                + "Sable Quinn wore a " + colours[s] + " gown by Orla Finch to the 2025 Met Gala, look " + s + " of generation " + g + ".\n\n"
                + "\u201CGeneration " + g + " felt like moonlight on the steps,\u201D Quinn told Vogue.\n\n"
                + "Her stylist, Bo Lind, said the " + colours[s] + " gown took six weeks of fittings.\n";
    }

    /** The generations an answer's sources and quotes name (one element when consistent). */
    static Set<Integer> of(Answer a) {
        Set<Integer> gens = new TreeSet<>();
        for (Source s : a.sources()) gens.addAll(marks(s.title()));
        for (CitedQuote q : a.quotes()) gens.addAll(marks(q.text()));
        return gens;
    }

    private static List<Integer> marks(String text) {
        List<Integer> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = MARK.matcher(text);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }
}
