package dev.redcarpet.analysis.people;

import dev.redcarpet.analysis.Ascii;
import dev.redcarpet.analysis.QuickFind;
import dev.redcarpet.analysis.structure.QuotedSpans;

import dev.redcarpet.analysis.structure.Block;
import dev.redcarpet.analysis.structure.Layout;
import dev.redcarpet.analysis.structure.Part;
import dev.redcarpet.analysis.structure.ReadSentence;
import dev.redcarpet.analysis.structure.Sentence;
import dev.redcarpet.analysis.structure.SentenceSplitter;

import dev.redcarpet.analysis.quotes.QuoteMarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one resolver of names, pronouns and descriptions: decides whom each sentence of an article is about,
 * reading in order as a fan does. A sentence that names someone (not as the maker of a look, not inside a
 * quotation, not after a preposition) is about the first person it names; one that opens with a pronoun
 * ("She", "His") or a description ("The singer", "The Euphoria star") is about the person the reader has in
 * mind, of the pronoun's gender where it is known; any other prose sentence goes on about that person. A
 * heading or list item that names someone, or a paragraph that opens on a new person's name, starts a new
 * segment about them, and a heading naming nobody starts a segment about nobody: a roundup becomes one
 * segment per person. The {@link Reading} it returns answers "who is she?" for quote attribution and looks.
 */
public final class SubjectResolver {
    private static final Pattern PRONOUN = Pattern.compile("^[“\"‘']?(she|he|they|her|his|their|hers|him)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESCRIPTION = Pattern.compile("^[“\"‘']?(?:the|this|our)\\s+((?:[\\p{L}'’&-]+\\s*){1,4})",
            Pattern.CASE_INSENSITIVE);
    /**
     * What may come before a name that opens a sentence: a quote mark, a short phrase and a comma ("On Monday,
     * Zendaya"), a conjunction or a work's possessive ("As the Show's Ana Lind said").
     */
    private static final Pattern OPENING = Pattern.compile("[“\"‘'(]?|[^,]{0,30},\\s*[“\"‘']?"
            + "|(?:(?i:as|when|while|after|before|although|though|since|once|and|but|then)\\s+)?"
            + "(?:(?:The\\s+)?\\p{Lu}[\\p{L}’'&-]*(?:\\s+\\p{Lu}[\\p{L}’'&-]*){0,3}['’]s\\s+)?");

    private final People people;
    private final Predicate<String> isMaker;
    private final NameLexicon lex = NameLexicon.get();

    /** @param isMaker true for a name that is a designer or house (never the person a sentence is about) */
    public SubjectResolver(People people, Predicate<String> isMaker) {
        this.people = people;
        this.isMaker = isMaker;
    }

    /** Reads an article's blocks in order; {@code text} is the article text the blocks come from (may be null). */
    public Reading read(String text, List<Block> blocks) {
        String article = text == null ? "" : text;
        List<QuoteMarks.Span> spans = new ArrayList<>();
        for (QuoteMarks.Paragraph p : QuoteMarks.paragraphs(article)) spans.addAll(QuoteMarks.spans(article, p));
        PersonRoles roles = new PersonRoles(new QuoteText(article, people, spans));
        Set<String> crew = new HashSet<>();
        roles.roles().forEach((name, words) -> {
            if (words.stream().anyMatch(lex::isCrewRole)) crew.add(name);
        });
        for (String name : people.names()) if (isMaker.test(name)) crew.add(name); // a designer speaks, but wears no look here
        InMind st = new InMind(crew, roles.genders());
        List<ReadSentence> out = new ArrayList<>();
        List<List<String>> inMind = new ArrayList<>();
        List<List<List<String>>> recent = new ArrayList<>();
        Map<Integer, List<String>> agents = new java.util.HashMap<>();
        int segment = 0;
        boolean segmentUsed = false;
        int lastParagraph = Integer.MIN_VALUE;
        boolean roundup = headedPeople(blocks) >= 2;
        for (Block b : blocks) {
            List<Sentence> sentences = SentenceSplitter.split(b.paragraph(), b.text());
            boolean[] quoted = QuotedSpans.of(b.text());
            if (b.part() == Part.BYLINE || b.part() == Part.CAPTION || b.part() == Part.HEADLINE) {
                for (Sentence s : sentences) {
                    String named = b.part() == Part.HEADLINE ? firstNamed(s.text(), false, slice(quoted, s)) : null;
                    st.remember(inMind, recent);
                    out.add(new ReadSentence(s.text(), b.part(), b.paragraph(), named, segment));
                }
                continue;
            }
            boolean newParagraph = b.paragraph() != lastParagraph;
            lastParagraph = b.paragraph();
            for (int i = 0; i < sentences.size(); i++) {
                String sentence = sentences.get(i).text();
                boolean[] q = slice(quoted, sentences.get(i));
                String named = firstNamed(sentence, false, q);
                boolean opensWithName = firstNamed(sentence, true, q) != null;
                boolean opensSection = i == 0 && (b.part() == Part.HEADING || b.part() == Part.LIST_ITEM
                        || (newParagraph && opensWithName && named != null && st.segmentPerson != null && !named.equals(st.segmentPerson)));
                if (b.part() == Part.HEADING && named == null) {
                    if (roundup) {
                        // in a roundup a heading naming nobody ("The men") ends the last person's section
                        if (segmentUsed) segment++;
                        segmentUsed = false;
                        st.newSegment(null);
                    }
                    st.remember(inMind, recent);
                    out.add(new ReadSentence(sentence, b.part(), b.paragraph(), null, segment));
                    continue;
                }
                if (opensSection && named != null && !named.equals(st.segmentPerson)) {
                    if (segmentUsed) segment++;
                    st.newSegment(named);
                }
                st.remember(inMind, recent);
                String subject;
                if (named != null && !opensWithName && opensOnSomeoneElse(sentence) && st.hasSomeoneInMind()) {
                    // "She wore jewels by X, including …", "The star of the X biopic arrived …": a sentence opening on a
                    // pronoun or a description is about whom it stands for, not the person it names in passing
                    subject = st.referent(openingGender(sentence));
                } else if (named != null) {
                    subject = named;
                } else if (refersBack(sentence)) {
                    subject = st.referent(openingGender(sentence));
                } else {
                    // a sentence naming nobody goes on about the person the text is on: the one its
                    // section is about, or one named at the opening of the sentence before
                    subject = b.part() == Part.HEADING ? null : st.current;
                }
                if (st.segmentPerson == null && subject != null && opensWithName) st.segmentPerson = subject;
                if (named != null && !opensWithName && !named.equals(st.segmentPerson)) {
                    st.current = st.segmentPerson; // named in passing: the next sentence is not about them
                } else if (subject != null) {
                    st.current = subject;
                }
                if (!allQuoted(sentence, q)) st.endSentence(subject, allNamed(sentence, q)); // speech goes on about the speaker
                agents.put(out.size(), agents(sentence, q));
                segmentUsed = true;
                out.add(new ReadSentence(sentence, b.part(), b.paragraph(), subject, segment));
            }
        }
        int cut = dropCutOffEnd(out);
        if (cut >= 0) {
            inMind.remove(cut);
            recent.remove(cut);
            agents.remove(cut);
        }
        List<List<String>> agentsBySentence = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) agentsBySentence.add(agents.getOrDefault(i, List.of()));
        return new Reading(out, starts(article, out), inMind, recent, agentsBySentence, crew, roles);
    }

