package dev.redcarpet.analysis.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where an article mentions its people: full names, unambiguous short forms ("Kim") and
 * ambiguous ones ("Hadid" when two Hadids appear), each with the full names it may mean.
 */
public final class PeopleMentions {
    /** One mention; {@code candidates} has one name unless the short form is shared. */
    public record Mention(int start, int end, List<String> candidates, boolean full, boolean possessive) {
        boolean ambiguous() {
            return candidates.size() > 1;
        }
    }

    private record Form(List<String> words, List<String> names, boolean full) {
    }

    private PeopleMentions() {
    }

    /** The short forms a full name goes by: its first and last words (not initials or particles). */
    static List<String> shortForms(String name) {
        return parts(name).shortForms();
    }

    /** A full name's lower-case words and short forms, worked out once per name. */
    private record NameParts(List<String> words, List<String> shortForms) {
    }

    /**
     * The parts of the names seen lately on this thread: an article's names are split for its aliases and again for
     * its mention forms, once unranked and once ranked. Cleared when large, so memory stays bounded.
     */
    private static final ThreadLocal<Map<String, NameParts>> PARTS = ThreadLocal.withInitial(HashMap::new);

    private static NameParts parts(String name) {
        Map<String, NameParts> parts = PARTS.get();
        NameParts p = parts.get(name);
        if (p != null) return p;
        if (parts.size() >= 4096) parts.clear();
        p = new NameParts(List.of(name.toLowerCase(Locale.ROOT).split(" ")), List.copyOf(workOutShortForms(name)));
        parts.put(name, p);
        return p;
    }

    private static List<String> workOutShortForms(String name) {
        List<String> words = List.of(name.split(" "));
        List<String> out = new ArrayList<>();
        if (words.size() < 2) return out;
        String first = words.get(0);
        String last = words.get(words.size() - 1);
        if (isFormWord(first)) out.add(first.toLowerCase(Locale.ROOT));
        if (isFormWord(last)) out.add(last.toLowerCase(Locale.ROOT));
        return out;
    }

    private static boolean isFormWord(String w) {
        NameLexicon lex = NameLexicon.get();
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !w.endsWith(".")
                && !lex.isStopword(w) && !lex.isNonPersonWord(w);
    }

    static List<Mention> find(String text, People people) {
        Recent recent = RECENT.get();
        List<Mention> known = recent.get(text, people);
        if (known != null) return known;
        List<Mention> found = Collections.unmodifiableList(scan(text, people));
        recent.put(text, people, found);
        return found;
    }

    /**
     * The last few sentences' mentions on this thread: the readers of one article (subjects, agents, quotes) ask
     * about the same sentence several times in a row.
     */
    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    private static final class Recent {
        private static final int SIZE = 8;
        private final String[] texts = new String[SIZE];
        private final People[] peoples = new People[SIZE];
        private final List<?>[] results = new List<?>[SIZE];
        private int next;

        @SuppressWarnings("unchecked")
        List<Mention> get(String text, People people) {
            for (int k = 0; k < SIZE; k++) {
                if (peoples[k] == people && text.equals(texts[k])) return (List<Mention>) results[k];
            }
            return null;
        }

        void put(String text, People people, List<Mention> result) {
            texts[next] = text;
            peoples[next] = people;
            results[next] = result;
            next = (next + 1) % SIZE;
        }
    }

