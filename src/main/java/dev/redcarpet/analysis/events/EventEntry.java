package dev.redcarpet.analysis.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A recurring red-carpet event of the catalogue.
 *
 * @param id            kebab-case key, e.g. "met-gala"
 * @param aliases       names matched ignoring case, accents and punctuation
 * @param shortAliases  short forms ("Met"): any case in questions, only as written in articles
 * @param ordinalOffset year = ordinal + offset ("95th Academy Awards" is 2023), or null
 * @param editions      known editions by year
 */
public record EventEntry(String id, String name, List<String> aliases, List<String> shortAliases,
                         Integer ordinalOffset, SortedMap<Integer, EditionInfo> editions) {
    public EventEntry {
        aliases = List.copyOf(aliases);
        shortAliases = List.copyOf(shortAliases);
        editions = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(editions));
    }

    public Optional<EditionInfo> info(int year) {
        return Optional.ofNullable(editions.get(year));
    }

    public Edition edition(int year) {
        return new Edition(id, name, year);
    }

    /** The year an ordinal edition fell in ("76th" Cannes is 2023), or null when the event has no offset. */
    public Integer yearOfOrdinal(int ordinal) {
        return ordinalOffset == null || ordinal <= 0 ? null : ordinal + ordinalOffset;
    }

    /**
     * When the edition of {@code year} starts: the catalogued date, else the date of the nearest
     * catalogued year moved to {@code year}; null when no edition has a date.
     */
    public LocalDate startOf(int year) {
        EditionInfo known = editions.get(year);
        if (known != null && known.date() != null) return known.date();
        EditionInfo nearest = nearestDated(year);
        if (nearest == null) return null;
        return shift(nearest.date(), year - nearest.year());
    }

    /** When the edition of {@code year} ends (its start for a one-night event). */
    public LocalDate endOf(int year) {
        EditionInfo known = editions.get(year);
        if (known != null && known.date() != null) return known.endDate() != null ? known.endDate() : known.date();
        EditionInfo nearest = nearestDated(year);
        if (nearest == null) return null;
        LocalDate end = nearest.endDate() != null ? nearest.endDate() : nearest.date();
        return shift(end, year - nearest.year());
    }

    private EditionInfo nearestDated(int year) {
        EditionInfo best = null;
        for (EditionInfo e : editions.values()) {
            if (e.date() == null) continue;
            if (best == null || Math.abs(e.year() - year) < Math.abs(best.year() - year)
                    || (Math.abs(e.year() - year) == Math.abs(best.year() - year) && e.year() > best.year())) {
                best = e;
            }
        }
        return best;
    }

    private static LocalDate shift(LocalDate d, int years) {
        return d.plusYears(years);
    }
}
