package dev.redcarpet.analysis.people;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people an article names: full names, most mentioned first, and the short forms
 * (first name, last name, nickname) the article uses for them.
 *
 * @param names   full names, e.g. "Kim Kardashian"
 * @param aliases lower-case short form to full name, e.g. "kim" to "Kim Kardashian"
 */
public record People(List<String> names, Map<String, String> aliases) {
    public People {
        names = List.copyOf(names);
        aliases = Map.copyOf(aliases);
    }

    public static People none() {
        return new People(List.of(), Map.of());
    }

    /** The full name a mention refers to, or null when the mention is nobody this article names. */
    public String resolve(String mention) {
        if (mention == null) return null;
        String m = mention.strip();
        for (String name : names) {
            if (name.equalsIgnoreCase(m)) return name;
        }
        return aliases.get(m.toLowerCase(Locale.ROOT));
    }
}
