package dev.redcarpet.bench;

import dev.redcarpet.analysis.events.EditionInfo;
import dev.redcarpet.analysis.events.EventEntry;
import dev.redcarpet.analysis.LexiconEntry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import static dev.redcarpet.bench.Vocabulary.capitalised;
import static dev.redcarpet.bench.Vocabulary.pick;

/**
 * Writes one article in the raw scraped text form: a " date YYYY-MM-DD" prefix, a lede on one
 * person's look, direct quotes with attribution, other guests, the event's theme and hosts,
 * filler prose up to a drawn length of 300–1,500 words, and now and then page clutter.
 */
final class ArticleWriter {
    private static final List<String> IMAGES = List.of("a garden after rain", "old Hollywood", "a candle in a dark room",
            "the sea at night", "a painting that moves", "the first snow of winter", "a cathedral window", "a summer storm");
    private static final List<String> FILLER = List.of(
            "Photographers lined the barriers hours before the first arrivals, and fans gathered across the street to catch a glimpse of the guests.",
            "The carpet itself stretched for nearly a block, flanked by floral arrangements that took a team of decorators two days to install.",
            "Inside, guests were served a three-course dinner before the program began, with speeches running well past the scheduled time.",
            "Stylists worked out of hotel suites nearby, making last-minute alterations and steaming hems until the cars pulled up.",
            "Several attendees skipped the press line entirely, slipping in through a side entrance to avoid the crowds.",
            "Social media lit up within minutes, as clips of the arrivals were shared and dissected by viewers around the world.",
            "Critics were divided on the evening's overall direction, with some praising the risks taken and others calling the night too safe.",
            "The weather held up, though a light breeze made trains and veils a challenge for more than one guest on the steps.",
            "Security was tight around the venue, and only credentialed press were allowed within the outer perimeter.",
            "By the end of the night, a handful of looks had clearly dominated the conversation online.",
            "Organizers said this year drew more first-time attendees than any edition in recent memory.",
            "Many of the evening's looks leaned into tailoring, with sharp shoulders and long, clean lines.",
            "A live stream of the arrivals drew millions of viewers, and commentators kept up a running analysis of every entrance.",
            "Retail searches for similar pieces spiked overnight, according to shopping platforms that track such trends.",
            "The after-parties continued into the early hours, with several guests changing into second looks for the occasion.");
    private static final List<String> NOISE = List.of("Advertisement", "Photo: Getty Images", "Sign up for our newsletter to get the latest red-carpet news delivered to your inbox.",
            "Continue reading below", "Share this article", "RELATED: The best looks of the night, ranked");

    private final Vocabulary vocab;
    private final long seed;

    ArticleWriter(Vocabulary vocab, long seed) {
        this.vocab = vocab;
        this.seed = seed;
    }

    /** The article about {@code person} at one edition of an event, with its own random draws. */
    GeneratedArticle write(int number, SplittableRandom r, String person, List<String> guests, EventEntry event, int year) {
        Look look = lookOf(person, event, year);
        String last = person.substring(person.indexOf(' ') + 1);
        String pron = Vocabulary.isFeminine(person) ? "she" : "he";
        String his = pron.equals("she") ? "her" : "his";
        String eventName = event.name();
        String outlet = pick(r, Vocabulary.OUTLETS);
        List<String> paras = new ArrayList<>();
        if (r.nextInt(3) == 0) paras.add(headline(r, person, look, year, eventName));
        paras.add(lede(r, person, look, year, eventName));
        paras.add(String.join(" ", details(r, last, pron, his, look)));
        String quoteWord = look.material().toLowerCase(Locale.ROOT);
        paras.add(quote(r, last, pron, outlet, "I wanted the " + quoteWord + " to catch the light the way "
                + pick(r, IMAGES) + " does. " + look.designer() + " and I talked about this " + look.garment() + " for months"));
        if (r.nextInt(4) == 0) paras.add(pick(r, NOISE));
        paras.add(quote(r, last, pron, outlet, secondQuote(r, look, eventName)));
        EditionInfo info = event.info(year).orElse(null);
        if (info != null && (info.theme() != null || !info.hosts().isEmpty())) paras.add(context(info, year, eventName));
        int target = 300 + r.nextInt(1050);
        int words = words(paras);
        int g = 0;
        while (words < target) {
            String p;
            if (g < guests.size() && r.nextInt(3) > 0) {
                p = guest(r, guests.get(g++), event, year);
            } else {
                List<String> pool = new ArrayList<>(FILLER);
                List<String> chosen = new ArrayList<>();
                for (int k = 0, n = 3 + r.nextInt(3); k < n; k++) chosen.add(pool.remove(r.nextInt(pool.size())));
                p = String.join(" ", chosen);
            }
            paras.add(p);
            words += words(List.of(p));
            if (r.nextInt(12) == 0) paras.add(pick(r, NOISE));
        }
        LocalDate date = dateOf(event, year).plusDays(r.nextInt(4));
        String id = String.format(Locale.ROOT, "%06d-%s-%s%d", number, slug(person), event.id(), year);
        String text = " date " + date + " " + String.join("\n\n", paras) + "\n";
        return new GeneratedArticle(id, text, person, event.id(), eventName, year, look.designer(), look.garment(),
                look.colour(), quoteWord);
    }