    /** The gender the pronoun or description opening a sentence implies ("She …", "The actress …"). */
    private NameLexicon.Gender openingGender(String text) {
        String rest = text;
        Matcher lead = LEADING_CLAUSE.matcher(text);
        if (lead.find()) rest = text.substring(lead.end());
        Matcher p = PRONOUN.matcher(rest);
        if (p.find()) return Reading.genderOf(p.group(1));
        Matcher d = DESCRIPTION.matcher(rest);
        if (!d.find()) return NameLexicon.Gender.UNKNOWN;
        for (String w : SPACES.split(d.group(1).strip())) {
            NameLexicon.Gender g = lex.genderOfRole(w.toLowerCase(Locale.ROOT));
            if (g != NameLexicon.Gender.UNKNOWN) return g;
        }
        return NameLexicon.Gender.UNKNOWN;
    }

    /** Where each sentence starts in the article text (-1 for one outside it, such as a separate headline). */
    private static int[] starts(String text, List<ReadSentence> sentences) {
        int[] out = new int[sentences.size()];
        int cursor = 0;
        for (int i = 0; i < out.length; i++) {
            ReadSentence s = sentences.get(i);
            int at = s.paragraph() < 0 ? -1 : text.indexOf(s.text(), cursor);
            out[i] = at;
            if (at >= 0) cursor = at + s.text().length();
        }
        return out;
    }

    private static boolean[] slice(boolean[] quoted, Sentence s) {
        boolean[] out = new boolean[s.text().length() + 1];
        int from = Math.max(0, Math.min(s.start(), quoted.length - 1));
        System.arraycopy(quoted, from, out, 0, Math.min(out.length, quoted.length - from));
        return out;
    }

