package dev.redcarpet.analysis.people;

import dev.redcarpet.analysis.LexiconHit;
import dev.redcarpet.analysis.Lexicons;
import dev.redcarpet.analysis.QuickFind;
import dev.redcarpet.analysis.events.EventCatalogue;
import dev.redcarpet.analysis.events.EventMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people an article names. A name is a run of two to four capitalised words (with
 * particles such as "de" or "van", initials, hyphens and apostrophes) that holds no word of an
 * event, place, outlet or brand, and that has some sign of being a person: a known given name,
 * an initial, a role before it ("stylist Law Roach"), or its first or last name used alone
 * elsewhere. Single-word stage names count after a role ("rapper Doechii") or before a speech
 * verb. Short forms link to the full name unless two people share them.
 */
public final class PeopleFinder {
    private static final Pattern WHO_AFTER = Pattern.compile(",\\s+who\\b");
    /** Words before which a capitalised word is part of a title, not a name used alone. */
    private static final Set<String> ARTICLE_WORDS = Set.of("of", "the", "a", "an");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)\\b(?:photo(?:graph)?s?|images?|credits?|video|courtesy|getty|source)(?:\\s+by)?\\s*:|\\bphoto(?:graph)?s?\\s+by\\b");
    /** Tried only where a word opens as one of the pattern's words does: most word starts cannot begin a credit. */
    private static final QuickFind CREDIT_FIND = QuickFind.startingLike(CREDIT, true,
            "photo", "image", "credit", "video", "courtesy", "getty", "source");

    /** Given names that open sentences as ordinary words ("Will Emma be back?"). */
    private static final Set<String> COMMON_WORD_NAMES = Set.of("will", "may", "mark", "bill", "rose", "grant",
            "hope", "joy", "faith", "art", "rich", "chase", "drew", "pat", "sue", "guy", "june", "april", "august");

    /** Words that open questions ("Will Emma Chamberlain return?"). */
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "could", "should", "can", "did", "does", "do",
            "has", "have", "had", "is", "was", "are", "were", "may", "might", "must", "shall");

    /** Role nouns that stand before works as well as people ("award winner", "best film nominee"). */
    private static final Set<String> WORK_ROLES = Set.of("winner", "nominee");

    private final NameLexicon lex = NameLexicon.get();
    private final EnglishWords english = EnglishWords.get();
    private final Predicate<String> isThing;
    private final SingleNames singleNames;

    /** A finder that knows no fashion lexicon or event names (only its own word lists). */
    public PeopleFinder() {
        this(w -> false);
    }

    /** A finder that also keeps the lexicons' terms (houses, garments, colours) and event names out of people. */
    public PeopleFinder(Lexicons lexicons, EventCatalogue catalogue) {
        this(phrase -> isTerm(lexicons, catalogue, phrase));
    }

    private PeopleFinder(Predicate<String> isThing) {
        this.isThing = isThing;
        this.singleNames = new SingleNames(lex, isThing);
    }

    private static boolean isTerm(Lexicons lexicons, EventCatalogue catalogue, String phrase) {
        for (LexiconHit h : lexicons.findLoose(phrase)) {
            if (h.start() == 0 && h.end() == phrase.length()) return true;
        }
        for (EventMention m : catalogue.mentions(phrase)) {
            if (m.start() == 0 && m.end() == phrase.length()) return true;
        }
        return false;
    }

    public People find(String text) {
        return find(text, List.of());
    }

    /**
     * The people of an article, also taking the given heading lines ("Lana Del Rey" over a roundup's
     * section) as names when they read as one: a few capitalised words that are no lexicon term, event,
     * place or outlet, none of them an ordinary word the article also writes in lower case.
     */
    public People find(String text, List<String> headings) {
        if (text == null || text.isBlank()) return People.none();
        List<NameTokens.Token> tokens = NameTokens.of(text);
        boolean[] credit = creditMask(text, tokens);
        List<Line> lines = lines(text, tokens);
        LowerCaseWords lowerWords = new LowerCaseWords(tokens);
        maskTitleCaseLines(tokens, credit, lines, lowerWords);
        maskOrdinaryWords(text, tokens, credit, lines);
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        List<List<NameTokens.Token>> segments = new ArrayList<>();
        for (List<NameTokens.Token> run : runs(text, tokens, credit)) segments.addAll(segments(text, run, afterRole(text, tokens, run)));
        Evidence evidence = new Evidence(text, tokens, segments);
        for (List<NameTokens.Token> seg : segments) {
            if (isPerson(text, tokens, seg, evidence)) {
                firstSeen.putIfAbsent(join(seg), seg.get(0).start());
            }
        }
        for (NameTokens.Token single : singleNames.find(text, tokens, credit, firstSeen.keySet())) {
            firstSeen.putIfAbsent(single.word(), single.start());
        }
        for (String heading : headings) {
            if (headingName(heading, lowerWords)) firstSeen.putIfAbsent(heading.strip(), Math.max(0, text.indexOf(heading.strip())));
        }
        List<String> names = merge(new ArrayList<>(firstSeen.keySet()));
        Map<String, String> aliases = aliases(names, firstSeen.keySet());
        People unranked = new People(names, aliases);
        Map<String, Integer> counts = new HashMap<>();
        for (PeopleMentions.Mention m : PeopleMentions.find(text, unranked)) {
            if (!m.ambiguous()) counts.merge(m.candidates().get(0), 1, Integer::sum);
        }
        List<String> ranked = new ArrayList<>(names);
        ranked.sort(Comparator.comparingInt((String n) -> -counts.getOrDefault(n, 0))
                .thenComparingInt(n -> firstSeen.getOrDefault(n, Integer.MAX_VALUE)));
        return new People(ranked, aliases);
    }

    /** Runs of capitalised words separated by single spaces; particles may sit inside a run. */
    private List<List<NameTokens.Token>> runs(String text, List<NameTokens.Token> tokens, boolean[] credit) {
        List<List<NameTokens.Token>> out = new ArrayList<>();
        List<NameTokens.Token> run = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            NameTokens.Token t = tokens.get(i);
            boolean joins = !run.isEmpty() && NameTokens.spaceOnly(text, run.get(run.size() - 1).end(), t.start())
                    && !run.get(run.size() - 1).possessive();
            boolean usable = !credit[i] && (t.capitalised()
                    || (joins && lex.isParticle(t.word()) && particleChainEndsInName(tokens, i)));
            if (usable && (run.isEmpty() || joins)) {
                run.add(t);
            } else {
                if (!run.isEmpty()) { // an empty run is kept, not replaced: most words are in no run
                    out.add(run);
                    run = new ArrayList<>();
                }
                if (usable) run.add(t);
            }
        }
        if (!run.isEmpty()) out.add(run);
        return out;
    }

    private boolean particleChainEndsInName(List<NameTokens.Token> tokens, int i) {
        int j = i + 1;
        while (j < tokens.size() && j <= i + 2 && lex.isParticle(tokens.get(j).word())) j++;
        return j < tokens.size() && tokens.get(j).capitalised();
    }

    /** Splits a run at words that can't be in a name, and drops a leading sentence-opening word. */
    private List<List<NameTokens.Token>> segments(String text, List<NameTokens.Token> run, boolean afterRole) {
        boolean[] blocked = new boolean[run.size()];
        for (int i = 0; i < run.size(); i++) {
            for (List<String> phrase : lex.nonPersonPhrasesStartingWith(run.get(i).word())) {
                if (i + phrase.size() > run.size()) continue;
                boolean match = true;
                for (int k = 1; k < phrase.size() && match; k++) {
                    match = run.get(i + k).word().equalsIgnoreCase(phrase.get(k));
                }
                if (match) for (int k = 0; k < phrase.size(); k++) blocked[i + k] = true;
            }
        }
        boolean phraseInRun = false;
        for (boolean b : blocked) phraseInRun |= b;
        int blockedWords = 0;
        for (int i = 0; i < run.size(); i++) {
            String w = run.get(i).word();
            boolean givenNameFirst = lex.isGivenName(w) && i + 1 < run.size(); // "Elle" the magazine, "Elle Marchetti" the star
            if (lex.isStopword(w) || lex.isNonPersonWord(w) || (lex.isOutlet(w) && w.length() > 1 && !givenNameFirst)
                    || w.chars().anyMatch(Character::isDigit) || (w.length() > 3 && w.indexOf('.') < 0 && w.equals(w.toUpperCase(Locale.ROOT)))) {
                blocked[i] = true;
                blockedWords++;
            }
        }
        int last = run.size() - 1;
        if (afterRole && !phraseInRun && blockedWords == 1 && blocked[last] && run.size() >= 2 && run.size() <= 3
                && !lex.isStopword(run.get(last).word()) && !lex.isOutlet(run.get(last).word())
                && run.get(last).word().chars().allMatch(Character::isLetter)) {
            blocked[last] = false; // "actress Lila Park": a surname that is also a place word
        }
        List<List<NameTokens.Token>> out = new ArrayList<>();
        List<NameTokens.Token> seg = new ArrayList<>();
        for (int i = 0; i <= run.size(); i++) {
            if (i == run.size() || blocked[i]) {
                addSegment(text, seg, out);
                seg = new ArrayList<>();
            } else {
                seg.add(run.get(i));
            }
        }
        return out;
    }

    /** True when a lower-case role noun ("actress", "stylist") stands right before the run. */
    private boolean afterRole(String text, List<NameTokens.Token> tokens, List<NameTokens.Token> run) {
        int at = java.util.Collections.binarySearch(tokens, run.get(0), Comparator.comparingInt(NameTokens.Token::start));
        if (at <= 0) return false;
        NameTokens.Token before = tokens.get(at - 1);
        return !before.capitalised() && lex.isRole(before.word()) && NameTokens.spaceOnly(text, before.end(), run.get(0).start());
    }

    private void addSegment(String text, List<NameTokens.Token> seg, List<List<NameTokens.Token>> out) {
        while (!seg.isEmpty() && (!seg.get(0).capitalised() || lex.isRole(seg.get(0).word()))) seg.remove(0); // "YouTuber Emma …"
        while (!seg.isEmpty() && !seg.get(seg.size() - 1).capitalised()) seg.remove(seg.size() - 1);
        if (seg.size() >= 3 && NameTokens.sentenceInitial(text, seg.get(0).start()) && !seg.get(0).initial()
                && (!lex.isGivenName(seg.get(0).word()) || COMMON_WORD_NAMES.contains(seg.get(0).word().toLowerCase(Locale.ROOT)))
                && !occursInsideASentence(text, join(seg))
                && !(openerBelongsToName(text, seg.get(0).word()) && !ordinaryBeforeAGivenName(seg))) {
            seg.remove(0);
        }
        dropOrdinaryWordsBeforeAGivenName(seg);
        long caps = seg.stream().filter(NameTokens.Token::capitalised).count();
        if (caps >= 2 && caps <= 4) out.add(seg);
    }

    /**
     * A capitalised description before a full name ("Cover Girl Dana Whitlock", "Board Chairman Ivo Marsh")
     * is not part of the name: ordinary words ending in a plain noun are dropped when a given name and at least
     * one more word follow. An adjective before the given name ("Big Lenny Q") may be part of a stage name.
     */
    private void dropOrdinaryWordsBeforeAGivenName(List<NameTokens.Token> seg) {
        for (int k = 1; k + 2 <= seg.size(); k++) {
            String w = seg.get(k - 1).word();
            if (lex.isGivenName(w) || lex.isParticle(w) || seg.get(k - 1).initial() || !english.isOrdinary(w)) return;
            if (lex.isGivenName(seg.get(k).word()) && !english.isMoreThanANoun(w)) {
                seg.subList(0, k).clear();
                return;
            }
        }
    }

    /**
     * A sentence-opening word of a three-word run that the text never writes in lower case and that is no
     * role, adverb or participle ("Lil" of "Lil Nas X") is part of the name, not an ordinary opener.
     */
    /** A sentence-opening ordinary word right before a given name ("Trust Nadia Okafor to …"). */
    private boolean ordinaryBeforeAGivenName(List<NameTokens.Token> seg) {
        return english.isOrdinary(seg.get(0).word()) && lex.isGivenName(seg.get(1).word());
    }

    private boolean openerBelongsToName(String text, String word) {
        String l = word.toLowerCase(Locale.ROOT);
        if (lex.isRole(l) || COMMON_WORD_NAMES.contains(l) || AUXILIARIES.contains(l) || l.contains("-")
                || l.endsWith("ing") || l.endsWith("ed") || l.endsWith("ly")) {
            return false;
        }
        return !Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(l) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }

    /** True when the phrase is written somewhere not at a sentence start ("… and Lil Nas X unveiled"). */
    private static boolean occursInsideASentence(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            if (wordStart && !NameTokens.sentenceInitial(text, at)) return true;
        }
        return false;
    }

    /** Facts about the whole text, computed once: token positions, words used alone, how often each name run occurs. */
    private final class Evidence {
        /** Token starts, strictly increasing: a token's index is found by binary search. */
        final int[] starts;
        final Set<String> loneWords = new java.util.HashSet<>();
        final Map<String, Integer> runCounts = new HashMap<>();

        Evidence(String text, List<NameTokens.Token> tokens, List<List<NameTokens.Token>> segments) {
            starts = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) starts[i] = tokens.get(i).start();
            for (int i = 0; i < tokens.size(); i++) {
                NameTokens.Token t = tokens.get(i);
                // only a run's words are asked about, and a run holds capitalised words and particles
                if (!t.capitalised() && !lex.isParticle(t.word())) continue;
                if ((i == 0 || !ARTICLE_WORDS.contains(tokens.get(i - 1).word())) && SingleNames.isLoneWord(text, tokens, i, english)) {
                    loneWords.add(t.word());
                }
            }
            for (List<NameTokens.Token> seg : segments) runCounts.merge(join(seg), 1, Integer::sum);
        }

        /** The index of the token starting at {@code start}, or -1. */
        int indexAt(int start) {
            int i = java.util.Arrays.binarySearch(starts, start);
            return i >= 0 ? i : -1;
        }

        boolean standsAlone(String word) {
            return !lex.isStopword(word) && !lex.isNonPersonWord(word) && word.length() >= 2 && loneWords.contains(word);
        }
    }

    private boolean isPerson(String text, List<NameTokens.Token> tokens, List<NameTokens.Token> seg, Evidence evidence) {
        NameTokens.Token first = seg.get(0);
        NameTokens.Token last = seg.get(seg.size() - 1);
        if (last.initial() && last.word().length() > 2) return false; // "U.S." style abbreviations
        int lastEnd = last.end() + (last.possessive() ? 2 : 0);
        if (lastEnd < text.length() && text.charAt(lastEnd) == '/') return false; // photo credit "Jane Doe/Getty"
        int at = evidence.indexAt(first.start());
        if (at > 0 && tokens.get(at - 1).word().equals("The")
                && NameTokens.spaceOnly(text, tokens.get(at - 1).end(), first.start())) {
            return false; // "The Paper Orchard of Night", "The Ada Lorne Story": a title, not a person
        }
        if (lex.isGivenName(first.word())) return true;
        if (seg.stream().anyMatch(NameTokens.Token::initial)) {
            // an initial makes a name ("R. Milo Dunmore"), not a grade ("a D Flawless diamond")
            int firstInitial = 0;
            while (!seg.get(firstInitial).initial()) firstInitial++;
            for (NameTokens.Token t : seg.subList(firstInitial + 1, seg.size())) {
                if (!t.initial() && english.isOnlyOrdinary(t.word()) && english.isMoreThanANoun(t.word())) return false;
            }
            return true;
        }
        if (seg.size() >= 3 && lex.isGivenName(seg.get(1).word())) return true; // "Marta Sofía Ibarra"
        if (seg.size() == 2 && knownProperName(seg) && !isThing.test(join(seg))) return true; // "Paloma Quillfeather"
        if (WHO_AFTER.matcher(text.substring(lastEnd, Math.min(text.length(), lastEnd + 8))).lookingAt() && !isThing.test(join(seg))) {
            return true; // "Marn Osei, who won …"
        }
        String opener = first.word().toLowerCase(Locale.ROOT);
        if (NameTokens.sentenceInitial(text, first.start()) && seg.size() == 2
                && (opener.endsWith("ing") || opener.endsWith("ed") || opener.endsWith("ly"))) {
            return false; // "Wearing Gucci, she..." / "Inspired Valentino..."
        }
        boolean ordinary = ordinaryWords(seg);
        if (at > 0) {
            NameTokens.Token before = tokens.get(at - 1);
            // films and shows win and are nominated too: "the best film nominee Quiet Rivers"
            boolean role = lex.isRole(before.word()) && !(ordinary && WORK_ROLES.contains(before.word()));
            if (role && NameTokens.spaceOnly(text, before.end(), first.start())) return true;
        }
        int lastAt = evidence.indexAt(last.start());
        boolean actsAsPerson = PersonVerbs.speechFollows(text, tokens, lastAt, lex)
                || (lastAt >= 0 && PersonVerbs.follows(text, tokens, lastAt, lex) && !isThing.test(join(seg)));
        if (ordinary) return actsAsPerson; // "Silver Age", "Lonely Hearts": used twice or not, a phrase unless it acts
        return evidence.runCounts.getOrDefault(join(seg), 0) >= 2 || evidence.standsAlone(first.word())
                || evidence.standsAlone(last.word()) || actsAsPerson 
                || (NameTokens.sentenceInitial(text, first.start()) && takenUpBySheOrHe(text, lastEnd) && !isThing.test(join(seg)));
    }

    private static final Pattern SHE_OR_HE = Pattern.compile("\\b(?:she|he)\\b");
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*(?:\"|$)|\u201C[^\u201D]*(?:\u201D|$)");

    /**
     * The run opens its sentence's subject and the same sentence goes on with "she" or "he" ("Rebel Wilson was up
     * for fun as she posed"): the sentence tells of a person. A run with every word ordinary needs more than this.
     */
    private static boolean takenUpBySheOrHe(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < 200 && ".!?\n".indexOf(text.charAt(end)) < 0) end++;
        // words inside quotation marks are someone's speech, not the sentence's own telling
        String rest = QUOTED.matcher(text.substring(from, end)).replaceAll(" ");
        return SHE_OR_HE.matcher(rest).find();
    }

    /**
     * Every word of the run an ordinary English word and none a given name ("Lonely Hearts", "Silver Age",
     * "Sisters Dancing"): such a run reads as a title or a phrase, a person's name only when the text has it
     * act as one ("Sad Puppy wore", "rapper Frost Pepper").
     */
    private boolean ordinaryWords(List<NameTokens.Token> seg) {
        for (NameTokens.Token t : seg) {
            if (lex.isParticle(t.word())) continue;
            if (t.initial() || lex.isGivenName(t.word()) || !english.isOrdinary(t.word())) return false;
        }
        return true;
    }

    /**
     * Two words of which the dictionary knows the first only as a proper noun (a given name such as
     * "Paloma", not "Grace" or "Will") and the last as no ordinary word: a person's name, unless a word
     * lists it as a place or outlet.
     */
    private boolean knownProperName(List<NameTokens.Token> seg) {
        String first = seg.get(0).word();
        String last = seg.get(seg.size() - 1).word();
        if (!english.isProperNoun(first) || english.isOrdinary(first) || english.isOrdinary(last)) return false;
        for (NameTokens.Token t : seg) {
            if (lex.isPlace(t.word()) || lex.isOutlet(t.word()) || lex.isNonPersonWord(t.word())) return false;
        }
        return true;
    }

    /**
     * Capitalised words the dictionary knows only as ordinary words ("Made", "Wore", "Afraid", "Steals") are no
     * part of a name unless the article capitalises them where capitals mean something: inside a sentence of
     * running text, not at its start nor on a title-case line ("Bad" of "Bad Bunny" mid-sentence). Given names
     * keep their own evidence. A hyphenated word ending in an ordinary lower-case word ("Gatsby-style") is a
     * description, not a name.
     */
    private void maskOrdinaryWords(String text, List<NameTokens.Token> tokens, boolean[] mask, List<Line> lines) {
        boolean[] titleLine = titleCaseTokens(tokens, lines);
        Set<String> trusted = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            NameTokens.Token t = tokens.get(i);
            if (t.capitalised() && !titleLine[i] && !NameTokens.sentenceInitial(text, t.start())) trusted.add(t.word());
        }
        Set<String> lone = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            NameTokens.Token t = tokens.get(i);
            if (t.capitalised() && !titleLine[i] && SingleNames.isLoneWord(text, tokens, i, english)) lone.add(t.word());
        }
        for (int i = 0; i < tokens.size(); i++) {
            NameTokens.Token t = tokens.get(i);
            if (!t.capitalised() || mask[i]) continue;
            String w = t.word();
            int dash = w.lastIndexOf('-');
            if (dash > 0 && dash < w.length() - 1 && Character.isLowerCase(w.charAt(dash + 1))
                    && english.isOnlyOrdinary(w.substring(dash + 1))) {
                mask[i] = true;
                continue;
            }
            if (trusted.contains(w) || lex.isGivenName(w) || lex.isParticle(w) || !english.isOrdinary(w)) continue;
            boolean nameNext = neighbourStandsAlone(text, tokens, i, i + 1, lone);
            if (english.isProperNoun(w)) {
                // "Little Ottilie" … "Ottilie, who": a sentence-opening adjective or verb before a name used alone
                if (nameNext && english.isMoreThanANoun(w) && NameTokens.sentenceInitial(text, t.start())) mask[i] = true;
                continue;
            }
            // a noun next to a word the text uses alone as a name ("Chantry Voss" … "Voss said") may be a name too;
            // a verb or adjective ("Made", "Afraid") is read as the ordinary word
            if (english.isMoreThanANoun(w) || !(nameNext || neighbourStandsAlone(text, tokens, i, i - 1, lone))) mask[i] = true;
        }
    }

    /** True when token j is a capitalised word right next to token i (spaces only) that the text also uses alone. */
    private static boolean neighbourStandsAlone(String text, List<NameTokens.Token> tokens, int i, int j, Set<String> lone) {
        if (j < 0 || j >= tokens.size() || !tokens.get(j).capitalised()) return false;
        NameTokens.Token a = tokens.get(Math.min(i, j));
        NameTokens.Token b = tokens.get(Math.max(i, j));
        if (a.possessive() || !NameTokens.spaceOnly(text, a.end(), b.start())) return false;
        String w = tokens.get(j).word();
        return lone.contains(w) && w.length() > 2;
    }

    /** One line of the text: its tokens {@code [first, end)}, and how many of its longer words are capitalised. */
    private record Line(String text, int first, int end, int words, int capitalised) {
        /** (Nearly) every longer word capitalised, as in a headline or heading. */
        boolean titleCase(int minWords) {
            return words >= minWords && capitalised * 10 >= words * 8;
        }
    }

    /** The text's lines with their tokens; words under four letters ("of", "the") are not counted. */
    private static List<Line> lines(String text, List<NameTokens.Token> tokens) {
        List<Line> out = new ArrayList<>();
        int lineStart = 0;
        int ti = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            int first = ti;
            int words = 0;
            int capitalised = 0;
            while (ti < tokens.size() && tokens.get(ti).start() < lineEnd) {
                NameTokens.Token t = tokens.get(ti++);
                if (t.word().length() < 4) continue;
                words++;
                if (t.capitalised()) capitalised++;
            }
            out.add(new Line(text.substring(lineStart, lineEnd), first, ti, words, capitalised));
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** Which tokens stand on a title-case line: a headline or heading that capitalises (nearly) every word. */
    private static boolean[] titleCaseTokens(List<NameTokens.Token> tokens, List<Line> lines) {
        boolean[] out = new boolean[tokens.size()];
        for (Line line : lines) {
            if (line.titleCase(2)) java.util.Arrays.fill(out, line.first(), line.end(), true);
        }
        return out;
    }

    /** Drops a name that is part of a longer name found too ("Kardashian West" in "Kim Kardashian West"). */
    private static List<String> merge(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            boolean inside = names.stream().anyMatch(o -> !o.equals(n) && (" " + o + " ").contains(" " + n + " "));
            if (!inside) out.add(n);
        }
        return out;
    }

    private static Map<String, String> aliases(List<String> names, Set<String> found) {
        Map<String, Set<String>> forms = new HashMap<>();
        for (String n : names) {
            for (String f : PeopleMentions.shortForms(n)) forms.computeIfAbsent(f, k -> new LinkedHashSet<>()).add(n);
        }
        for (String f : found) {
            if (names.contains(f)) continue;
            for (String n : names) {
                if ((" " + n + " ").contains(" " + f + " ")) forms.computeIfAbsent(f.toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(n);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : forms.entrySet()) {
            boolean isItselfAName = names.stream().anyMatch(n -> n.equalsIgnoreCase(e.getKey()));
            if (e.getValue().size() == 1 && !isItselfAName) out.put(e.getKey(), e.getValue().iterator().next());
        }
        return out;
    }

    /**
     * Words the text writes in lower case somewhere: ordinary words, whatever a title-case line makes of them.
     * Gathered when first asked about: many articles have no title-case line and no heading to ask.
     */
    private static final class LowerCaseWords {
        private final List<NameTokens.Token> tokens;
        private Set<String> words;

        LowerCaseWords(List<NameTokens.Token> tokens) {
            this.tokens = tokens;
        }

        /** @param lower a word in lower case */
        boolean contains(String lower) {
            if (words == null) {
                words = new java.util.HashSet<>();
                for (NameTokens.Token t : tokens) {
                    if (!t.capitalised()) words.add(t.word().toLowerCase(Locale.ROOT));
                }
            }
            return words.contains(lower);
        }
    }

    private boolean headingName(String heading, LowerCaseWords lowerWords) {
        String h = heading.strip();
        String[] words = h.split("\\s+");
        if (words.length < 1 || words.length > 4 || isThing.test(h)) return false;
        int capitalised = 0;
        for (String w : words) {
            if (!w.matches("[\\p{L}][\\p{L}'’.\\-]*")) return false;
            if (lex.isParticle(w)) continue;
            if (!Character.isUpperCase(w.charAt(0))) return false;
            String lw = w.toLowerCase(Locale.ROOT);
            if (lowerWords.contains(lw) || lex.isStopword(w) || lex.isNonPersonWord(w) || lex.isPlace(w) || isThing.test(w)) return false;
            capitalised++;
        }
        return capitalised > 0 && !lex.isOutlet(h);
    }

    /**
     * Title-case lines (headlines, "Dua Lipa Wore Chanel") give no evidence of where a name ends: their
     * words that the article also writes in lower case are left out of name finding.
     */
    private static void maskTitleCaseLines(List<NameTokens.Token> tokens, boolean[] mask, List<Line> lines, LowerCaseWords lowerWords) {
        for (Line line : lines) {
            String t = line.text().strip();
            boolean closed = t.endsWith(".") || t.endsWith("\"") || t.endsWith("”");
            if (!line.titleCase(3) || closed) continue;
            // a word the article also writes in lower case ("Wore", "Made") is an ordinary word here
            for (int k = line.first(); k < line.end(); k++) {
                if (lowerWords.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) mask[k] = true;
            }
        }
    }

    private static boolean[] creditMask(String text, List<NameTokens.Token> tokens) {
        boolean[] mask = new boolean[tokens.size()];
        QuickFind.Scan m = CREDIT_FIND.scan(text);
        while (m.find()) {
            int end = creditEnd(text, m.end());
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() >= m.start() && tokens.get(i).start() < end) mask[i] = true;
            }
        }
        return mask;
    }

    private static int creditEnd(String text, int from) {
        int end = text.length();
        for (String stop : new String[]{" — ", " – ", ")", "\n", ". "}) {
            int at = text.indexOf(stop, from);
            if (at >= 0 && at < end) end = at;
        }
        return end;
    }

    private static String join(List<NameTokens.Token> seg) {
        StringBuilder sb = new StringBuilder();
        for (NameTokens.Token t : seg) {
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(t.word());
        }
        return sb.toString();
    }
}
