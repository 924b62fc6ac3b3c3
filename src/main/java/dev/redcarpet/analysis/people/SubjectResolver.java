package dev.redcarpet.analysis.people;

import dev.redcarpet.analysis.structure.Block;
import dev.redcarpet.analysis.structure.Layout;
import dev.redcarpet.analysis.structure.Part;
import dev.redcarpet.analysis.structure.ReadSentence;
import dev.redcarpet.analysis.structure.Sentence;
import dev.redcarpet.analysis.structure.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whom each sentence of an article is about, reading in order as a fan does. A sentence that
 * names someone (not as the maker of a look) is about the first person it names; one that opens with
 * a pronoun ("She", "His") or a description ("The singer", "The Euphoria star") is about the person the
 * reader has in mind; any other prose sentence goes on about that person. A heading or list item that
 * names someone, or a paragraph that opens on a new person's name, starts a new segment about them,
 * and a heading naming nobody starts a segment about nobody: a roundup becomes one segment per person.
 */
public final class SubjectResolver {
    private static final Pattern PRONOUN = Pattern.compile("^[“\"‘']?(she|he|they|her|his|their|hers|him)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESCRIPTION = Pattern.compile("^[“\"‘']?(?:the|this|our)\\s+((?:[\\p{L}'’&-]+\\s*){1,4})",
            Pattern.CASE_INSENSITIVE);
    /** What may come before a name that opens a sentence: a quote mark, or a short phrase and a comma ("On Monday, Zendaya"). */
    private static final Pattern OPENING = Pattern.compile("[“\"‘'(]?|[^,]{0,30},\\s*[“\"‘']?");

    private final People people;
    private final Predicate<String> isMaker;
    private final NameLexicon lex = NameLexicon.get();

    /** @param isMaker true for a name that is a designer or house (never the person a sentence is about) */
    public SubjectResolver(People people, Predicate<String> isMaker) {
        this.people = people;
        this.isMaker = isMaker;
    }

    public List<ReadSentence> read(List<Block> blocks) {
        List<ReadSentence> out = new ArrayList<>();
        int segment = 0;
        boolean segmentUsed = false;
        String segmentPerson = null;
        String current = null;
        int lastParagraph = Integer.MIN_VALUE;
        boolean roundup = headedPeople(blocks) >= 2;
        for (Block b : blocks) {
            List<Sentence> sentences = SentenceSplitter.split(b.paragraph(), b.text());
            if (b.part() == Part.BYLINE || b.part() == Part.CAPTION) {
                for (Sentence s : sentences) out.add(new ReadSentence(s.text(), b.part(), b.paragraph(), null, segment));
                continue;
            }
            if (b.part() == Part.HEADLINE) {
                for (Sentence s : sentences) {
                    String named = firstNamed(s.text(), false);
                    out.add(new ReadSentence(s.text(), b.part(), b.paragraph(), named, segment));
                }
                continue;
            }
            boolean newParagraph = b.paragraph() != lastParagraph;
            lastParagraph = b.paragraph();
            for (int i = 0; i < sentences.size(); i++) {
                String text = sentences.get(i).text();
                String named = firstNamed(text, false);
                boolean opensWithName = firstNamed(text, true) != null;
                boolean opensSection = i == 0 && (b.part() == Part.HEADING || b.part() == Part.LIST_ITEM
                        || (newParagraph && opensWithName && named != null && segmentPerson != null && !named.equals(segmentPerson)));
                if (b.part() == Part.HEADING && named == null) {
                    if (roundup) {
                        // in a roundup a heading naming nobody ("The men") ends the last person's section
                        if (segmentUsed) segment++;
                        segmentUsed = false;
                        segmentPerson = null;
                        current = null;
                    }
                    out.add(new ReadSentence(text, b.part(), b.paragraph(), null, segment));
                    continue;
                }
                if (opensSection && named != null && !named.equals(segmentPerson)) {
                    if (segmentUsed) segment++;
                    segmentPerson = named;
                    current = named;
                }
                String subject;
                if (named != null && !opensWithName && opensOnSomeoneElse(text) && (current != null || segmentPerson != null)) {
                    // "She wore jewels by X, including …", "The star of the X biopic arrived …": a sentence opening on a
                    // pronoun or a description is about whom it stands for, not the person it names in passing
                    subject = current != null ? current : segmentPerson;
                } else if (named != null) {
                    subject = named;
                } else if (refersBack(text)) {
                    subject = current != null ? current : segmentPerson;
                } else {
                    // a sentence naming nobody goes on about the person the text is on: the one its
                    // section is about, or one named at the opening of the sentence before
                    subject = b.part() == Part.HEADING ? null : current != null ? current : null;
                }
                if (segmentPerson == null && subject != null && opensWithName) segmentPerson = subject;
                if (named != null && !opensWithName && !named.equals(segmentPerson)) {
                    current = segmentPerson; // named in passing: the next sentence is not about them
                } else if (subject != null) {
                    current = subject;
                }
                segmentUsed = true;
                out.add(new ReadSentence(text, b.part(), b.paragraph(), subject, segment));
            }
        }
        dropCutOffEnd(out);
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
    private static void dropCutOffEnd(List<ReadSentence> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            ReadSentence s = out.get(i);
            if (s.part() == Part.CAPTION || s.part() == Part.BYLINE) continue;
            if (s.part().prose() && !Layout.complete(s.text())) out.remove(i);
            return;
        }
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
        if (owner.find() && firstNamed(text, false) != null && text.indexOf(firstNamed(text, false).split(" ")[0]) == owner.end()
                && java.util.Arrays.stream(owner.group().strip().split("\\s+")).noneMatch(lex::isCrewRole)) {
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
        String[] before = rest.substring(d.start(1), at).strip().split("\\s+");
        String last = before.length == 0 ? "" : before[before.length - 1].toLowerCase(Locale.ROOT);
        return !(lex.isRole(last) || lex.genderOfRole(last) != NameLexicon.Gender.UNKNOWN);
    }

    /** "She", "His", "The singer", "The Euphoria star": words standing for a person named before. */
    boolean refersBack(String text) {
        if (PRONOUN.matcher(text).find()) return true;
        Matcher d = DESCRIPTION.matcher(text);
        if (!d.find()) return false;
        for (String w : d.group(1).strip().split("\\s+")) {
            String r = w.toLowerCase(Locale.ROOT);
            if (lex.isStarRole(r) || lex.genderOfRole(r) != NameLexicon.Gender.UNKNOWN) return true;
        }
        return false;
    }

    /** The first person the sentence names who is not a maker; with {@code opening}, only a name near its start. */
    String firstNamed(String text, boolean opening) {
        for (PeopleMentions.Mention m : PeopleMentions.find(text, people)) {
            if (m.ambiguous()) continue;
            if (m.start() > 0 && "\"“‘'".indexOf(text.charAt(m.start() - 1)) >= 0) continue; // a title: "Jimmy Kimmel Live!"
            if (opening && !OPENING.matcher(text.substring(0, m.start())).matches()) return null;
            String name = m.candidates().get(0);
            if (isMaker.test(name)) continue;
            if (m.possessive() && followedByKin(text, m.end())) continue;
            return name;
        }
        return null;
    }

    private static final Pattern KIN = Pattern.compile("^\\s*(?:\\w+\\s+)?(?:daughter|son|wife|husband|partner|sister|brother|mother"
            + "|father|mom|mum|dad|stylist|friend|boyfriend|girlfriend|fianc\\w*)\\b", Pattern.CASE_INSENSITIVE);

    private static boolean followedByKin(String text, int end) {
        return KIN.matcher(text.substring(Math.min(text.length(), end))).find();
    }
}
