package dev.redcarpet.search;

import dev.redcarpet.analysis.people.EnglishWords;
import dev.redcarpet.analysis.people.NameLexicon;
import dev.redcarpet.index.Keys;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads who, which event, which year and what is asked out of a question typed the way fans type. */
public final class QuestionParser {
    /** Longest question text that is read; the rest is ignored (Discord caps messages anyway). */
    public static final int MAX_CHARS = 500;

    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are",
            "was", "were", "be", "been", "it", "its", "this", "that", "these", "those", "her", "his", "their", "she",
            "he", "they", "them", "him", "i", "me", "my", "you", "your", "we", "our", "what", "which", "who", "whom",
            "whose", "why", "how", "when", "where", "did", "do", "does", "done", "has", "have", "had", "can", "could",
            "would", "should", "will", "about", "any", "some", "there", "then", "than", "so", "if", "but", "not",
            "no", "yes", "also", "really", "actually", "just", "very", "much", "many", "into", "up", "out", "over",
            "again", "each", "both", "all", "one", "ones", "other", "s", "t", "vs", "via", "after", "before", "during",
            "tell", "show", "give", "know", "please", "pls", "plz", "lol", "lmao", "omg", "tho", "ur", "u", "rn", "wat",
            "wut", "wht", "hey", "hi", "ok", "okay", "anyone", "someone", "whats", "wheres", "whos", "hows", "ya");

    private static final Pattern QUOTE = Pattern.compile("\\b(why|say|said|says|saying|quote|quotes|told|tell|talk|talked|explain|explained|"
            + "joke|joked|admit|admitted|complain|complained|describe|described|believe|reveal|revealed|call|called|word|words|mean|meant|"
            + "write|wrote|written|post|posted|caption|captioned|comment|comments|commented|remark|remarks|remarked|"
            + "introduce|introduced|announce|announced|reply|replied|respond|responded)\\b");
    private static final Pattern SAID = Pattern.compile("^(what|how) (did|does|do|has|had|would) \\S+( \\S+){0,3} (say|tell|write|post|call|describe|explain|introduce|announce|reply|respond)\\b");
    private static final Pattern THEME = Pattern.compile("\\b(theme|dress code|dresscode|asked to dress|dress as)\\b");
    private static final Pattern HOSTS = Pattern.compile("\\b(host|hosts|hosted|hosting|co ?chair|co ?chairs|co ?chaired|fronted|emcee|presenter|presenters|livestream)\\b");
    private static final Pattern DESIGNER = Pattern.compile("\\b(who designed|who made|designer|designers|who dressed|dressed her|dressed him|"
            + "whose was it|whose|designed|made it|made by|label|brand|house)\\b");
    /** Words for the people a list question asks about ("which celebs…"). */
    private static final Pattern GUESTS = Pattern.compile("stars?|guests?|celebs?|celebrit\\w*|actress\\w*|actors?|singers?|models?|musicians?|"
            + "attendees|women|men|people");
    private static final Pattern WHO = Pattern.compile("^(who|which (" + GUESTS.pattern() + "|\\w+ sisters?))\\b");
    private static final Pattern LOOK = Pattern.compile("\\b(wear|wore|wearing|worn|outfit|outfits|fit|fits|look|looks|dress|dresses|"
            + "gown|gowns|ensemble|attire|dressed|suit|style|styled|made of|made from|fabric|fabrics|material|materials|was in|were in)\\b");
    private static final Pattern STYLIST = Pattern.compile("\\b(styled|stylist|stylists|styling|who styled)\\b");
    private static final Pattern BEAUTY = Pattern.compile("\\b(hair|hairstyle|hairdo|updo|bangs|ponytail|makeup|make up|lipstick|lip|lips|eyeshadow|"
            + "eyeliner|nails|manicure|glam|beauty)\\b");
    private static final Pattern ACCESSORY = Pattern.compile("\\b(jewel\\w*|necklace|earrings?|rings?|bracelets?|diamonds?|tiara|choker|brooch|"
            + "shoes?|heels|pumps|sandals|boots|sneakers|trainers|bag|clutch|purse|handbag|gloves|hat|headpiece|sunglasses|watch)\\b");
    private static final Pattern DETAIL = Pattern.compile(STYLIST.pattern() + "|" + BEAUTY.pattern() + "|" + ACCESSORY.pattern());
    private static final Pattern YESNO = Pattern.compile("^(did|does|do|was|were|is|has|had|have)\\b");
    private static final Pattern COMPARE = Pattern.compile("\\b(compare|compared|comparison|vs|versus|differ|differed|difference|different from)\\b");
    private static final Pattern MEASURE = Pattern.compile("^how (much|many|long|heavy|tall|old|big|far)\\b");
    private static final Pattern REQUEST = Pattern.compile("^((hey|hi|ok|okay|so|please|pls|plz) )*((can|could|would|will) you )?(please )?"
            + "((tell|show|give) me( about)?|do you know|i (want|d like|would like) to know|i wonder|i m wondering) ");
    /** "what did X do / bring / serve at…": what someone did, asked without a word for what. */
    private static final Pattern ACTED = Pattern.compile("^what (did|does|will) \\S+( \\S+){0,3} \\S+ (at|to|for|on) ");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-4]\\d)\\b");
    // whole-token tests, compiled once (String.matches compiled each one per token and question)
    private static final Pattern YEAR_TOKEN = Pattern.compile("19[5-9]\\d|20[0-4]\\d");
    private static final Pattern SHORT_YEAR_TOKEN = Pattern.compile("[12]\\d");
    private static final Pattern WHO_WORE = Pattern.compile("^(who|which)\\b\\S*\\s*(wore|wearing|wear|dressed|was in|were in)\\b.*");
    private static final Pattern AUXILIARY = Pattern.compile("did|does|do|was|is|were|are|has|had|will");
    private static final Pattern WEAR_VERB = Pattern.compile("wore|wear|wearing|worn|dressed|chose|rocked");
    private static final Pattern WAS_WERE = Pattern.compile("was|were");
    private static final Pattern JOINER = Pattern.compile("and|or|vs|versus");
    private static final Pattern AUXILIARY_SHORT = Pattern.compile("did|does|do|was|is|were|are|will");

    private final PeopleDirectory people;
    private final EventNames events;
    private final Predicate<String> knownWord;
    private final ToIntFunction<String> passagesWith;

    /** A word in at most this many passages of the corpus is rare: beside a word it never uses, the two read as a name. */
    static final int RARE = 2;

    /**
     * @param passagesWith how many passages of the corpus hold a folded word (words none does, and that are
     *                     not ordinary question words, are read as names the corpus has never seen)
     */
    public QuestionParser(PeopleDirectory people, EventNames events, ToIntFunction<String> passagesWith) {
        this.people = people;
        this.events = events;
        this.passagesWith = passagesWith;
        this.knownWord = w -> passagesWith.applyAsInt(w) > 0;
    }

    /** The words of a folded question that carry content: not question words, not function words. */
    public static List<String> contentWords(String folded) {
        List<String> out = new ArrayList<>();
        if (folded == null || folded.isBlank()) return out;
        for (String t : folded.split(" ")) if (!t.isBlank() && !STOP.contains(t)) out.add(t);
        return out;
    }

    public Question parse(String raw) {
        String text = raw == null ? "" : raw;
        if (text.length() > MAX_CHARS) text = text.substring(0, MAX_CHARS);
        String folded = Keys.fold(text);
        List<String> tokens = folded.isEmpty() ? List.of() : List.of(folded.split(" "));
        boolean[] used = new boolean[tokens.size()];

        List<EventNames.Match> eventMatches = events.find(folded);
        Set<String> eventIds = new HashSet<>();
        for (EventNames.Match m : eventMatches) {
            eventIds.add(m.eventId());
            markChars(folded, tokens, used, m.start(), m.end());
        }
        Integer year = null;
        Matcher ym = YEAR.matcher(folded);
        if (ym.find()) year = Integer.parseInt(ym.group(1));
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (YEAR_TOKEN.matcher(t).matches()) used[i] = true;
            if (year == null && SHORT_YEAR_TOKEN.matcher(t).matches() && i > 0 && used[i - 1] && !eventMatches.isEmpty()) {
                year = 2000 + Integer.parseInt(t);   // "met 24", "grammys 23"
                used[i] = true;
            }
        }
        // "can you tell me what she wore" asks what she wore; "critics choice 2025 - who wore red" asks in its last clause
        String asked = Asking.withoutFrame(withoutRequest(folded));
        Intent intent = intentOf(asked);
        if (intent == Intent.LOOK || intent == Intent.FACT) {
            for (String clause : Asking.laterClauses(text)) if (intentOf(clause) == Intent.WHO) intent = Intent.WHO;
        }

        Set<String> ignore = new HashSet<>(STOP);
        for (int i = 0; i < tokens.size(); i++) if (used[i]) ignore.add(tokens.get(i));
        List<String> names = new ArrayList<>();
        Set<String> capitalised = capitalisedWords(text);
        List<PeopleDirectory.Match> matches = people.find(maskUsed(tokens, used), ignore);
        List<Integer> nameAt = new ArrayList<>();
        for (PeopleDirectory.Match m : matches) {
            // "Chappell Roan" is not whoever else the corpus calls Roan: a lone surname next to another capitalised word is someone else
            if (!m.full() && m.start() > 0 && !used[m.start() - 1] && capitalised.contains(tokens.get(m.start() - 1))
                    && !STOP.contains(tokens.get(m.start() - 1))) {
                continue;
            }
            // "Alexander McQueen" is not whoever else the corpus calls Alexander: a lone first name before another capitalised word
            if (!m.full() && m.end() < tokens.size() && !used[m.end()] && capitalised.contains(tokens.get(m.end()))
                    && !STOP.contains(tokens.get(m.end())) && m.start() < m.end() && !capitalisedBefore(tokens, capitalised, m.start())) {
                continue;
            }
            // "who wore Versace": after the verb of a who-wore question comes a house, not a guest
            if (intent == Intent.WHO && m.start() > wearAt(tokens)) continue;
            names.add(m.name());
            nameAt.add(m.start());
            for (int i = m.start(); i < m.end(); i++) used[i] = true;
        }

        // "Who made the headpiece Zendaya wore?": the one who wore it is named, so it asks about her look, not for a list
        if (intent == Intent.WHO && !names.isEmpty() && !WHO_WORE.matcher(asked).matches()) {
            intent = intentOf(asked, false);
        }
        // "what did Margot Robbie serve at the Vanity Fair party": asked what someone did at an event, in words that
        // name nothing else to look for, a red-carpet question asks after their look
        if (intent == Intent.FACT && !names.isEmpty() && !eventMatches.isEmpty() && ACTED.matcher(asked).find()) intent = Intent.LOOK;
        if (intent == Intent.LOOK && twoSides(tokens, matches, nameAt, eventIds.size(), folded)) intent = Intent.COMPARE;

        // Two capitalised words in a row that are neither a known person nor an event: a name the directory lacks.
        // It is still searched for as a phrase, and coverage checks it against the text.
        int wearer = wearerAt(tokens);
        int wear = wearAt(tokens);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            // "who wore Gaurav Gupta": after the verb of a who-wore question comes a house, not a guest
            if (intent == Intent.WHO && i > wear) break;
            String a = tokens.get(i);
            String b = tokens.get(i + 1);
            if (!used[i] && !used[i + 1] && capitalised.contains(a) && capitalised.contains(b) && !STOP.contains(a) && !STOP.contains(b)
                    && a.chars().allMatch(Character::isLetter) && b.chars().allMatch(Character::isLetter)) {
                // in the wearer's place ("what did X Y wear") two capitalised words name someone, whatever the words
                if (i != wearer && notAName(a, b)) {
                    i++; // the phrase goes on: its second word does not start a name with the next one ("Birthday Mr")
                    continue;
                }
                names.add(titleCase(a) + " " + titleCase(b));
                used[i] = true;
                used[i + 1] = true;
            }
        }
        List<String> terms = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (STOP.contains(t) || t.isBlank()) continue;
            if (!used[i]) {
                terms.add(t);
                // A capitalised word the corpus has never seen reads as a name it does not know ("Adele").
                // A word typed in lower case that the dictionary knows only as an ordinary word ("pay") is no name either.
                boolean strange = t.length() >= 3 && t.chars().allMatch(Character::isLetter) && !knownWord.test(t) && !cue(t)
                        && (capitalised.contains(t) || !EnglishWords.get().isOnlyOrdinary(t));
                // a capitalised word the corpus never uses, or two such words in a row however typed ("zorblax quentworth")
                boolean pair = i + 1 < tokens.size() && !used[i + 1] && !STOP.contains(tokens.get(i + 1))
                        && tokens.get(i + 1).chars().allMatch(Character::isLetter) && tokens.get(i + 1).length() >= 3
                        && !knownWord.test(tokens.get(i + 1));
                // one word never used beside one the corpus barely uses, however typed: a first name it lacks and a
                // surname that is also some other, rare word of the articles (a title, a place)
                boolean rarePair = !pair && strange && i + 1 < tokens.size() && !used[i + 1] && rare(tokens.get(i + 1));
                if (rarePair) pair = true;
                boolean rareBefore = !pair && strange && i > 0 && !used[i - 1] && rare(tokens.get(i - 1));
                if (rareBefore && !unknown.contains(tokens.get(i - 1))) unknown.add(tokens.get(i - 1));
                // the first word is written with a capital whatever it is: an ordinary word there ("Compare…") is no name
                boolean initial = i == 0 && EnglishWords.get().isOnlyOrdinary(t);
                if (strange && ((capitalised.contains(t) && !initial) || pair || rareBefore)) {
                    if (!unknown.contains(t)) unknown.add(t);
                    if (pair) unknown.add(tokens.get(i + 1));
                }
            }
        }
        if (names.isEmpty() && unknown.isEmpty()) unknown.addAll(unknownSubject(tokens, used));
        EventNames.Match first = eventMatches.isEmpty() ? null : eventMatches.get(0);
        return new Question(text, asked, intent, names, unknown,
                first == null ? null : first.eventId(), first == null ? null : first.eventName(),
                eventIds.size(), year, terms);
    }

    /**
     * The subject of "what did X wear", "what was X wearing", however typed: when every word between the
     * auxiliary and the wear verb is free, not a question word, and at least one of them never occurs in the
     * corpus, they name someone the corpus does not know ("what did celine wear", "what was zorblax wearing").
     */
    private List<String> unknownSubject(List<String> tokens, boolean[] used) {
        int wear = wearAt(tokens);
        if (wear >= tokens.size()) return List.of();
        int aux = -1;
        for (int i = wear - 1; i >= 0; i--) {
            if (AUXILIARY.matcher(tokens.get(i)).matches()) {
                aux = i;
                break;
            }
        }
        if (aux < 0 || wear - aux < 2 || wear - aux > 4) return List.of();
        List<String> subject = new ArrayList<>();
        boolean strange = false;
        for (int i = aux + 1; i < wear; i++) {
            String t = tokens.get(i);
            if (used[i] || STOP.contains(t) || !t.chars().allMatch(Character::isLetter)) return List.of();
            subject.add(t);
            strange |= t.length() >= 3 && !knownWord.test(t);
        }
        return strange ? subject : List.of();
    }

    /** A free word of letters that the corpus holds in a few passages at most (a word that says what is asked never is). */
    private boolean rare(String word) {
        if (STOP.contains(word) || word.length() < 3 || !word.chars().allMatch(Character::isLetter) || cue(word)) return false;
        int n = passagesWith.applyAsInt(word);
        return n > 0 && n <= RARE;
    }

    /** A word that says what a question asks ("wore", "stylist", "said") or whom a list asks about ("celebs"): never a name. */
    private static boolean cue(String word) {
        if (GUESTS.matcher(word).matches()) return true;
        for (Pattern p : List.of(LOOK, DESIGNER, STYLIST, BEAUTY, ACCESSORY, QUOTE, THEME, HOSTS, COMPARE)) if (p.matcher(word).matches()) return true;
        return false;
    }

    private static boolean capitalisedBefore(List<String> tokens, Set<String> capitalised, int at) {
        return at > 0 && capitalised.contains(tokens.get(at - 1)) && !STOP.contains(tokens.get(at - 1));
    }

    /** Index of the first wear verb of a question ("wore", "was in"), or the token count when there is none. */
    private static int wearAt(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (WEAR_VERB.matcher(tokens.get(i)).matches()) return i;
            if (i > 0 && tokens.get(i).equals("in") && WAS_WERE.matcher(tokens.get(i - 1)).matches()) return i;
        }
        return tokens.size();
    }

    /**
     * Whether a look question asks for two looks side by side: two people joined by "and", "or" or "&"
     * ("what did Zendaya and Jennifer Lopez each wear"), or one person at two events or in two years.
     */
    private static boolean twoSides(List<String> tokens, List<PeopleDirectory.Match> matches, List<Integer> nameAt, int events, String folded) {
        if (nameAt.size() == 2) {
            int end = -1;
            for (PeopleDirectory.Match m : matches) if (m.start() == nameAt.get(0)) end = m.end();
            return end >= 0 && end < nameAt.get(1) && nameAt.get(1) - end == 1 && JOINER.matcher(tokens.get(end)).matches();
        }
        if (nameAt.size() != 1) return false;
        Matcher y = YEAR.matcher(folded);
        Set<String> years = new HashSet<>();
        while (y.find()) years.add(y.group(1));
        return (events == 2 || years.size() == 2) && tokens.stream().anyMatch(t -> JOINER.matcher(t).matches());
    }

    /** Where "what did X Y wear" puts its two-word wearer: the index of X, or -1. */
    private static int wearerAt(List<String> tokens) {
        int wear = wearAt(tokens);
        if (wear < 3 || wear >= tokens.size()) return -1;
        return AUXILIARY_SHORT.matcher(tokens.get(wear - 3)).matches() ? wear - 2 : -1;
    }

    /**
     * Two capitalised words that are not a name: one is a title or function word ("Mr"), or the dictionary knows
     * both as ordinary words, one of them only so, and neither is a given name: a title or a phrase
     * ("Happy Birthday", "Golden Hour"), not a person the directory lacks.
     */
    private static boolean notAName(String a, String b) {
        EnglishWords words = EnglishWords.get();
        NameLexicon given = NameLexicon.get();
        if (given.isStopword(a) || given.isStopword(b)) return true; // "Mr", "The": a title or a function word
        return words.isOrdinary(a) && words.isOrdinary(b) && !given.isGivenName(a) && !given.isGivenName(b)
                && (words.isOnlyOrdinary(a) || words.isOnlyOrdinary(b));
    }

    private static String titleCase(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** Folded forms of the words written with a capital letter (names, as typed by careful writers). */
    private static Set<String> capitalisedWords(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.split("[^\\p{L}\\p{N}'’]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) out.add(Keys.fold(w));
        }
        return out;
    }

    private static List<String> maskUsed(List<String> tokens, boolean[] used) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) out.add(used[i] ? "\u0000" : tokens.get(i));
        return out;
    }

    private static void markChars(String folded, List<String> tokens, boolean[] used, int start, int end) {
        int pos = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int tStart = pos;
            int tEnd = pos + tokens.get(i).length();
            if (tStart < end && tEnd > start) used[i] = true;
            pos = tEnd + 1;
        }
    }

    /**
     * Whether a question's content words only say what is asked ("designed", "dress", "say"), so that nothing
     * in it could name or describe whom it is about ("who designed her dress?", not "what did the bride wear?").
     */
    public static boolean onlyAsks(Question q) {
        for (String t : q.terms()) {
            boolean cue = false;
            for (Pattern p : List.of(LOOK, DESIGNER, STYLIST, BEAUTY, ACCESSORY, QUOTE, THEME, HOSTS)) cue |= p.matcher(t).matches();
            if (!cue) return false;
        }
        return true;
    }

    /** Whether a question holds no cue of what it asks for ("and what about in 2025?"): only its context says. */
    public static boolean asksNothingOwn(String folded) {
        return intentOf(Asking.withoutFrame(folded)) == Intent.FACT && !MEASURE.matcher(folded).find();
    }

    /** A folded question without the request around it ("tell me", "do you know"): what is left is what is asked. */
    static String withoutRequest(String folded) {
        Matcher m = REQUEST.matcher(folded);
        return m.find() && m.end() < folded.length() ? folded.substring(m.end()) : folded;
    }

    static Intent intentOf(String folded) {
        return intentOf(folded, true);
    }

    /** @param lists whether the question may ask for a list of who wore something */
    private static Intent intentOf(String folded, boolean lists) {
        // "what did he say when asked about hosting / the theme": what was said, whatever it was about
        if (SAID.matcher(folded).find()) return Intent.QUOTE;
        if (THEME.matcher(folded).find()) return Intent.THEME;
        if (HOSTS.matcher(folded).find() && !LOOK.matcher(folded).find()) return Intent.HOSTS;
        if (COMPARE.matcher(folded).find()) return Intent.COMPARE;
        if (MEASURE.matcher(folded).find()) return Intent.FACT;
        if (YESNO.matcher(folded).find() && !QUOTE.matcher(folded).find()) return Intent.YESNO;
        // "what did the museum pay for the dress": a sum of money, whatever it was paid for
        if (Measure.asksMoney(folded)) return Intent.FACT;
        if (lists && WHO.matcher(folded).find() && LOOK.matcher(folded).find() && !STYLIST.matcher(folded).find()
                && (!DESIGNER.matcher(folded).find() || folded.matches("^(who|which)\\b.*\\b(wore|wearing|wear|dressed in)\\b.*"))) return Intent.WHO;
        if (STYLIST.matcher(folded).find()) return Intent.STYLIST;
        if (QUOTE.matcher(folded).find()) return Intent.QUOTE;
        if (BEAUTY.matcher(folded).find()) return Intent.BEAUTY;
        if (ACCESSORY.matcher(folded).find()) return Intent.ACCESSORY;
        if (DESIGNER.matcher(folded).find()) return Intent.DESIGNER;
        if (LOOK.matcher(folded).find()) return Intent.LOOK;
        return Intent.FACT;
    }
}
