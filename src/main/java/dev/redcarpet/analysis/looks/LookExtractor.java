package dev.redcarpet.analysis.looks;

import dev.redcarpet.analysis.AnyOf;
import dev.redcarpet.analysis.Ascii;
import dev.redcarpet.analysis.LexiconHit;
import dev.redcarpet.analysis.LexiconTokens;
import dev.redcarpet.analysis.Lexicons;
import dev.redcarpet.analysis.QuickFind;
import dev.redcarpet.analysis.events.Edition;
import dev.redcarpet.analysis.events.EventCatalogue;
import dev.redcarpet.analysis.events.EventEntry;
import dev.redcarpet.analysis.events.EventMention;
import dev.redcarpet.analysis.people.NameLexicon;
import dev.redcarpet.analysis.people.People;
import dev.redcarpet.analysis.people.Reading;
import dev.redcarpet.analysis.people.SubjectResolver;
import dev.redcarpet.analysis.structure.Layout;
import dev.redcarpet.analysis.structure.ParagraphBreaks;
import dev.redcarpet.analysis.structure.QuotedSpans;
import dev.redcarpet.analysis.structure.Sentence;
import dev.redcarpet.analysis.structure.SentenceSplitter;

import dev.redcarpet.corpus.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what people wore out of an article: for each sentence that names a person (or refers back to
 * the last one named with "she", "the star"…), talks about wearing something, and holds lexicon terms,
 * the terms become fields of that person's look, each with the sentence as evidence.
 *
 * <p>When a sentence names several people, a term belongs to the person named closest before it
 * ("Kim wore Balenciaga, while Kourtney chose Versace"). A designer named as the maker ("gown by
 * Vera Wang", "Valentino by Pierpaolo Piccioli") is a designer field, not a wearer. Words inside quotation
 * marks are speech and give no fields. A sentence about another year ("In 2023 she wore Fendi") gives
 * fields to that year's edition; one about another event without a year gives none.
 */
public final class LookExtractor {
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("(?s)^['’]s\\b.*");
    private static final Pattern FOR_A_NAME_AFTER = Pattern.compile("(?s)^\\s+for\\s+\\p{Lu}.*");
    private static final Pattern JOINER_ONLY = Pattern.compile("[\\s,-]*");
    private static final Pattern OBJECT_PRONOUN = Pattern.compile("her|his|their");
    /** Words that tell of wearing. */
    private static final String WEAR_WORDS = "wore|wear|wears|wearing|worn|dressed|donned|dons|donning|custom|stepped out|arrived|arriving|opted"
            + "|chose|chosen|choosing|picked|look|looks|looked|ensemble|outfit|attire|designed|designer|sported"
            + "|sporting|rocked|rocking|went for|went with|paired|pairing|accessori[sz]ed|accessori[sz]ing|topped"
            + "|finished|completed|styled|styling|hair|hairstyle|beauty|makeup|make-up|manicure|clad|draped"
            + "|featured|featuring|showed off|stunned|dazzled|turned heads|posed|walked|courtesy of|cinched"
            + "|slipped into|suited up|glammed|glowed|sparkled|shimmered|shone|channell?ed|embraced|covered in";
    private static final Pattern WEAR_CUE = Pattern.compile("\\b(" + WEAR_WORDS + ")\\b", Pattern.CASE_INSENSITIVE);
    /** {@link #WEAR_CUE}, tried only at word starts that begin one of its words. */
    private static final QuickFind WEAR_CUE_FIND = QuickFind.startingLike(WEAR_CUE, true, WEAR_WORDS.split("\\|"));
    /** Words just before a hit that make it a garment worn: "in a Gucci gown", "by Vera Wang", "— Dior". */
    private static final Set<String> NEAR_CUES = Set.of("in", "by", "from", "—", "–", ":");
    // the look-aheads on a first letter ahead of \b below change no match: they only fail most places on one character
    private static final Pattern PRONOUN = Pattern.compile("(?=[sht])\\b(she|he|they|her|his|their)\\b", Pattern.CASE_INSENSITIVE);
    private static final QuickFind PRONOUN_FIND = QuickFind.startingLike(PRONOUN, true, "she", "he", "they", "her", "his", "their");
    static final Pattern CLAUSE_START = Pattern.compile("(^|[,;:—–(]|\\b(and|but|while|as|when|after|before|then|where|so|though|although|because|yet))\\s*[“\"‘]?$",
            Pattern.CASE_INSENSITIVE);
    private static final String ROLE_NOUNS = "star|actress|actor|singer|rapper|model"
            + "|supermodel|musician|performer|comedian|host|nominee|winner|artist|icon|singer-songwriter|mogul|founder|alum"
            + "|presenter|entrepreneur|personality|influencer|athlete|socialite|legend|hitmaker|newcomer|guest|look|outfit"
            + "|ensemble|gown|dress|creation";
    private static final Pattern ROLE_NOUN = Pattern.compile("(?=[Tt])\\b[Tt]he (?:[\\w’'-]+ ){0,2}?(" + ROLE_NOUNS + ")\\b");
    /** {@link #ROLE_NOUN}, not tried at all in a sentence holding none of its nouns (most sentences of a report). */
    private static final QuickFind ROLE_NOUN_FIND = new QuickFind(ROLE_NOUN, "Tt", true, false).requiring(ROLE_NOUNS.split("\\|"));
    private static final Set<String> DESIGNER_CUES = Set.of("by", "in", "wore", "wearing", "wears", "worn", "custom", "from",
            "of", "designer", "designers", "director", "designed", "donned", "chose", "for", "courtesy", "tailored", "atelier", "x",
            "label", "house", "brand", "couturier");
    private static final Pattern KIN_AFTER = Pattern.compile("^['’]s\\s+(\\w+\\s+)?(granddaughter|grandson|daughter|son|wife|husband"
            + "|partner|sister|brother|mother|father|mom|mum|dad|niece|nephew|cousin|aunt|uncle|boyfriend|girlfriend|fianc[ée]e?"
            + "|spouse|stylist|co-star|costar|friend|bandmate|child|children|kids)\\b", Pattern.CASE_INSENSITIVE);
    /** Capitalised words that are not names. */
    private static final Set<String> COMMON_CAPITALS = Set.of("i", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "she", "he", "they", "her", "his", "their", "the", "a", "an", "in", "for",
            "and", "but", "with", "at", "on", "as", "while", "after", "before", "when", "it", "this", "that");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "her", "his", "their", "its", "vintage", "archival");
    private static final Pattern MAKER_AFTER = Pattern.compile("^\\s+(look|looks|ensemble|outfit|design|designs|creation|number"
            + "|couture|piece|pieces|collection|original|haute couture|custom)\\b", Pattern.CASE_INSENSITIVE);
    /** A year, unless it names a collection ("Spring 2023"). */
    // (?=[12]) first: the same matches, but most places fail on one character before the look-behind is tried
    public static final Pattern YEAR = Pattern.compile("(?=[12])(?<!(?i:spring|summer|fall|autumn|winter|resort|cruise|pre-fall|ss|aw) )\\b(19|20)\\d\\d\\b");
    /** Words saying an old piece is worn again now: the year they name is the piece's, not the look's. */
    private static final Pattern RECALL = Pattern.compile("\\b(vintage|archival|archive|very same|same (dress|gown|look)"
            + "|originally|first worn|once worn|recreat\\w*|homage|tribute|replica|re-?wore|re-?worn|re-?wear\\w*|revived?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** {@link #RECALL}, tried only at word starts that begin one of its words. */
    private static final QuickFind RECALL_FIND = QuickFind.startingLike(RECALL, true, "vintage", "archival", "archive", "very same",
            "same", "originally", "first worn", "once worn", "recreat", "homage", "tribute", "replica", "rewore", "re-wore", "reworn",
            "re-worn", "rewear", "re-wear", "revive");
    /** "a dress from 1991", "circa 1965": the year of a piece, not of the look. */
    private static final Pattern PIECE_YEAR = Pattern.compile("\\b(from|circa|c\\.|dating to|dated)\\s*(the\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** After a year, words that make it a collection's or a show's ("the house's 1992 and 1998 collections"), not the look's. */
    private static final Pattern COLLECTION_YEAR = Pattern.compile("(?:\\s*(?:and|&|,|to|-|–)\\s*(?:19|20)\\d\\d)*\\s+(?:[\\p{L}-]+\\s+)?"
            + "(?:collections?|couture|runways?|shows?|seasons?|archives?|lines?)\\b", Pattern.CASE_INSENSITIVE);
    /** Years told relative to another year: the look's year cannot be read. */
    private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(following|next|previous|prior) year\\b|\\byear (before|after)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Where a sentence splits into clauses that may be about different times. */
    private static final Pattern CLAUSE = Pattern.compile("[;—–]|,\\s+(?=(and|but|while|whereas|though|although)\\b)|\\s(?=while\\b)");
    /** {@link #CLAUSE}, tried only at the marks and spaces that can open it. */
    private static final QuickFind CLAUSE_FIND = new QuickFind(CLAUSE, ";—–, \t\n\u000B\f\r", false, false);
    private static final Pattern LAST_YEAR = Pattern.compile("\\blast year\\b", Pattern.CASE_INSENSITIVE);
    /** Every match of {@link #RELATIVE_YEAR} and {@link #LAST_YEAR} holds "year": most sentences are skipped at once. */
    private static final AnyOf YEAR_WORD = AnyOf.ignoringCase("year");
    /** Every match of {@link #YEAR} holds one of these. */
    private static final AnyOf CENTURY = AnyOf.of("19", "20");
    /** A label named as someone's company or role ("the Skims founder", "a Dior ambassador"), not as what they wear. */
    private static final Pattern ROLE_AFTER_LABEL = Pattern.compile("^(?:['’]s)?\\s+(?:[\\w-]+\\s+)?(founder|co-founder|cofounder"
            + "|ceo|owner|ambassador|muse|face|chairman|chairwoman|president|heir|heiress|boss|mogul|executive|spokesperson"
            + "|spokesmodel|collaborator|empire|creative director|artistic director)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE_BEFORE_LABEL = Pattern.compile("\\b(founder|co-founder|ceo|owner|ambassador|face|muse"
            + "|creative director|artistic director|head|boss|chairman|chairwoman|president)\\s+(?:of|for|at)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** Every match of {@link #ROLE_BEFORE_LABEL} holds one of these. */
    private static final AnyOf ROLE_BEFORE_WORDS = AnyOf.ignoringCase("founder", "ceo", "owner", "ambassador", "face", "muse",
            "director", "head", "boss", "chairman", "chairwoman", "president");
    /** Words right before a label that tie it to the look: "in Skims", "wore Skims", "by Skims". */
    private static final Set<String> WEAR_BEFORE_LABEL = Set.of("in", "wore", "wearing", "wears", "by", "custom", "from",
            "donned", "chose", "sported", "designed");
    private static final Pattern DESIGN_CUE = Pattern.compile("\\b(designed|made|created|custom|dressed)\\s+(by|in)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Two people at once: "the couple", "the pair", "Both", "they both", "the gala co-chairs both". */
    private static final Pattern PAIR = Pattern.compile("(?:(?=[Tt])|^)(?:\\b[Tt]he (?:pair|couple|duo|twosome)\\b|^\\s*[“\"‘]?Both\\b|\\b[Tt]hey both\\b"
            + "|\\b[Tt]he (?:[\\p{L}-]+ ){0,2}[\\p{L}-]+s both\\b)");
    private static final QuickFind PAIR_FIND = new QuickFind(PAIR, "Tt", true, true)
            .requiring("pair", "couple", "duo", "twosome", "Both", "hey both", "s both");

    private final Lexicons lexicons;
    private final EventCatalogue catalogue;

    public LookExtractor(Lexicons lexicons, EventCatalogue catalogue) {
        this.lexicons = lexicons;
        this.catalogue = catalogue;
    }

    /** A person (or a word referring back to one) at a place in a sentence. */
    private record Mention(String person, int start, int end, boolean designerRole) {
    }

    /** Looks in an article, reading whom its sentences are about first. */
    public List<Look> extract(Article a, People people, Edition edition) {
        return extract(a, people, edition, new SubjectResolver(people, lexicons::isDesigner).read(a.text(), Layout.of(a.title(), a.text())));
    }

    /**
     * Looks in an article whose sentences' subjects were read already: "she", "the star" and a sentence that
     * names nobody ("The gown was Dior") stand for the person the reading says.
     */
    public List<Look> extract(Article a, People people, Edition edition, Reading reading) {
        List<Sentence> sentences = new ArrayList<>();
        String[] paragraphs = paragraphs(a);
        for (int i = 0; i < paragraphs.length; i++) sentences.addAll(SentenceSplitter.split(i, paragraphs[i]));
        return extract(a, sentences, people, edition, reading);
    }

    /**
     * Looks in an article's sentences, one per person and edition, in the order people first appear.
     * Sentences' passage numbers are taken as paragraph numbers of the text (for quotation marks that
     * open in one sentence and close in another).
     */
    public List<Look> extract(Article a, List<Sentence> sentences, People people, Edition edition, Reading reading) {
        String[] paragraphs = paragraphs(a);
        List<Pattern> namePatterns = new ArrayList<>();
        for (String n : people.names()) namePatterns.add(wordPattern(n, 0));
        Map<String, Pattern> aliasPatterns = new LinkedHashMap<>();
        for (String alias : people.aliases().keySet()) aliasPatterns.put(alias, wordPattern(alias, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

        Map<String, Map<Edition, List<LookField>>> looks = new LinkedHashMap<>();
        Map<Integer, boolean[]> quotedByParagraph = new java.util.HashMap<>();
        // the house named last (the headline's first): what "the house's collection" refers to
        String lastHouse = null;
        if (a.title() != null) for (LexiconHit h : lexicons.find(a.title())) if (h.kind().equals("designer") && lastHouse == null) lastHouse = h.value();
        for (Sentence s : sentences) {
            SentenceWords words = new SentenceWords(s.text(), catalogue);
            List<LexiconHit> hits = lexicons.find(s.text(), words.tokens());
            // a sentence without terms gives nobody a field and names no house: whom it is about does not matter here
            if (hits.isEmpty()) continue;
            boolean[] quoted = quoted(s, paragraphs, quotedByParagraph);
            String houseBefore = lastHouse;
            for (LexiconHit h : hits) if (h.kind().equals("designer") && !quoted[h.start()]) lastHouse = h.value();
            List<Mention> named = named(s.text(), people, namePatterns, aliasPatterns, hits);
            List<Mention> subjects = subjects(s.text(), named, reading, quoted);
            if (!subjects.isEmpty()) {
                Found found = new Found(a.id(), edition, words, hits, named, subjects, quoted);
                readFields(found, houseBefore, looks);
            }
        }
        List<Look> out = new ArrayList<>();
        looks.forEach((person, byEdition) -> byEdition.forEach((ed, fields) -> out.add(new Look(person, ed, fields))));
        return out;
    }

    /** What one sentence with terms holds: the article's id and edition, its words, terms, names, subjects and quoted chars. */
    private record Found(String articleId, Edition edition, SentenceWords words, List<LexiconHit> hits, List<Mention> named,
                         List<Mention> subjects, boolean[] quoted) {
        String text() {
            return words.text();
        }
    }

    /**
     * Whom the sentence's terms may belong to, in text order: the people it names as wearers, the people its pronouns,
     * "the couple" and "the star" stand for, else the person the reading says it is about.
     */
    private static List<Mention> subjects(String text, List<Mention> named, Reading reading, boolean[] quoted) {
        List<Mention> subjects = new ArrayList<>(named.stream().filter(m -> !m.designerRole()).toList());
        List<String> namedHere = subjects.stream().map(Mention::person).distinct().toList();
        int index = reading.indexOf(text);
        String about = index < 0 ? null : reading.sentences().get(index).subject();
        boolean namesSomeone = !subjects.isEmpty();
        if (about != null && namesSomeone && !namedHere.contains(about) && !WHO_CLAUSE.matcher(text).find()) {
            // the sentence is about someone it does not name ("The star of the X biopic wore …"): the people it
            // names in passing wear nothing here
            subjects.clear();
            namesSomeone = false;
        }
        boolean someoneElse = addPronouns(text, subjects, reading, index, quoted, about);
        if (subjects.isEmpty() && about != null && !namesSomeone && !someoneElse) subjects.add(new Mention(about, 0, 0, false));
        // "The gown was designed by Aurora James": a sentence that opens on "the gown" with nobody else to wear it
        // goes on about the look of the sentence before
        if (subjects.isEmpty() && about == null && index > 0 && THE_LOOK.matcher(text).lookingAt()) {
            String before = reading.sentences().get(index - 1).subject();
            if (before != null) subjects.add(new Mention(before, 0, 0, false));
        }
        subjects.sort(Comparator.comparingInt(Mention::start));
        return subjects;
    }

    /** Gives the sentence's terms, as fields, to their owners' looks of the edition the sentence tells of. */
    private void readFields(Found f, String houseBefore, Map<String, Map<Edition, List<LookField>>> looks) {
        String text = f.text();
        Edition edition = f.edition();
        List<LexiconHit> kept = keep(f.words(), f.hits(), f.named(), f.quoted());
        // "a complete look from the house's cruise collection": the house named before made it
        if (houseBefore != null && kept.stream().noneMatch(h -> h.kind().equals("designer"))
                && kept.stream().anyMatch(h -> h.kind().equals("garment")) && namesHouseBefore(text)) {
            Edition target = targetEdition(text, edition, f.quoted(), 0, f.words());
            if (target != null || edition == null) add(looks, f.subjects().get(0).person(), target, new LookField("designer", houseBefore, text, f.articleId()));
        }
        if (kept.isEmpty() || !worn(f.words(), kept)) return;
        boolean recall = RECALL_FIND.in(text);
        for (int[] clause : clauses(text)) {
            String part = text.substring(clause[0], clause[1]);
            Edition target = recall ? edition : targetEdition(part, edition, f.quoted(), clause[0], part.length() == text.length() ? f.words() : null);
            if (target == null && (edition != null || namesOtherTime(part))) continue;
            for (LexiconHit h : kept) {
                if (h.start() < clause[0] || h.start() >= clause[1]) continue;
                for (String owner : owners(f, h)) {
                    add(looks, owner, target, new LookField(h.kind(), h.value(), text, f.articleId()));
                }
            }
        }
    }

    /** Every match of {@link #HOUSE_ANAPHOR} holds one of these: most sentences are skipped at once. */
    private static final AnyOf HOUSE_ANAPHOR_WORDS = AnyOf.ignoringCase("the house", "the label", "the brand", "the maison", "the fashion house");

    private static boolean namesHouseBefore(String text) {
        return HOUSE_ANAPHOR_WORDS.in(text) && HOUSE_ANAPHOR.matcher(text).find();
    }

    /** "the house's", "the label's": a house named before, standing in for its name. */
    private static final Pattern HOUSE_ANAPHOR = Pattern.compile("(?i)\\bthe (?:house|label|brand|maison|fashion house)['’]s\\b");

    private static String[] paragraphs(Article a) {
        return a.text() == null ? new String[0] : ParagraphBreaks.splitAtDoubleNewline(a.text());
    }

    /** Word patterns compiled so far: the same people recur from article to article (bounded: starts over when full). */
    private static final java.util.concurrent.ConcurrentHashMap<String, Pattern> WORD_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int WORD_PATTERNS_KEPT = 20_000;

    /**
     * Whether a short form at {@code start} ends a longer name written before it ("Jonathan Anderson", "JW
     * Anderson"): a capitalised word, not opening the sentence and no ordinary English word, right before it.
     * That is someone else than the article's Pamela Anderson.
     */
    static boolean endsALongerName(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') return false;
        int end = start - 1;
        int from = end;
        while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '-')) from--;
        if (from == end || !Character.isUpperCase(text.charAt(from))) return false;
        int before = from - 1;
        while (before >= 0 && text.charAt(before) == ' ') before--;
        boolean opensSentence = before < 0 || ".!?\n\"\u201C(".indexOf(text.charAt(before)) >= 0;
        return !opensSentence && !dev.redcarpet.analysis.people.EnglishWords.get().isOrdinary(text.substring(from, end));
    }

    private static Pattern wordPattern(String phrase, int flags) {
        String key = flags + ":" + phrase;
        Pattern known = WORD_PATTERNS.get(key);
        if (known != null) return known;
        Pattern compiled = compileWordPattern(phrase, flags);
        if (WORD_PATTERNS.size() >= WORD_PATTERNS_KEPT) WORD_PATTERNS.clear();
        WORD_PATTERNS.put(key, compiled);
        return compiled;
    }

    private static Pattern compileWordPattern(String phrase, int flags) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])", flags);
    }

    /** People named in the sentence, longest name first on overlaps, each marked when it names the maker. */
    private List<Mention> named(String text, People people, List<Pattern> names, Map<String, Pattern> aliases, List<LexiconHit> hits) {
        List<int[]> spans = new ArrayList<>();
        List<String> who = new ArrayList<>();
        String lower = null;
        for (int i = 0; i < names.size(); i++) {
            // the pattern is the literal name between word boundaries: no need to run it when the name is absent
            if (!text.contains(people.names().get(i))) continue;
            Matcher m = names.get(i).matcher(text);
            while (m.find()) {
                spans.add(new int[]{m.start(), m.end()});
                who.add(people.names().get(i));
            }
        }
        for (Map.Entry<String, Pattern> e : aliases.entrySet()) {
            if (lower == null) lower = text.toLowerCase(java.util.Locale.ROOT);
            if (!lower.contains(e.getKey())) continue;
            for (int[] at : wordsIgnoringCase(text, lower, e.getKey(), e.getValue())) {
                if (!Character.isUpperCase(text.charAt(at[0])) || endsALongerName(text, at[0])) continue;
                spans.add(at);
                who.add(people.aliases().get(e.getKey()));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) order.add(i);
        order.sort(Comparator.comparingInt((Integer i) -> -(spans.get(i)[1] - spans.get(i)[0])));
        List<Mention> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (int i : order) {
            int[] sp = spans.get(i);
            boolean overlaps = taken.stream().anyMatch(t -> t[0] < sp[1] && sp[0] < t[1]);
            if (overlaps) continue;
            taken.add(sp);
            if (KIN_AFTER.matcher(text.substring(sp[1])).lookingAt()) continue; // "the crooner’s granddaughter" names someone else
            out.add(new Mention(who.get(i), sp[0], sp[1], designerRole(text, who.get(i), sp[0], sp[1], hits)));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * Where the lower-case phrase stands as a word in the text, case ignored: what {@code pattern} (its
     * {@link #wordPattern}) finds, read off the lower-cased text when text and phrase are plain ASCII (their
     * positions then agree and no other character folds to theirs).
     */
    private static List<int[]> wordsIgnoringCase(String text, String lower, String phrase, Pattern pattern) {
        List<int[]> out = new ArrayList<>();
        if (phrase.isEmpty() || !isAscii(text) || !isAscii(phrase)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) out.add(new int[]{m.start(), m.end()});
            return out;
        }
        for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            if ((at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
                continue;
            }
            out.add(new int[]{at, end});
            at = end - 1; // matches do not overlap: the next starts after this one
        }
        return out;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) return false;
        return true;
    }

    /** A designer's name after "by", "in", "custom"… or before "'s" or "for" names the maker, not a wearer. */
    private boolean designerRole(String text, String person, int start, int end, List<LexiconHit> hits) {
        boolean designer = lexicons.isDesigner(person)
                || hits.stream().anyMatch(h -> h.kind().equals("designer") && h.start() <= start && end <= h.end());
        if (!designer) return false;
        List<LexiconTokens.Token> before = LexiconTokens.tokenize(text.substring(0, start));
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 3); k--) {
            if (DESIGNER_CUES.contains(before.get(k).norm())) return true;
        }
        if (!before.isEmpty() && DETERMINERS.contains(before.get(before.size() - 1).norm())) return true; // "the Halloran" (a piece by that maker)
        String after = text.substring(end);
        if (POSSESSIVE_AFTER.matcher(after).matches() || FOR_A_NAME_AFTER.matcher(after).matches() || MAKER_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        for (LexiconHit h : hits) {
            if (h.kind().equals("designer")) continue;
            String gapAfter = h.start() >= end ? text.substring(end, h.start()) : null;
            String gapBefore = h.end() <= start ? text.substring(h.end(), start) : null;
            if (gapAfter != null && gapAfter.isBlank()) return true;   // "Tom Ford suit"
            if (gapBefore != null && JOINER_ONLY.matcher(gapBefore).matches()) return true; // "green-and-gold Prada"
        }
        return false;
    }

    /**
     * "She", "he", "they", a "her"/"his"/"their" opening a clause, and "the star"-like words stand for the
     * person named last before them in the sentence, else for someone named in the sentences before; people
     * introduced by a crew role (stylist, designer) are skipped and a gendered pronoun skips people of the
     * other gender. "The couple", "the pair" and "both" stand for the two people named last. True when a
     * gendered pronoun stands for someone the article does not name (the sentence is then about nobody it knows).
     */
    private static boolean addPronouns(String text, List<Mention> subjects, Reading reading, int index, boolean[] quoted, String about) {
        List<Mention> named = List.copyOf(subjects);
        boolean someoneElse = false;
        QuickFind.Scan p = PRONOUN_FIND.scan(text);
        while (p.find()) {
            if (quoted[p.start()]) continue;
            String word = p.group(1).toLowerCase(Locale.ROOT);
            boolean nominative = !OBJECT_PRONOUN.matcher(word).matches();
            if (!nominative && !opensClause(text.substring(0, p.start()))) continue;
            NameLexicon.Gender gender = Reading.genderOf(word);
            List<String> before = new ArrayList<>();
            for (Mention m : named) if (m.end() <= p.start()) before.add(0, m.person());
            String who = reading.among(before, gender);
            if (who == null) who = before.isEmpty() && about != null && reading.mayBe(about, gender) ? about : reading.referent(index, before, gender);
            if (who != null) subjects.add(new Mention(who, p.start(), p.end(), false));
            else if (nominative && gender != NameLexicon.Gender.UNKNOWN) someoneElse = true;
        }
        QuickFind.Scan pair = PAIR_FIND.scan(text);
        while (pair.find()) {
            if (quoted[pair.start()]) continue;
            List<String> two = reading.pair(index, named.stream().filter(m -> m.end() <= pair.start()).map(Mention::person).toList());
            for (String who : two) subjects.add(new Mention(who, pair.start(), pair.end(), false));
        }
        QuickFind.Scan r = ROLE_NOUN_FIND.scan(text);
        // with people named, only a role noun opening the sentence counts: the one match that can start there
        boolean openingOnly = !named.isEmpty();
        int opening = 0;
        while (opening < text.length() && Character.isWhitespace(text.charAt(opening))) opening++;
        boolean tried = false;
        while (openingOnly ? !tried && r.findAt(opening) : r.find()) {
            tried = true;
            boolean opens = text.substring(0, r.start()).isBlank();
            if (quoted[r.start()] || !(named.isEmpty() || opens)) continue;
            String who = about;
            if (who != null) subjects.add(new Mention(who, r.start(), r.end(), false));
        }
        return someoneElse;
    }

    /**
     * {@code CLAUSE_START.matcher(before).find()}, tried over the end of the text only: a match is a mark or a word of at
     * most eight letters (or the very start) followed by nothing but spaces and an opening quote.
     */
    static boolean opensClause(String before) {
        int tail = before.length();
        if (tail > 0 && "“\"‘".indexOf(before.charAt(tail - 1)) >= 0) tail--;
        while (tail > 0 && Ascii.isRegexSpace(before.charAt(tail - 1))) tail--;
        // transparent bounds: \b sees the character before the region; no anchoring bounds: ^ holds only at the text's start
        return CLAUSE_START.matcher(before).region(Math.max(0, tail - 8), before.length())
                .useTransparentBounds(true).useAnchoringBounds(false).find();
    }

    /** Hits outside quotation marks that are not part of a wearer's name. */
    private static List<LexiconHit> keep(SentenceWords words, List<LexiconHit> hits, List<Mention> named, boolean[] quoted) {
        String text = words.text();
        List<LexiconHit> out = new ArrayList<>();
        for (LexiconHit h : hits) {
            if (quoted[h.start()]) continue;
            boolean inName = false;
            for (Mention m : named) {
                if (m.start() < h.end() && h.start() < m.end() && !(m.designerRole() && h.kind().equals("designer"))) inName = true;
            }
            if (!inName && !labelAsRole(words, h) && !accessoryMaker(text, h, hits) && !notWorn(text, h) && !inTitle(text, h)
                    && !partOfAWhole(text, h, hits) && !referredTo(text, h, hits)) out.add(h);
        }
        return out;
    }

    /** Words saying a garment was left out: "chose not to wear a shirt", "replacing the usual dress shirt", "without sleeves". */
    private static final Pattern NOT_WORN_BEFORE = Pattern.compile(
            "(?i)\\b(?:not|never|without|instead\\s+of|rather\\s+than|replac(?:ed|ing)|in\\s+place\\s+of|ditch(?:ed|ing)|skipp(?:ed|ing)|forgo(?:ing|ne)?)"
            + "(?:\\s+[\\p{L}-]+){0,3}\\s+$");
    /** Every match of {@link #NOT_WORN_BEFORE} holds one of these ("in place of" holds "place"). */
    private static final AnyOf NOT_WORN_WORDS = AnyOf.ignoringCase("not", "never", "without", "instead", "rather", "replac", "place",
            "ditch", "skipp", "forgo");
    /** A capital "The" inside a sentence, then only capitalised words: a title ("The Devil Wears Prada"). */
    private static final Pattern TITLE_BEFORE = Pattern.compile("\\S\\s+The(?:\\s+\\p{Lu}[\\p{L}'’]*)+\\s+$");

    /** Garment entries that are parts of a garment (a gown's train, a dress's sleeves), not a garment worn on its own. */
    private static final Set<String> GARMENT_PARTS = Set.of("train", "sleeves", "collar", "hood", "peplum", "bodice", "petticoat");
    private static final Pattern WHOLE_LOOK = Pattern.compile("(?i)\\b(?:look|outfit|ensemble|number|creation)\\b");

    /** A garment part told beside a whole garment or look ("a corset with a long train"): a detail of it, not a garment. */
    private static boolean partOfAWhole(String text, LexiconHit h, List<LexiconHit> hits) {
        if (!h.kind().equals("garment") || !GARMENT_PARTS.contains(h.value())) return false;
        for (LexiconHit o : hits) if (o.kind().equals("garment") && !GARMENT_PARTS.contains(o.value())) return true;
        return WHOLE_LOOK.matcher(text).find();
    }

    /** A garment or label the sentence says was not worn ("not to wear a shirt", "instead of a gown"). */
    private static boolean notWorn(String text, LexiconHit h) {
        if (!h.kind().equals("garment") && !h.kind().equals("designer")) return false;
        String before = text.substring(Math.max(0, h.start() - 60), h.start());
        return NOT_WORN_WORDS.in(before) && NOT_WORN_BEFORE.matcher(before).find();
    }

    /** A label ending a title written in capitals ("her role in The Devil Wears Prada") is part of the title. */
    private static boolean inTitle(String text, LexiconHit h) {
        if (!h.kind().equals("designer")) return false;
        int the = text.indexOf("The");
        // every match holds a "The" before the label
        return the >= 0 && the + 3 <= h.start() && TITLE_BEFORE.matcher(text.substring(0, h.start())).find();
    }

    private static final Pattern MAKER_CUE_BEFORE = Pattern.compile("(?i)\\b(?:by|from|of)\\s+$");
    private static final Pattern AND = Pattern.compile("(?i)\\b(?:and|with|plus)\\b|&|,");
    /** "… her partner Ana Lind, who chose a black dress": the clause tells of the one named. */
    private static final Pattern WHO_CLAUSE = Pattern.compile("\\p{Lu}[\\p{L}'’-]*,\\s+who\\b");
    private static final Pattern SHORT_GAP = Pattern.compile("[\\s\\p{L}-]{0,30}");
    /** Jewels right after a house: the house is the jeweller here ("Vesna Kort Jewelry", "Cartier diamond studs"). */
    private static final Pattern JEWELS_AFTER = Pattern.compile(
            "\\.?\\s+(?:fine\\s+|high\\s+)?(?i:jewel(?:le)?ry|jewels|diamonds?)(?![\\p{L}-])");
    /** A house name ending in an abbreviation, whose period ends no sentence ("Tiffany & Co", "Acme Inc"). */
    private static final Pattern ABBREVIATION_END = Pattern.compile("\\b(?:Co|Inc|Ltd|Bros)$");

    /**
     * A house named as the maker of an accessory ("a Tiffany lily brooch", "studs from Cartier", "boots,
     * both by Stuart Weitzman") made the jewels or the shoes, not the look: it is no designer of the look.
     */
    private static boolean accessoryMaker(String text, LexiconHit h, List<LexiconHit> hits) {
        if (!h.kind().equals("designer")) return false;
        if (JEWELS_AFTER.matcher(text).region(h.end(), text.length()).lookingAt()) return true; // "Vesna Kort Jewelry"
        LexiconHit after = null;
        LexiconHit before = null;
        for (LexiconHit o : hits) {
            if (o == h || !(o.kind().equals("accessory") || o.kind().equals("garment"))) continue;
            if (o.start() >= h.end() && (after == null || o.start() < after.start())) after = o;
            if (o.end() <= h.start() && (before == null || o.end() > before.end())) before = o;
        }
        if (after != null && after.kind().equals("accessory")) {
            String gap = text.substring(h.end(), after.start());
            if (gap.startsWith(".") && ABBREVIATION_END.matcher(text.substring(h.start(), h.end())).find()) {
                gap = gap.substring(1); // "a Tiffany & Co. brooch": the period ends the name, not a sentence
            }
            int to = after.start();
            boolean between = hits.stream().anyMatch(o -> o != h && o.start() >= h.end() && o.end() <= to && o.kind().equals("designer"));
            if (!between && SHORT_GAP.matcher(gap).matches() && !AND.matcher(gap).find() && gap.strip().split("\\s+").length <= 3) return true;
        }
        if (before == null || !before.kind().equals("accessory")) return false;
        String lead = text.substring(0, h.start()).replaceAll("(?i)\\b(?:both|all|each|signed|designed|made|crafted)\\s+(?=by\\s+$)", "");
        String gap = text.substring(before.end(), h.start());
        return MAKER_CUE_BEFORE.matcher(lead).find() && !gap.contains(".") && !gap.contains(")");
    }

    /** Words that make the house after them a reference, not the maker: "a tribute to", "a nod to", "inspired by". */
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "(?i)\\b(?:tribute|nod|homage|wink|reference|ode|love letter)\\s+to\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}'’]+\\s+){0,2}$"
                    + "|\\b(?:inspired by|referencing|evoking|recalling|reminiscent of|in the style of|channell?ing)\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}'’]+\\s+){0,2}$");

    /**
     * "paid tribute to Lagerfeld's Chanel years in a look by Prabal Gurung", "a nod to Chanel's camellia": a house
     * the look refers to is not its maker when the sentence names another house as well.
     */
    private static boolean referredTo(String text, LexiconHit h, List<LexiconHit> hits) {
        if (!h.kind().equals("designer")) return false;
        String house = h.value();
        // another house first: a cheap test that most sentences fail
        if (hits.stream().noneMatch(o -> o != h && o.kind().equals("designer") && !o.value().equals(house))) return false;
        return REFERENCE_BEFORE.matcher(text.substring(Math.max(0, h.start() - 60), h.start())).find();
    }

    /** "the Skims founder", "a Dior ambassador", "face of Lancôme": a label someone works for, unless worn ("in Skims"). */
    private static boolean labelAsRole(SentenceWords sentence, LexiconHit h) {
        if (!h.kind().equals("designer")) return false;
        String text = sentence.text();
        String before = text.substring(0, h.start());
        // ROLE_AFTER_LABEL opens with ^: find() can only match where lookingAt() does
        if (!ROLE_AFTER_LABEL.matcher(text.substring(h.end())).lookingAt()
                && !(ROLE_BEFORE_WORDS.in(before) && ROLE_BEFORE_LABEL.matcher(before).find())) return false;
        if (DESIGN_CUE.matcher(before.substring(Math.max(0, before.length() - 80))).find()) return false; // "designed by X, founder of Y"
        List<LexiconTokens.Token> words = sentence.before(h.start());
        for (int k = words.size() - 1; k >= Math.max(0, words.size() - 2); k--) {
            if (WEAR_BEFORE_LABEL.contains(words.get(k).norm())) return false;
        }
        return true;
    }

    /** Verbs whose doer wears or shows off a look ("wore", "dazzled", "embraced"), not nouns such as "look" or "designer". */
    private static final String WEARING_VERBS = "wore|wears|wearing|donned|dons|donning|dressed|opted|chose"
            + "|sported|sporting|rocked|rocking|stepped out|arrived|arriving|stunned|dazzled|turned heads|posed|walked|glowed"
            + "|sparkled|shimmered|shone|channell?ed|embraced|slipped into|suited up|glammed|went for|went with";
    private static final Pattern WEARING_VERB = Pattern.compile("\\b(" + WEARING_VERBS + ")\\b", Pattern.CASE_INSENSITIVE);
    /** {@link #WEARING_VERB}, tried only at word starts that begin one of its words. */
    private static final QuickFind WEARING_VERB_FIND = QuickFind.startingLike(WEARING_VERB, true, WEARING_VERBS.split("\\|"));

    /** True when the sentence has a verb telling of wearing or appearing ("wore", "dazzled", "embraced", "posed"). */
    public static boolean tellsOfWearing(String sentence) {
        return WEARING_VERB_FIND.in(sentence);
    }

    /** A sentence opening on the look itself: "The gown…", "Her dress…", "The custom look…". */
    private static final Pattern THE_LOOK = Pattern.compile("\\s*(?:The|This|That|Her|His|Their|Its)\\s+(?:[\\p{L}-]+\\s+){0,3}?"
            + "(?:gown|dress|look|outfit|ensemble|suit|creation|design)\\b");
    /** Words that make what follows someone's: "her long white dress". */
    private static final Set<String> OWNER_WORDS = Set.of("her", "his", "their");

    /** "her long white dress", "Zendaya's gown": one of the four words before the garment is its owner. */
    private static boolean owned(String text, int garmentStart) {
        int end = garmentStart;
        for (int k = 0; k < 4; k++) {
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
            int start = end;
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
            if (start == end) return false;
            String word = text.substring(start, end);
            if (OWNER_WORDS.contains(word.toLowerCase(Locale.ROOT)) || word.endsWith("'s") || word.endsWith("’s")) return true;
            if (!word.chars().allMatch(c -> Character.isLetter(c) || c == '-')) return false;
            end = start;
        }
        return false;
    }

    /** The sentence talks about wearing: a wear word, a term right after "in", "by" or a dash, or a garment someone owns. */
    private static boolean worn(SentenceWords sentence, List<LexiconHit> hits) {
        String text = sentence.text();
        if (WEAR_CUE_FIND.in(text)) return true;
        for (LexiconHit h : hits) if (h.kind().equals("garment") && owned(text, h.start())) return true;
        for (LexiconHit h : hits) {
            List<LexiconTokens.Token> words = sentence.before(h.start());
            for (int k = words.size() - 1; k >= Math.max(0, words.size() - 4); k--) {
                if (NEAR_CUES.contains(words.get(k).norm())) return true;
            }
            int mark = lastNonSpace(text, h.start());
            if (mark >= 0 && NEAR_CUES.contains(String.valueOf(text.charAt(mark)))) return true;
        }
        return false;
    }

    /** Where the last character before {@code end} that is not white space stands (what strip() keeps last), or -1. */
    private static int lastNonSpace(String text, int end) {
        int i = end - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i;
    }

    /**
     * The people a term belongs to: the one named closest before it (two for "the couple"); for a term before every name ("In a
     * silver gown, Kim…"), the first named after it, unless an unknown capitalised name (a person this
     * article's people do not include) stands before the term: then nobody.
     */
    private List<String> owners(Found f, LexiconHit h) {
        List<Mention> subjects = f.subjects();
        List<LexiconHit> hits = f.hits();
        boolean[] quoted = f.quoted();
        Mention owner = null;
        for (Mention m : subjects) {
            if (m.start() < h.start()) owner = m;
        }
        if (owner != null && !(owner.start() == 0 && owner.end() == 0 && namesSomeoneUnknown(f.words(), h, hits, quoted))) {
            return sameSpot(subjects, owner);
        }
        if (owner != null) return List.of(); // "Ana Lind in Dior" under another guest's heading: Ana Lind's look, not theirs
        List<EventMention> events = f.words().events();
        for (LexiconTokens.Token t : f.words().before(h.start())) {
            if (!t.capitalised() || t.start() == 0 || quoted[t.start()] || COMMON_CAPITALS.contains(t.norm())) continue;
            int ts = t.start();
            boolean known = hits.stream().anyMatch(x -> x.start() <= ts && ts < x.end())
                    || events.stream().anyMatch(x -> x.start() <= ts && ts < x.end());
            if (!known) return List.of();
        }
        return sameSpot(subjects, subjects.get(0));
    }

    /**
     * True when the sentence opens on a name the article's people do not include, before the term: two or more
     * capitalised words, one of them a given name ("Princess Ana of Lund in Dior"), none a lexicon term or event.
     */
    private static boolean namesSomeoneUnknown(SentenceWords sentence, LexiconHit h, List<LexiconHit> hits, boolean[] quoted) {
        List<EventMention> events = sentence.events();
        NameLexicon lex = NameLexicon.get();
        int run = 0;
        boolean given = false;
        for (LexiconTokens.Token t : sentence.before(h.start())) {
            int ts = t.start();
            boolean known = hits.stream().anyMatch(x -> x.start() <= ts && ts < x.end())
                    || events.stream().anyMatch(x -> x.start() <= ts && ts < x.end());
            if (t.capitalised() && !quoted[ts] && !known && !COMMON_CAPITALS.contains(t.norm())) {
                run++;
                if (lex.isGivenName(t.raw())) given = true;
            } else if (!(run > 0 && t.norm().equals("of"))) {
                break;
            }
        }
        return run >= 2 && given;
    }

    /** Everyone a word at the owner's place stands for: one person, or both of "the couple". */
    private static List<String> sameSpot(List<Mention> subjects, Mention owner) {
        return subjects.stream().filter(m -> m.start() == owner.start()).map(Mention::person).distinct().toList();
    }

    /**
     * The edition a sentence's fields go to: the article's, unless the sentence names another year
     * ("her 2021 Met Gala look", "at the gala in 2019", "last year's Met"): then that year's, when the event is
     * named beside it; null when it cannot tell.
     */
    private Edition targetEdition(String text, Edition edition, boolean[] sentenceQuoted, int offset, SentenceWords whole) {
        boolean[] quoted = new boolean[text.length() + 1];
        System.arraycopy(sentenceQuoted, offset, quoted, 0, text.length());
        boolean yearWord = YEAR_WORD.in(text);
        if (yearWord && RELATIVE_YEAR.matcher(text).find()) return null;
        // the whole sentence's events when the text is the whole sentence
        List<EventMention> events = whole != null ? whole.events() : catalogue.mentions(text);
        for (EventMention m : events) {
            if (m.year() != null && !quoted[m.start()] && (edition == null || !m.event().edition(m.year()).equals(edition))) {
                return m.event().edition(m.year());
            }
        }
        if (edition == null) return null;
        EventEntry own = catalogue.event(edition.eventId()).orElse(null);
        boolean namesOwn = false;
        for (EventMention m : events) {
            if (quoted[m.start()]) continue;
            if (!m.event().id().equals(edition.eventId())) return null; // another event, no year
            namesOwn = true;
        }
        Integer other = null;
        Matcher y = YEAR.matcher(text);
        boolean century = CENTURY.in(text);
        while (century && y.find()) {
            if (quoted[y.start()] || PIECE_YEAR.matcher(text.substring(0, y.start())).find()
                    || COLLECTION_YEAR.matcher(text).region(y.end(), text.length()).lookingAt()) continue;
            int year = Integer.parseInt(y.group());
            if (year == edition.year()) return edition;
            if (other != null && other != year) return null;
            other = year;
        }
        if (other == null && yearWord && LAST_YEAR.matcher(text).find()) other = edition.year() - 1;
        if (other == null) return edition;
        String before = text.substring(0, Math.max(0, text.indexOf(String.valueOf(other)))).toLowerCase(Locale.ROOT);
        boolean inYear = before.endsWith("in ") || (yearWord && LAST_YEAR.matcher(text).find());
        // "in 2011" alone may date anything (a job, a film, another event): it dates a look of this event when the
        // event is named beside it or the clause tells of wearing ("in 2019 she wore …", "her debut came in 2021, in a gold dress")
        if (!inYear || !(namesOwn || WEAR_CUE_FIND.in(text) || namesAGarment(text, whole))) return null;
        return own != null ? own.edition(other) : new Edition(edition.eventId(), edition.eventName(), other);
    }

    private boolean namesAGarment(String text, SentenceWords whole) {
        for (LexiconHit h : whole != null ? lexicons.find(text, whole.tokens()) : lexicons.find(text)) if (h.kind().equals("garment")) return true;
        return false;
    }

    /** The sentence's clauses as [start, end) offsets. */
    private static List<int[]> clauses(String text) {
        List<int[]> out = new ArrayList<>();
        QuickFind.Scan m = CLAUSE_FIND.scan(text);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) out.add(new int[]{from, m.start()});
            from = m.end();
        }
        out.add(new int[]{from, text.length()});
        return out;
    }

    private static boolean namesOtherTime(String text) {
        return (CENTURY.in(text) && YEAR.matcher(text).find()) || (YEAR_WORD.in(text) && LAST_YEAR.matcher(text).find());
    }

    private static void add(Map<String, Map<Edition, List<LookField>>> looks, String person, Edition edition, LookField f) {
        List<LookField> fields = looks.computeIfAbsent(person, k -> new LinkedHashMap<>())
                .computeIfAbsent(edition, k -> new ArrayList<>());
        for (LookField known : fields) {
            if (known.kind().equals(f.kind()) && known.value().equals(f.value())) return;
        }
        fields.add(f);
    }

    /**
     * Marks which chars of the sentence are inside quotation marks, reading its whole paragraph so a quote
     * opened in an earlier sentence counts; an unclosed quote runs to the paragraph's end.
     */
    /**
     * Which characters of the sentence are inside quotation marks, read over its whole paragraph. Each
     * paragraph is scanned once per article (kept in {@code byParagraph}), so the work is linear in the text.
     */
    static boolean[] quoted(Sentence s, String[] paragraphs, Map<Integer, boolean[]> byParagraph) {
        String text = s.text();
        boolean[] inPara = null;
        int offset = 0;
        if (s.passage() >= 0 && s.passage() < paragraphs.length) {
            String p = paragraphs[s.passage()];
            if (s.start() >= 0 && s.end() <= p.length() && p.regionMatches(s.start(), text, 0, text.length())) {
                inPara = byParagraph.computeIfAbsent(s.passage(), k -> quotedSpans(p));
                offset = s.start();
            }
        }
        if (inPara == null) inPara = quotedSpans(text);
        boolean[] out = new boolean[text.length() + 1];
        for (int i = 0; i < text.length(); i++) out[i] = inPara[offset + i];
        return out;
    }

    /** Characters scanned for quotation marks so far, in this process: a measure of work, for tests. */
    static final java.util.concurrent.atomic.LongAdder QUOTE_SCAN_CHARS = new java.util.concurrent.atomic.LongAdder();

    private static boolean[] quotedSpans(String p) {
        QUOTE_SCAN_CHARS.add(p.length());
        return QuotedSpans.of(p);
    }

}
