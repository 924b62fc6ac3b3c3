package dev.redcarpet.bench;

import dev.redcarpet.analysis.events.EventCatalogue;
import dev.redcarpet.analysis.events.EventEntry;
import dev.redcarpet.analysis.LexiconEntry;
import dev.redcarpet.analysis.Lexicons;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What generated articles are made of: invented people, and the designers, garments, colours,
 * materials, accessories and events of the project's own lexicons and catalogue.
 */
final class Vocabulary {
    static final List<String> FIRST = List.of(
            "Ada", "Bianca", "Celine", "Dalia", "Elodie", "Farrah", "Greta", "Hana", "Ines", "Jolene", "Kira", "Liora",
            "Maren", "Nadia", "Odette", "Priya", "Quinn", "Rosalind", "Saoirse", "Tamsin", "Ulla", "Vesna", "Wren",
            "Xenia", "Yara", "Zelie", "Amara", "Brielle", "Cosima", "Delphine", "Esme", "Flavia", "Giselle", "Honor",
            "Isolde", "Juno", "Katya", "Lumi", "Mireille", "Noor", "Ottilie", "Paloma", "Rhea", "Sunniva", "Thea",
            "Valentina", "Winona", "Ximena", "Yasmin", "Zora", "Anouk", "Beatrix", "Clio", "Dagny", "Elin", "Fenna",
            "Ilse", "Leocadia", "Marisol", "Nerys", "Oona", "Petra", "Romilly", "Seraphina", "Tove", "Viveka",
            "Arlo", "Bastian", "Caspian", "Dorian", "Emeric", "Florian", "Gideon", "Hollis", "Idris", "Jasper",
            "Kieran", "Lucian", "Matteo", "Nikolai", "Orson", "Percival", "Rafferty", "Silas", "Tobias", "Ulysses",
            "Viggo", "Wolfgang", "Xavi", "Yannick", "Zeno", "Anselm", "Benedikt", "Cyprian", "Desmond", "Evander");
    static final List<String> LAST = List.of(
            "Ashdown", "Belcourt", "Carraway", "Delacroix-Hale", "Everleigh", "Fairweather", "Grantham", "Holloway",
            "Ingersoll", "Jessamy", "Kettering", "Larkspur", "Montague", "Northcott", "Oakhurst", "Pemberton",
            "Quillfeather", "Ravensworth", "Sandoval", "Thistlewood", "Underhill", "Vantongeren", "Whitlock",
            "Yarborough", "Zabrowski", "Albarran", "Brightwater", "Castellanos", "Dunmore", "Eastwick", "Falconer",
            "Greenhalgh", "Hartigan", "Ivanova", "Jardine", "Kowalczyk", "Lindqvist", "Marchetti", "Nakashima",
            "Okonkwo", "Pellegrini", "Quintero", "Rasmussen", "Saltonstall", "Tremaine", "Uchenna", "Valcourt",
            "Wexford", "Youngblood", "Zamora", "Abernethy", "Blackwood", "Cordero", "Drummond", "Ellsworth",
            "Fitzgerald-Rowe", "Galbraith", "Haverford", "Illingworth", "Jovanovic", "Kavanagh", "Lockhart",
            "Moreau", "Nightingale", "Ostrander", "Prescott", "Radcliffe", "Sinclair", "Thornbury", "Vasquez",
            "Wainwright", "Achterberg", "Bramwell", "Cheverton", "Desrosiers", "Eskildsen", "Fontaine", "Gallardo",
            "Hollingsworth", "Iturbe", "Kingsley", "Lavigne", "Mwangi", "Nordstrom", "Oyelaran", "Penhaligon",
            "Rosenthal", "Stavros", "Tamaki", "Varga", "Westerberg", "Ybarra", "Zeller", "Amundsen", "Bellweather");
    static final List<String> OUTLETS = List.of("Vogue", "People", "E! News", "Harper's Bazaar", "Elle", "W Magazine",
            "Entertainment Tonight", "InStyle", "The Cut", "Variety", "Access Hollywood", "Glamour");
    static final List<String> STYLISTS = List.of("Marlowe Quist", "Ines Vandermolen", "Tobiah Frane", "Carys Mallory",
            "Pim Oosterhuis", "Delia Strand");

    final List<LexiconEntry> designers;
    final List<LexiconEntry> garments;
    final List<LexiconEntry> colours;
    final List<LexiconEntry> materials;
    final List<LexiconEntry> accessories;
    final List<LexiconEntry> beauty;
    final List<LexiconEntry> hair;
    final List<EventEntry> events;

    Vocabulary(Lexicons lexicons, EventCatalogue catalogue) {
        this.designers = lexicons.entries("designer").stream().filter(e -> e.houses().isEmpty()).toList();
        this.garments = lexicons.entries("garment");
        this.colours = lexicons.entries("colour");
        this.materials = lexicons.entries("material");
        this.accessories = lexicons.entries("accessory");
        this.beauty = lexicons.entries("beauty");
        this.hair = lexicons.entries("hair");
        this.events = catalogue.events();
    }

    /** The {@code i}-th invented person; a pool of {@code size} names, no two alike. */
    static String person(int i) {
        int f = i % FIRST.size();
        int l = (i / FIRST.size() + i * 7) % LAST.size();
        return FIRST.get(f) + " " + LAST.get(l);
    }

    /** The first names before "Arlo" are women's names. */
    static boolean isFeminine(String person) {
        int i = FIRST.indexOf(person.substring(0, person.indexOf(' ')));
        return i >= 0 && i < FIRST.indexOf("Arlo");
    }

    static int maxPeople() {
        return FIRST.size() * LAST.size();
    }

    /** A name no generated article uses: first and last names from outside the pools. */
    static String stranger(SplittableRandom r) {
        List<String> first = List.of("Ottoline", "Barnaby", "Clementine", "Ignatius", "Perpetua", "Leopold");
        List<String> last = List.of("Fennimore", "Quartermaine", "Blaxland", "Scrimgeour", "Wolstenholme");
        return pick(r, first) + " " + pick(r, last);
    }

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /** Skewed to the front of the list: a few popular names, a long tail. */
    static int skewed(SplittableRandom r, int size) {
        double u = r.nextDouble();
        return Math.min(size - 1, (int) (size * u * u * u));
    }

    /** The years an event has in the catalogue, else recent years. */
    static List<Integer> years(EventEntry e) {
        List<Integer> ys = new ArrayList<>(e.editions().keySet());
        if (ys.isEmpty()) for (int y = 2018; y <= 2025; y++) ys.add(y);
        return ys;
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