    private static List<Mention> scan(String text, People people) {
        Forms all = forms(people);
        List<Mention> out = new ArrayList<>();
        if (!all.mayOpenAt(text)) return out; // most sentences name nobody: no need to split them into words
        List<NameTokens.Token> tokens = NameTokens.of(text);
        int i = 0;
        while (i < tokens.size()) {
            NameTokens.Token t = tokens.get(i);
            Form best = null;
            if (t.capitalised()) {
                for (Form f : all.startingWith(t.word())) {
                    if (matches(text, tokens, i, f.words()) && (best == null || f.words().size() > best.words().size())) {
                        best = f;
                    }
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            NameTokens.Token last = tokens.get(i + best.words().size() - 1);
            out.add(new Mention(t.start(), last.end(), best.names(), best.full(), last.possessive()));
            i += best.words().size();
        }
        return out;
    }

    private static boolean matches(String text, List<NameTokens.Token> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) return false;
        for (int k = 0; k < words.size(); k++) {
            NameTokens.Token t = tokens.get(i + k);
            if (!t.word().equalsIgnoreCase(words.get(k))) return false;
            if (!Character.isUpperCase(t.word().charAt(0)) && k == 0) return false;
            if (k > 0 && !NameTokens.spaceOnly(text, tokens.get(i + k - 1).end() + (tokens.get(i + k - 1).possessive() ? 2 : 0), t.start())) return false;
            if (k < words.size() - 1 && t.possessive()) return false;
        }
        // a short form must stand alone, not be the start of a longer capitalised name
        int after = i + words.size();
        if (words.size() == 1 && after < tokens.size()) {
            NameTokens.Token next = tokens.get(after);
            NameTokens.Token cur = tokens.get(i);
            if (!cur.possessive() && next.capitalised() && NameTokens.spaceOnly(text, cur.end(), next.start())
                    && !NameLexicon.get().isStopword(next.word())) {
                return false;
            }
        }
        // nor the end of one: "Jonathan Anderson" or "JW Anderson" is not the article's Pamela Anderson
        if (words.size() == 1 && i > 0) {
            NameTokens.Token prev = tokens.get(i - 1);
            NameLexicon lex = NameLexicon.get();
            if (prev.capitalised() && !prev.possessive() && NameTokens.spaceOnly(text, prev.end(), tokens.get(i).start())
                    && !lex.isStopword(prev.word()) && !lex.isRole(prev.word())
                    && !(NameTokens.sentenceInitial(text, prev.start()) && EnglishWords.get().isOrdinary(prev.word()))) {
                return false;
            }
        }
        return true;
    }

    /** The forms of the last People seen on this thread: an article's sentences are all read against the same People. */
    private static final ThreadLocal<Object[]> LAST_FORMS = new ThreadLocal<>();

    private static Forms forms(People people) {
        Object[] last = LAST_FORMS.get();
        if (last != null && last[0] == people) return (Forms) last[1];
        Forms forms = new Forms(List.copyOf(buildForms(people)));
        LAST_FORMS.set(new Object[]{people, forms});
        return forms;
    }

    /**
     * The forms by their first word with case folded as {@link String#equalsIgnoreCase} folds it, so a token is
     * tried only against the forms it can open, in their order.
     */
    private static final class Forms {
        private final List<Form> all;
        private final FoldedMap<List<Form>> byFirst;
        private final boolean indexed;

        Forms(List<Form> all) {
            this.all = all;
            boolean anyEmpty = false;
            Map<String, List<Form>> byFirst = new HashMap<>();
            for (Form f : all) {
                if (f.words().isEmpty()) anyEmpty = true;
                else byFirst.computeIfAbsent(CaseFold.fold(f.words().get(0)), k -> new ArrayList<>()).add(f);
            }
            this.byFirst = new FoldedMap<>(byFirst);
            this.indexed = !anyEmpty;
        }

        /** False only when no capitalised word of the text can open a form (a mention starts with one). */
        boolean mayOpenAt(String text) {
            return !indexed || byFirst.mayOpenAt(text);
        }

        /** Asked of every capitalised token of every sentence, so looked up without a folded copy of the word. */
        List<Form> startingWith(String word) {
            if (!indexed) return all;
            List<Form> found = byFirst.get(word);
            return found == null ? List.of() : found;
        }
    }

    private static List<Form> buildForms(People people) {
        List<Form> forms = new ArrayList<>();
        Map<String, Set<String>> shortToNames = new HashMap<>();
        for (String name : people.names()) {
            NameParts parts = parts(name);
            forms.add(new Form(parts.words(), List.of(name), true));
            for (String s : parts.shortForms()) shortToNames.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(name);
        }
        for (Map.Entry<String, String> a : people.aliases().entrySet()) {
            forms.add(new Form(List.of(a.getKey().split(" ")), List.of(a.getValue()), false));
            shortToNames.remove(a.getKey());
        }
        for (Map.Entry<String, Set<String>> e : shortToNames.entrySet()) {
            if (e.getValue().size() > 1 && people.resolve(e.getKey()) == null) {
                forms.add(new Form(List.of(e.getKey()), List.copyOf(e.getValue()), false));
            }
        }
        return forms;
    }
}