    /** How many different people the headings and list items open on. */
    private int headedPeople(List<Block> blocks) {
        java.util.Set<String> who = new java.util.HashSet<>();
        for (Block b : blocks) {
            if (b.part() != Part.HEADING && b.part() != Part.LIST_ITEM) continue;
            String named = firstNamed(b.text(), true);
            if (named != null) who.add(named);
        }
        return who.size();
    }

    /** The last sentence of an excerpt cut off mid-sentence is not a sentence. */
    private static int dropCutOffEnd(List<ReadSentence> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            ReadSentence s = out.get(i);
            if (s.part() == Part.CAPTION || s.part() == Part.BYLINE) continue;
            if (s.part().prose() && !Layout.complete(s.text())) {
                out.remove(i);
                return i;
            }
            return -1;
        }
        return -1;
    }

    /** A possessive and up to three words before a name: "Her co-star ", "His long-time partner ". */
    private static final Pattern OWNER_THEN_NAME = Pattern.compile("^[“\"‘']?(?i:her|his|their)\\s+(?:[\\p{Ll}-]+\\s+){1,3}");

    /** A participle clause before the subject: "Having honoured X over the weekend, the model …". */
    private static final Pattern LEADING_CLAUSE = Pattern.compile("^[“\"‘']?\\p{Lu}\\p{Ll}+(?:ing|ed)\\b[^,]{0,120},\\s+");

    /**
     * True when the sentence's subject is a pronoun or a description standing for someone named before, not the
     * person it names: "She …", "The star of the X biopic …", "Having honoured X, the model …". A name right after
     * the description ("The Euphoria star Zendaya …") is the subject itself.
     */
    private boolean opensOnSomeoneElse(String text) {
        Matcher owner = OWNER_THEN_NAME.matcher(text);
        String named = owner.find() ? firstNamed(text, false) : null;
        if (named != null && text.indexOf(named.split(" ")[0]) == owner.end()
                && java.util.Arrays.stream(SPACES.split(owner.group().strip())).noneMatch(lex::isCrewRole)) {
            return false; // "Her co-star Ana Lind wore …": the one named is the subject ("her stylist X" works on her look)
        }
        if (PRONOUN.matcher(text).find()) return true;
        String rest = text;
        Matcher lead = LEADING_CLAUSE.matcher(text);
        if (lead.find()) rest = text.substring(lead.end());
        if (rest != text && PRONOUN.matcher(rest).find()) return true; // "Having thanked X, she …"
        if (!refersBack(rest)) return false;
        Matcher d = DESCRIPTION.matcher(rest);
        if (!d.find()) return false;
        String firstName = firstNamed(rest.substring(d.start(1)), false);
        if (firstName == null) return true;
        int at = rest.indexOf(firstName.split(" ")[0], d.start(1));
        if (at < 0) return true;
        String[] before = SPACES.split(rest.substring(d.start(1), at).strip());
        String last = before.length == 0 ? "" : before[before.length - 1].toLowerCase(Locale.ROOT);
        return !(lex.isRole(last) || lex.genderOfRole(last) != NameLexicon.Gender.UNKNOWN);
    }

    /** "She", "His", "The singer", "The Euphoria star": words standing for a person named before. */
    boolean refersBack(String text) {
        if (!opensWithOneOf(text, "sShHtToO")) return false; // neither a pronoun nor "the", "this" or "our" opens it
        if (PRONOUN.matcher(text).find()) return true;
        Matcher d = DESCRIPTION.matcher(text);
        if (!d.find()) return false;
        // the description's words, split at the spaces between them (its words hold none)
        String words = d.group(1);
        int i = 0;
        while (i < words.length()) {
            int end = i;
            while (end < words.length() && !Ascii.isRegexSpace(words.charAt(end))) end++;
            if (end > i) {
                String r = words.substring(i, end).toLowerCase(Locale.ROOT);
                if (lex.isStarRole(r) || lex.genderOfRole(r) != NameLexicon.Gender.UNKNOWN) return true;
            }
            i = end + 1;
        }
        return false;
    }

    /**
     * True when the text's first letter, after one opening quote mark ({@code [“"‘']?} of {@link #PRONOUN} and
     * {@link #DESCRIPTION}), is one of {@code firsts}: no other text can match those patterns.
     */
    private static boolean opensWithOneOf(String text, String firsts) {
        int i = !text.isEmpty() && "“\"‘'".indexOf(text.charAt(0)) >= 0 ? 1 : 0;
        return i < text.length() && firsts.indexOf(text.charAt(i)) >= 0;
    }

    /** The first person the sentence names who is not a maker; with {@code opening}, only a name near its start. */
    String firstNamed(String text, boolean opening) {
        return firstNamed(text, opening, null);
    }

    /** The same, passing over names inside quotation marks ({@code quoted}: per character of the text, may be null). */
    private String firstNamed(String text, boolean opening, boolean[] quoted) {
        for (PeopleMentions.Mention m : PeopleMentions.find(text, people)) {
            if (m.ambiguous()) continue;
            if (quoted != null && quoted[m.start()]) continue;
            if (objectBefore(text, m.start())) continue; // "posed with Ana Lind": not whom the sentence is about
            if (m.start() > 0 && "\"“‘'".indexOf(text.charAt(m.start() - 1)) >= 0) continue; // a title: "Jimmy Kimmel Live!"
            if (opening && !OPENING.matcher(text.substring(0, m.start())).matches()) return null;
            String name = m.candidates().get(0);
            if (isMaker.test(name)) continue;
            if (m.possessive() && followedByKin(text, m.end())) continue;
            return name;
        }
        return null;
    }

    /**
     * A preposition, then only a list of names, right before a name: the name is an object ("with Ana and Bo Lind");
     * a comma after the list's "and" ends it ("with Ana and Bo, Cleo Marsh walked …").
     */
    private static final Pattern OBJECT_BEFORE = Pattern.compile(
            "(?i:\\b(?:with|by|from|alongside|beside|including|featuring|of|for|to|than|like))\\s+"
            + "(?:\\p{Lu}[\\p{L}’'.-]*(?:\\s*,\\s*|\\s+))*(?:(?:&|(?i:and))\\s+(?:\\p{Lu}[\\p{L}’'.-]*\\s+)*)?$");

    /** Tried only where one of its prepositions starts a word: most places in a sentence cannot begin a match. */
    private static final QuickFind OBJECT_BEFORE_FIND = QuickFind.startingLike(OBJECT_BEFORE, true, "with", "by", "from",
            "alongside", "beside", "including", "featuring", "of", "for", "to", "than", "like");

    /** Words right before a name that make it a label worn, not a person: "in Ana Lind", "her custom Ana Lind". */
    private static final Pattern WORN_BEFORE = Pattern.compile(
            "(?i:\\b(?:in|wore|wearing|wears|donned|custom|couture)\\s+)$");
    private static final QuickFind WORN_BEFORE_FIND = QuickFind.startingLike(WORN_BEFORE, true, "in", "wore", "wearing",
            "wears", "donned", "custom", "couture");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The sentence whose answers {@link #objectBefore} keeps: each sentence is asked about several times in a row
     * (a resolver reads one article, on one thread).
     */
    private String objectText;
    private final Map<Integer, Boolean> objectAnswers = new java.util.HashMap<>();

    /** True when {@link #OBJECT_BEFORE} holds for the text before offset {@code at}: the name there is an object. */
    private boolean objectBefore(String text, int at) {
        if (!text.equals(objectText)) {
            objectText = text;
            objectAnswers.clear();
        }
        return objectAnswers.computeIfAbsent(at, k -> OBJECT_BEFORE_FIND.in(text.substring(0, k)));
    }

    /** True when every letter of the sentence is inside quotation marks. */
    private static boolean allQuoted(String text, boolean[] quoted) {
        for (int i = 0; i < text.length(); i++) if (Character.isLetter(text.charAt(i)) && !quoted[i]) return false;
        return true;
    }

    /** The people a body sentence names as doers: outside quotation marks, not after a preposition, not makers. */
    private List<String> agents(String text, boolean[] quoted) {
        List<String> out = new ArrayList<>();
        for (PeopleMentions.Mention m : PeopleMentions.find(text, people)) {
            if (m.ambiguous() || quoted[m.start()] || m.possessive()) continue;
            if (objectBefore(text, m.start()) || WORN_BEFORE_FIND.in(text.substring(0, m.start()))) continue;
            String name = m.candidates().get(0);
            if (!isMaker.test(name) && !out.contains(name)) out.add(name);
        }
        return out;
    }

    /** Everyone the sentence names outside quotation marks, in order. */
    private List<String> allNamed(String text, boolean[] quoted) {
        List<String> out = new ArrayList<>();
        for (PeopleMentions.Mention m : PeopleMentions.find(text, people)) {
            if (m.ambiguous() || quoted[m.start()]) continue;
            String name = m.candidates().get(0);
            if (!out.contains(name)) out.add(name);
        }
        return out;
    }

    private static final Pattern KIN = Pattern.compile("^\\s*(?:\\w+\\s+)?(?:daughter|son|wife|husband|partner|sister|brother|mother"
            + "|father|mom|mum|dad|stylist|friend|boyfriend|girlfriend|fianc\\w*)\\b", Pattern.CASE_INSENSITIVE);

    private static boolean followedByKin(String text, int end) {
        return KIN.matcher(text.substring(Math.min(text.length(), end))).find();
    }
}
