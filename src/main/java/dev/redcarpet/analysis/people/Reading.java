package dev.redcarpet.analysis.people;

import dev.redcarpet.analysis.structure.ReadSentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article as {@link SubjectResolver} read it: each sentence with the person it is about, and for each
 * sentence whom the reader has in mind before it (the person the text is on, then whom the last few sentences
 * were about or named). Quote attribution and look reading ask it whom a pronoun or a description stands for,
 * so the whole analysis answers "who is she?" the same way.
 */
public final class Reading {
    private final List<ReadSentence> sentences;
    private final int[] starts;
    private final List<List<String>> inMind;
    private final List<List<List<String>>> recent;
    private final List<List<String>> agents;
    private final Set<String> crew;
    private final Map<String, NameLexicon.Gender> genders;
    private final PersonRoles roles;
    private final Map<String, Integer> byText = new HashMap<>();

    Reading(List<ReadSentence> sentences, int[] starts, List<List<String>> inMind, List<List<List<String>>> recent,
            List<List<String>> agents, Set<String> crew, PersonRoles roles) {
        this.agents = agents;
        this.sentences = List.copyOf(sentences);
        this.starts = starts;
        this.inMind = inMind;
        this.recent = recent;
        this.crew = Set.copyOf(crew);
        this.roles = roles;
        this.genders = roles.genders();
        for (int i = 0; i < sentences.size(); i++) byText.putIfAbsent(sentences.get(i).text(), i);
    }

    public List<ReadSentence> sentences() {
        return sentences;
    }

    /** People the article introduces by a crew role ("her stylist, Law Roach"): they work on a look, they do not wear it. */
    public Set<String> crew() {
        return crew;
    }

    PersonRoles roles() {
        return roles;
    }

    /**
     * The article text as quote attribution reads it (words, mentions, quotations), when this reading was made of
     * {@code text} with these {@code people}, else null: quote finding then need not tokenise and scan the text again.
     */
    public QuoteText quoteText(String text, People people) {
        QuoteText qt = roles.quoteText();
        return qt.text.equals(text) && qt.people.equals(people) ? qt : null;
    }

    /**
     * The people body sentence {@code i} names as doers ("Ana Lind and Bo Maas wore blue"): outside quotation marks,
     * not after a preposition ("posed with Ana Lind"), not as an owner ("Ana Lind's stylist"), not makers.
     */
    public List<String> agents(int i) {
        return i < 0 || i >= agents.size() ? List.of() : agents.get(i);
    }

    /** The index of the first sentence with this text, or -1. */
    public int indexOf(String sentenceText) {
        return byText.getOrDefault(sentenceText, -1);
    }

    /** The person the sentence with this text is about, or null. */
    public String subjectOf(String sentenceText) {
        int i = indexOf(sentenceText);
        return i < 0 ? null : sentences.get(i).subject();
    }

    /** The sentence holding this offset of the article text, or -1 (before the first sentence of the text). */
    public int sentenceAt(int pos) {
        int found = -1;
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] < 0) continue;
            if (starts[i] > pos) break;
            found = i;
        }
        return found;
    }

    /** Where sentence {@code i} starts in the article text, or -1 when it is not in it (a separate headline). */
    public int start(int i) {
        return i < 0 || i >= starts.length ? -1 : starts[i];
    }

    /** The gender a pronoun implies. */
    public static NameLexicon.Gender genderOf(String pronoun) {
        return switch (pronoun.toLowerCase(java.util.Locale.ROOT)) {
            case "she", "her", "hers", "herself" -> NameLexicon.Gender.FEMALE;
            case "he", "him", "his", "himself" -> NameLexicon.Gender.MALE;
            default -> NameLexicon.Gender.UNKNOWN;
        };
    }

    /**
     * Whom a pronoun (or a description) of this gender in sentence {@code i} stands for as the one wearing a
     * look: the nearest fitting person named before it in the sentence ({@code namedBefore}, nearest first),
     * else the person the reader had in mind before the sentence, else someone named in the last few sentences.
     * Crew and people known to be of the other gender are passed over; crew is taken only when the pronoun's
     * gender names them alone.
     */
    public String referent(int i, List<String> namedBefore, NameLexicon.Gender gender) {
        List<String> candidates = new ArrayList<>(namedBefore);
        if (i >= 0 && i < inMind.size()) {
            candidates.addAll(inMind.get(i));
            for (List<String> names : recent.get(i)) candidates.addAll(names);
        }
        for (String p : candidates) if (!crew.contains(p) && fits(p, gender)) return p;
        if (gender == NameLexicon.Gender.UNKNOWN) return null;
        for (String p : candidates) if (genders.get(p) == gender) return p;
        return null;
    }

    /**
     * Whom a pronoun of this gender in sentence {@code i} stands for as the one speaking ("she said"): anyone
     * may speak, crew too, so the nearest fitting person named before it wins: in its sentence, then in the
     * last few sentences, then the person the reader had in mind.
     */
    public String speaker(int i, List<String> namedBefore, NameLexicon.Gender gender) {
        List<String> candidates = new ArrayList<>(namedBefore);
        if (i >= 0 && i < inMind.size()) {
            for (List<String> names : recent.get(i)) candidates.addAll(names);
            candidates.addAll(inMind.get(i));
        }
        for (String p : candidates) if (fits(p, gender)) return p;
        return null;
    }

    /**
     * Whom a pronoun of this gender means among one sentence's people (nearest first) alone: the first who is
     * not crew and fits; null when none does.
     */
    public String among(List<String> namedBefore, NameLexicon.Gender gender) {
        for (String p : namedBefore) if (!crew.contains(p) && fits(p, gender)) return p;
        return null;
    }

    /** The two people "the couple" means: two named earlier in this sentence, else the two of the last sentence naming several. */
    public List<String> pair(int i, List<String> namedBefore) {
        List<String> here = wearers(namedBefore);
        if (here.size() == 2) return here;
        if (!here.isEmpty() || i < 0 || i >= recent.size()) return List.of();
        for (List<String> names : recent.get(i)) {
            List<String> last = wearers(names);
            if (last.size() > 1) return last.size() == 2 ? last : List.of();
        }
        return List.of();
    }

    private List<String> wearers(List<String> names) {
        return names.stream().distinct().filter(n -> !crew.contains(n)).toList();
    }

    /** True unless the person is known to be of the other gender than a pronoun's. */
    public boolean mayBe(String person, NameLexicon.Gender gender) {
        return fits(person, gender);
    }

    private boolean fits(String person, NameLexicon.Gender gender) {
        NameLexicon.Gender g = genders.getOrDefault(person, NameLexicon.Gender.UNKNOWN);
        return gender == NameLexicon.Gender.UNKNOWN || g == NameLexicon.Gender.UNKNOWN || g == gender;
    }
}
