package dev.redcarpet.analysis.people;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists that people and quote finding rely on, read once from {@code analysis/*.txt}
 * on the class path: given names (with a gender hint), words that are never part of a name,
 * words and phrases that mark a non-person, speech verbs, outlets and role nouns.
 */
public final class NameLexicon {
    public enum Gender { FEMALE, MALE, UNKNOWN }

    private static final NameLexicon INSTANCE = new NameLexicon();

    private final Set<String> female = words("given-names-female.txt");
    private final Set<String> male = words("given-names-male.txt");
    private final Set<String> stopwords = words("name-stopwords.txt");
    private final Set<String> nonPersonWords = words("non-person-words.txt");
    private final List<List<String>> nonPersonPhrases = phrases("non-person-phrases.txt");
    /** The non-person phrases by their folded first word: a run's word is tried only against phrases it can open. */
    private final java.util.Map<String, List<List<String>>> phrasesByFirst = byFirstWord(nonPersonPhrases, true);
    private final List<List<String>> speechVerbs = phrases("speech-verbs.txt");
    private final java.util.Map<String, List<List<String>>> speechVerbsByFirst = byFirstWord(speechVerbs, true);
    private final Set<String> oneWordSpeechVerbs = oneWord(speechVerbs);
    private final List<List<String>> personVerbs = phrases("person-verbs.txt");
    private final java.util.Map<String, List<List<String>>> personVerbsByFirst = byFirstWord(personVerbs, false);
    private final Set<String> places = words("places.txt");
    private final List<String> outlets = lines("outlets.txt").stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private final Set<String> femaleRoles = words("roles-female.txt");
    private final Set<String> maleRoles = words("roles-male.txt");
    private final Set<String> starRoles = words("roles-star.txt");
    private final Set<String> crewRoles = words("roles-crew.txt");
    private final Set<String> lookNouns = words("look-nouns.txt");
    // the sets asked about most, each read in any case without a lower-case copy of the word (see LowerCaseSet)
    private final LowerCaseSet givenNames = new LowerCaseSet(union(female, male));
    private final LowerCaseSet stopwordSet = new LowerCaseSet(stopwords);
    private final LowerCaseSet nonPersonWordSet = new LowerCaseSet(nonPersonWords);
    private final LowerCaseSet placeSet = new LowerCaseSet(places);
    private final LowerCaseSet starRoleSet = new LowerCaseSet(union(starRoles, union(femaleRoles, maleRoles)));
    private final LowerCaseSet crewRoleSet = new LowerCaseSet(crewRoles);
    private final LowerCaseSet roleSet = new LowerCaseSet(union(union(starRoles, crewRoles), union(femaleRoles, maleRoles)));
    private final LowerCaseSet lookNounSet = new LowerCaseSet(lookNouns);
    private final Set<String> outletSet = Set.copyOf(outlets);
    private final Set<String> particles = Set.of("de", "da", "di", "du", "del", "della", "der", "den", "van",
            "von", "le", "la", "ter", "ten", "bin", "al", "el", "dos", "das", "y", "st.");
    private final int longestParticle = particles.stream().mapToInt(String::length).max().orElse(0);

    public static NameLexicon get() {
        return INSTANCE;
    }

    public boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    Gender genderOfGivenName(String word) {
        String w = lower(word);
        boolean f = female.contains(w);
        boolean m = male.contains(w);
        if (f == m) return Gender.UNKNOWN;
        return f ? Gender.FEMALE : Gender.MALE;
    }

    /** A capitalised word that is never part of a name: function words, titles, roles. */
    public boolean isStopword(String word) {
        return stopwordSet.contains(word);
    }

    /** A word that makes a capitalised phrase an event, place, outlet or brand rather than a person. */
    /** A word that is never part of a person's name ("Hotel"), written with accents or without ("Hôtel"). */
    boolean isNonPersonWord(String word) {
        if (nonPersonWordSet.contains(word)) return true;
        // an ASCII word has no accents to take off: it would be looked up again as it is
        if (CaseFold.ascii(word)) return false;
        String w = lower(word);
        return !CaseFold.ascii(w) && nonPersonWords.contains(java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", ""));
    }

    /**
     * The particles' openings, one bit per pair of first two ASCII characters (a one-letter particle pairs its
     * letter with 0): asked of every lower-case word of a text, and most short words ("the", "and", "to") open
     * as no particle does, so they are answered without working out a hash.
     */
    private final boolean[] particleOpenings = openings(particles);

    private static boolean[] openings(Set<String> words) {
        boolean[] out = new boolean[128 * 128];
        for (String w : words) {
            if (!CaseFold.ascii(w)) throw new IllegalArgumentException("particles are ASCII: " + w);
            out[w.charAt(0) * 128 + (w.length() > 1 ? w.charAt(1) : 0)] = true;
        }
        return out;
    }

    boolean isParticle(String word) {
        int n = word.length();
        if (n == 0 || n > longestParticle) return false; // most words are longer: no hash to work out
        char a = word.charAt(0);
        char b = n > 1 ? word.charAt(1) : 0;
        return a < 128 && b < 128 && particleOpenings[a * 128 + b] && particles.contains(word);
    }

    List<List<String>> nonPersonPhrases() {
        return nonPersonPhrases;
    }

    /** The non-person phrases whose first word equals {@code word} ignoring case, in list order. */
    List<List<String>> nonPersonPhrasesStartingWith(String word) {
        return phrasesByFirst.getOrDefault(CaseFold.fold(word), List.of());
    }

    /** Speech verbs as lower-case word sequences, longest first. */
    List<List<String>> speechVerbs() {
        return speechVerbs;
    }

    /** The speech verbs whose first word equals {@code word} ignoring case, longest first. */
    List<List<String>> speechVerbsStartingWith(String word) {
        return speechVerbsByFirst.getOrDefault(CaseFold.fold(word), List.of());
    }

    /** True for a speech verb of one word ("said"), given in lower case. */
    boolean isOneWordSpeechVerb(String lower) {
        return oneWordSpeechVerbs.contains(lower);
    }

    /** Verbs whose subject is a person at an event ("arrived", "wore", "stepped out"), longest first. */
    List<List<String>> personVerbs() {
        return personVerbs;
    }

    /** The person verbs whose first word is {@code word} exactly, longest first. */
    List<List<String>> personVerbsStartingWith(String word) {
        return personVerbsByFirst.getOrDefault(word, List.of());
    }

    /** A country, region or city ("America", "Brooklyn"). */
    boolean isPlace(String word) {
        return placeSet.contains(word);
    }

    /** Outlet names as written, longest first. */
    List<String> outlets() {
        return outlets;
    }

    boolean isOutlet(String phrase) {
        return outletSet.contains(phrase.strip());
    }

    /** Gender a role noun implies ("actress", "wife"), or UNKNOWN. */
    public Gender genderOfRole(String role) {
        String r = lower(role);
        if (femaleRoles.contains(r)) return Gender.FEMALE;
        if (maleRoles.contains(r)) return Gender.MALE;
        return Gender.UNKNOWN;
    }

    /** A role noun used for the famous subject of a piece: star, actress, singer, founder... */
    boolean isStarRole(String role) {
        return starRoleSet.contains(role);
    }

    /** A role noun used for someone behind a look: designer, stylist, makeup artist... */
    boolean isCrewRole(String role) {
        return crewRoleSet.contains(role);
    }

    /** A noun for a made thing ("suit", "gown") that shows a name before it is a label, not a speaker. */
    boolean isLookNoun(String word) {
        return lookNounSet.contains(word);
    }

    /** Roles that pick out one particular person: crew, relatives, office holders. */
    boolean isSpecificRole(String role) {
        String r = lower(role);
        return crewRoles.contains(r) || (femaleRoles.contains(r) && !r.equals("actress"))
                || (maleRoles.contains(r)) || r.equals("senator") || r.equals("politician") || r.equals("lawmaker");
    }

    boolean isRole(String role) {
        return roleSet.contains(role); // a star role or a crew role
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static List<String> lines(String file) {
        String resource = "/analysis/" + file;
        try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing word list on the class path: " + resource);
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) out.add(l);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read word list " + resource + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            for (String w : line.split("\\s+")) out.add(lower(w));
        }
        return Set.copyOf(out);
    }

    /** Phrases by first word (folded when {@code fold}, for words compared ignoring case), in list order. */
    private static java.util.Map<String, List<List<String>>> byFirstWord(List<List<String>> phrases, boolean fold) {
        java.util.Map<String, List<List<String>>> out = new java.util.HashMap<>();
        for (List<String> p : phrases) {
            String first = fold ? CaseFold.fold(p.get(0)) : p.get(0);
            out.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
        }
        return out;
    }

    private static Set<String> oneWord(List<List<String>> phrases) {
        Set<String> out = new HashSet<>();
        for (List<String> p : phrases) if (p.size() == 1) out.add(p.get(0));
        return Set.copyOf(out);
    }

    private static List<List<String>> phrases(String file) {
        return lines(file).stream()
                .map(l -> List.of(lower(l).split("\\s+")))
                .distinct()
                .sorted(Comparator.comparingInt((List<String> p) -> p.size()).reversed())
                .toList();
    }
}