    /** One person's look at one edition: the same in every article about it, so sources agree. */
    Look lookOf(String person, EventEntry event, int year) {
        SplittableRandom r = new SplittableRandom(seed * 31 + (person + "|" + event.id() + "|" + year).hashCode());
        return new Look(pick(r, vocab.designers).name(), pick(r, vocab.garments).name(), pick(r, vocab.colours).name(),
                pick(r, vocab.materials).name(), name(pick(r, vocab.accessories)), name(pick(r, vocab.beauty)),
                name(pick(r, vocab.hair)), 100 + r.nextInt(900));
    }

    record Look(String designer, String garment, String colour, String material, String accessory, String beauty,
                String hair, int hours) {
    }

    private static String name(LexiconEntry e) {
        return e.name();
    }

    private static String headline(SplittableRandom r, String person, Look l, int year, String event) {
        return switch (r.nextInt(3)) {
            case 0 -> person + " Stuns in " + l.designer() + " at the " + year + " " + event;
            case 1 -> "Every Detail of " + person + "'s " + capitalised(l.colour()) + " " + event + " Look";
            default -> person + " Brings " + capitalised(l.material()) + " to the " + event + " Carpet";
        };
    }

    private static String lede(SplittableRandom r, String person, Look l, int year, String event) {
        return switch (r.nextInt(3)) {
            case 0 -> person + " arrived at the " + year + " " + event + " in " + a(l.colour()) + " " + l.material() + " "
                    + l.garment() + " by " + l.designer() + ", and the look was one of the most talked-about of the night.";
            case 1 -> "All eyes were on " + person + " at the " + year + " " + event + ", where the star turned up in a custom "
                    + l.designer() + " " + l.garment() + " in " + l.colour() + " " + l.material() + ".";
            default -> l.designer() + " dressed " + person + " for the " + year + " " + event + ": " + a(l.colour()) + " "
                    + l.garment() + " in " + l.material() + " that took " + l.hours() + " hours to make.";
        };
    }

    private static List<String> details(SplittableRandom r, String last, String pron, String his, Look l) {
        List<String> out = new ArrayList<>();
        out.add("The " + l.garment() + " was cut from " + l.material() + ", with " + a(l.colour()) + " finish that shifted under the flashbulbs.");
        out.add(capitalised(pron) + " paired it with " + l.accessory() + " and kept the rest of the styling simple.");
        out.add("For beauty, " + last + " chose " + l.beauty() + ", and " + his + " hair was done as " + a(l.hair()) + ".");
        if (r.nextBoolean()) out.add("The look was styled by " + pick(r, Vocabulary.STYLISTS) + ", who has worked with " + last + " for years.");
        if (r.nextBoolean()) out.add("According to the house, the atelier spent " + l.hours() + " hours on the piece.");
        return out;
    }

    private static String quote(SplittableRandom r, String last, String pron, String outlet, String words) {
        return switch (r.nextInt(3)) {
            case 0 -> "\u201C" + words + ",\u201D " + last + " told " + outlet + ".";
            case 1 -> last + " told " + outlet + " on the carpet, \u201C" + words + ".\u201D";
            default -> "\u201C" + words + ",\u201D " + pron + " said.";
        };
    }

    private static String secondQuote(SplittableRandom r, Look l, String event) {
        return switch (r.nextInt(4)) {
            case 0 -> "Honestly, walking in this " + l.garment() + " is a workout, but I would not change a thing";
            case 1 -> "The " + l.colour() + " was my idea. I have always wanted to wear " + l.colour() + " somewhere like this";
            case 2 -> "This is my first " + event + " and I am still shaking a little";
            default -> "My mother saw the sketches first and she cried, so I knew we had something";
        };
    }

    private static String context(EditionInfo info, int year, String event) {
        StringBuilder b = new StringBuilder();
        if (info.theme() != null) {
            b.append("The theme of the ").append(year).append(' ').append(event).append(" was \u201C").append(info.theme()).append("\u201D");
            b.append(info.dressCode() != null ? ", with a dress code of " + info.dressCode() + "." : ".");
        }
        if (!info.hosts().isEmpty()) {
            if (!b.isEmpty()) b.append(' ');
            b.append("The evening's hosts included ").append(String.join(", ", info.hosts())).append('.');
        }
        return b.toString();
    }

    private String guest(SplittableRandom r, String guest, EventEntry event, int year) {
        Look g = lookOf(guest, event, year);
        return switch (r.nextInt(3)) {
            case 0 -> "Elsewhere on the carpet, " + guest + " chose " + a(g.colour()) + " " + g.garment() + " by " + g.designer()
                    + ", finished with " + g.accessory() + ".";
            case 1 -> guest + " wore " + g.designer() + ": " + a(g.material()) + " " + g.garment() + " in " + g.colour()
                    + " that drew cheers from the photographers.";
            default -> "Not far behind was " + guest + ", in " + a(g.colour()) + " " + g.material() + " " + g.garment()
                    + " from " + g.designer() + ".";
        };
    }

    static LocalDate dateOf(EventEntry event, int year) {
        LocalDate d = event.startOf(year);
        return d != null ? d : LocalDate.of(year, 5, 1);
    }

    /** "an ivory", "a blue". */
    static String a(String word) {
        return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
    }

    static int words(List<String> paras) {
        int n = 0;
        for (String p : paras) n += p.isBlank() ? 0 : p.strip().split("\\s+").length;
        return n;
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }
}
