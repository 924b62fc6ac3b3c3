package dev.redcarpet.analysis;

import java.util.List;

/**
 * One term of a fashion lexicon.
 *
 * @param kind    designer, garment, colour, material, accessory, hair or beauty
 * @param name    the canonical value, e.g. "Maison Margiela", "gown"
 * @param aliases other ways articles write it, e.g. "Margiela"
 * @param houses  for a designer who is a person: the houses they design for (else empty)
 */
public record LexiconEntry(String kind, String name, List<String> aliases, List<String> houses) {
    public LexiconEntry {
        aliases = List.copyOf(aliases);
        houses = List.copyOf(houses);
    }
}
