package dev.redcarpet.analysis.people;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Whom the reader has in mind while reading: the person the text is on, its section's person, and who was named lately. */
final class InMind {
    /** Sentences without any name after which nobody named in passing is referred back to. */
    static final int SENTENCES = 3;
    final Set<String> crew;
    final Map<String, NameLexicon.Gender> genders;
    final Deque<List<String>> recent = new ArrayDeque<>();
    String current;
    String segmentPerson;
    int sinceNamed;

    InMind(Set<String> crew, Map<String, NameLexicon.Gender> genders) {
        this.crew = crew;
        this.genders = genders;
    }

    void newSegment(String person) {
        segmentPerson = person;
        current = person;
        recent.clear();
    }

    boolean hasSomeoneInMind() {
        return current != null || segmentPerson != null;
    }

    List<String> inMind() {
        List<String> out = new ArrayList<>(2);
        if (current != null) out.add(current);
        if (segmentPerson != null && !segmentPerson.equals(current)) out.add(segmentPerson);
        return out;
    }

    void remember(List<List<String>> inMind, List<List<List<String>>> recentOut) {
        inMind.add(inMind());
        recentOut.add(List.copyOf(recent));
    }

    /** Whom a pronoun or description of this gender opening a sentence stands for. */
    String referent(NameLexicon.Gender gender) {
        List<String> candidates = new ArrayList<>(inMind());
        for (List<String> names : recent) candidates.addAll(names);
        for (String p : candidates) if (!crew.contains(p) && fits(p, gender)) return p;
        if (gender == NameLexicon.Gender.UNKNOWN) return current != null ? current : segmentPerson;
        for (String p : candidates) if (genders.get(p) == gender) return p;
        return null;
    }

    private boolean fits(String person, NameLexicon.Gender gender) {
        NameLexicon.Gender g = genders.getOrDefault(person, NameLexicon.Gender.UNKNOWN);
        return gender == NameLexicon.Gender.UNKNOWN || g == NameLexicon.Gender.UNKNOWN || g == gender;
    }

    /** Records whom a finished sentence was about and whom it named (either may be missing). */
    void endSentence(String subject, List<String> named) {
        List<String> people = new ArrayList<>();
        if (subject != null) people.add(subject);
        for (String n : named) if (!people.contains(n)) people.add(n);
        if (!people.isEmpty()) {
            recent.addFirst(List.copyOf(people));
            while (recent.size() > SENTENCES) recent.removeLast();
            sinceNamed = 0;
        } else if (++sinceNamed > SENTENCES) {
            recent.clear();
        }
    }
}
