package dev.redcarpet.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out who said a quote and to which outlet, from the attribution right after it
 * ("…,” Kim said / said Law Roach / she told Vogue), the clause before it (Kim said: “…” /
 * As Roach put it, “…”) or a colon introduction. Pronouns and descriptions ("the star") go to
 * the last person named before them outside quotes, of a matching gender where it is known;
 * crew roles ("the designer", "her stylist") go to the person introduced with that role.
 */
final class SpeakerResolver {
    /**
     * What the text says about a quote's source. {@code found} is true when an attribution was
     * read, even if it names nobody we can resolve ("a source said"); then the quote must not
     * borrow a neighbour's speaker.
     */
    record Attribution(String speaker, String outlet, boolean found) {
        static final Attribution NONE = new Attribution(null, null, false);
    }

    /** Words before a name that make it an object, not the one talking ("a dress by X", "wore X"). */
    private static final Set<String> OBJECT_WORDS = Set.of("by", "in", "wore", "wearing", "from", "for", "with", "of",
            "to", "play", "playing", "played", "as", "alongside", "like", "about", "than", "donned", "chose", "designed",
            "styled", "dressed", "named", "called", "including", "featuring", "starring", "beside", "behind", "against",
            "between", "among", "at", "on", "into", "via", "channelling", "channeling", "honoring", "honouring",
            "joined", "met", "thanked", "praised", "and", "or", "nor");
    private static final Set<String> ADVERBS = Set.of("also", "then", "later", "simply", "quickly", "once", "again",
            "previously", "recently", "earlier", "laughingly", "jokingly", "proudly", "candidly", "finally", "happily");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "our");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("her", "his", "their");
    private static final Pattern TOLD_NAME = Pattern.compile(
            "\\btold\\s+((?:[A-Z][\\p{L}\\p{N}!&’'.-]*)(?:\\s+[A-Z][\\p{L}\\p{N}!&’'.-]*){0,3})");

    private static final String VENUE_WORDS = "video|livestream|live stream|interview|cover story|profile|podcast|"
            + "series|broadcast|segment|show|special|documentary|chat|conversation|sit-down|diary|vlog|feature|story";

    /** An outlet with its two patterns: as a whole word, and after told/to/for/in... or before "video". */
    private record OutletPattern(String name, Pattern word, Pattern attribution) {
    }

    private static final List<OutletPattern> OUTLETS = NameLexicon.get().outlets().stream().map(o -> {
        String q = Pattern.quote(o);
        String tail = "(?![\\p{L}\\p{N}])";
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + q + tail);
        Pattern attribution = Pattern.compile("\\b(?:[Tt]old|tells|telling|to|for|with|on|in|[Aa]ccording to|via)\\s+(?:the\\s+)?"
                + q + tail + "|(?<![\\p{L}\\p{N}])" + q + "(?:'s|’s)?\\s+(?:" + VENUE_WORDS + ")\\b");
        return new OutletPattern(o, word, attribution);
    }).toList();

    private final String text;
    private final People people;
    private final List<PeopleMentions.Mention> mentions;
    private final List<QuoteMarks.Span> spans;
    private final List<NameTokens.Token> tokens;
    private final Map<String, Set<String>> roles = new HashMap<>();
    private final Map<String, NameLexicon.Gender> genders = new HashMap<>();
    private final Map<Integer, Integer> tokenAt = new HashMap<>();
    private final int[] tokenStarts;
    private final NameLexicon lex = NameLexicon.get();

    SpeakerResolver(String text, People people, List<QuoteMarks.Span> spans) {
        this.text = text;
        this.people = people;
        this.spans = spans;
        this.tokens = NameTokens.of(text);
        this.tokenStarts = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            tokenStarts[i] = tokens.get(i).start();
            tokenAt.put(tokens.get(i).start(), i);
        }
        this.mentions = PeopleMentions.find(text, people);
        learnRolesAndGenders();
    }

    List<PeopleMentions.Mention> mentions() {
        return mentions;
    }

    boolean insideQuote(int pos) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) { // spans are in text order and never overlap
            int mid = (lo + hi) >>> 1;
            QuoteMarks.Span s = spans.get(mid);
            if (s.contains(pos)) return true;
            if (pos <= s.open()) hi = mid - 1;
            else lo = mid + 1;
        }
        return false;
    }

    /** The attribution after the closing mark: “…,” Kim said / said Kim / she told Vogue. */
    Attribution after(QuoteMarks.Span q, String quoteText) {
        if (!q.closed()) return Attribution.NONE;
        int start = q.close() + 1;
        int end = clauseEnd(start, q.paragraph().end());
        List<Integer> idx = tokenIndexes(start, end);
        if (idx.isEmpty()) return Attribution.NONE;
        int v = -1;
        int len = 0;
        for (int k = 0; k < idx.size() && k <= 8; k++) {
            len = verbAt(idx.get(k));
            if (len > 0) {
                v = k;
                break;
            }
        }
        if (v < 0) return Attribution.NONE;
        NameTokens.Token firstToken = tokens.get(idx.get(0));
        boolean sentenceEnded = quoteText.endsWith(".") || quoteText.endsWith("!") || quoteText.endsWith("?");
        if (sentenceEnded && firstToken.capitalised() && (v > 3 || idx.size() > 4)) {
            return Attribution.NONE; // “…done.” She also posted a photo… is a new sentence, not an attribution
        }
        if (!text.substring(start, firstToken.start()).strip().matches("[,—–-]*")) return Attribution.NONE;
        boolean inverted = true;
        for (int k = 0; k < v; k++) {
            if (!ADVERBS.contains(tokens.get(idx.get(k)).word().toLowerCase(Locale.ROOT))) inverted = false;
        }
        String outlet = outlet(start, end);
        Subject s;
        if (inverted) {
            int from = idx.get(v) + len;
            s = subject(from, idx.get(idx.size() - 1) + 1, true, tokens.get(idx.get(v)).start());
            if (!s.decided()) return outlet == null ? Attribution.NONE : new Attribution(null, outlet, true);
        } else {
            int subjectStart = 0;
            for (int k = 1; k < v; k++) {
                // “…” wear it, she told People: the subject is what follows the last comma before the verb
                if (text.substring(tokens.get(idx.get(k - 1)).end(), tokens.get(idx.get(k)).start()).contains(",")
                        && !tokens.get(idx.get(k - 1)).word().chars().allMatch(Character::isDigit)) {
                    subjectStart = k;
                }
            }
            if (subjectStart > 0 && tokens.get(idx.get(subjectStart)).word().chars().allMatch(Character::isDigit)) subjectStart = 0;
            s = subject(idx.get(subjectStart), idx.get(v), false, tokens.get(idx.get(0)).start());
            if (!s.decided()) return Attribution.NONE;
        }
        if (s.outlet() != null && outlet == null) outlet = s.outlet();
        return new Attribution(s.speaker(), outlet, true);
    }

    /** The attribution in the sentence before the opening mark: Kim said: “…” / As Roach put it, “…”. */
    Attribution before(QuoteMarks.Span q, int sentenceStart, int from) {
        List<Integer> region = tokenIndexes(from, q.open());
        int v = -1;
        int len = 0;
        for (int k = region.size() - 1; k >= 0; k--) {
            int l = verbAt(region.get(k));
            if (l > 0 && region.get(k) + l - 1 <= region.get(region.size() - 1)) {
                v = region.get(k);
                len = l;
                break;
            }
        }
        String outlet = outlet(sentenceStart, q.open());
        if (v >= 0) {
            String verb = tokens.get(v).word().toLowerCase(Locale.ROOT);
            int regionEnd = region.get(region.size() - 1) + 1;
            if (verb.equals("according")) {
                Subject s = subject(v + len, regionEnd, true, tokens.get(v).start());
                return new Attribution(s.speaker(), outlet != null ? outlet : s.outlet(), true);
            }
            Subject s = backwardSubject(v, sentenceStart);
            if (!s.decided() && v + len < regionEnd) s = subject(v + len, regionEnd, true, tokens.get(v).start());
            return new Attribution(s.speaker(), outlet != null ? outlet : s.outlet(), true);
        }
        String pre = text.substring(from, q.open()).strip();
        if (pre.endsWith(":") && !region.isEmpty()) {
            Subject s = forwardSubject(sentenceStart, q.open());
            if (s.decided()) return new Attribution(s.speaker(), outlet, true);
        }
        return Attribution.NONE;
    }

    /** The one person named (outside quotes) between two offsets, or null when none or several. */
    String onlyPersonBetween(int from, int to) {
        Set<String> names = new HashSet<>();
        for (PeopleMentions.Mention m : mentions) {
            if (m.start() >= from && m.end() <= to && !insideQuote(m.start())) {
                String n = resolveMention(m);
                if (n == null) return null;
                names.add(n);
            }
        }
        return names.size() == 1 ? names.iterator().next() : null;
    }

    /** True when {@code name} is mentioned between two offsets (inside quotes too). */
    boolean namedBetween(String name, int from, int to) {
        for (PeopleMentions.Mention m : mentions) {
            if (m.start() >= from && m.end() <= to && m.candidates().contains(name)) return true;
        }
        return false;
    }

    /** True when someone other than {@code speaker} is named (outside quotes) between two offsets. */
    boolean otherPersonNamedBetween(int from, int to, String speaker) {
        for (PeopleMentions.Mention m : mentions) {
            if (m.start() >= from && m.end() <= to && !insideQuote(m.start()) && !speaker.equals(resolveMention(m))) return true;
        }
        return false;
    }

    private record Subject(String speaker, String outlet, boolean decided) {
        static final Subject UNDECIDED = new Subject(null, null, false);
    }

    /** Reads a subject phrase over tokens [a, b); {@code inverted} when it follows the verb. */
    private Subject subject(int a, int b, boolean inverted, int pos) {
        if (a >= b) return Subject.UNDECIDED;
        int from = tokens.get(a).start();
        int to = tokens.get(b - 1).end() + (tokens.get(b - 1).possessive() ? 2 : 0);
        if (inverted) {
            int comma = text.indexOf(',', from);
            if (comma >= 0 && comma < to) {
                // "said Holly Katz, a stylist" -> the name; "said her stylist, Law Roach" -> keep going
                String head = text.substring(from, comma);
                if (head.chars().anyMatch(Character::isUpperCase)) to = comma;
            }
        }
        List<PeopleMentions.Mention> inside = new ArrayList<>();
        for (PeopleMentions.Mention m : mentions) if (m.start() >= from && m.end() <= to) inside.add(m);
        List<Integer> idx = tokenIndexes(from, to);
        PeopleMentions.Mention pick = null;
        for (PeopleMentions.Mention m : inside) {
            if (m.possessive() || modifiesRole(m)) continue;
            if (pick == null || !inverted) pick = m;
        }
        if (pick != null) return new Subject(resolveMention(pick), null, true);
        for (PeopleMentions.Mention m : inside) {
            if (m.possessive() || modifiesRole(m)) return new Subject(roleOwner(idx, pos, resolveMention(m)), null, true);
        }
        String unknown = unknownName(idx, inverted);
        if (unknown != null) return new Subject(unknown, null, true);
        String phrase = text.substring(from, to);
        for (OutletPattern o : OUTLETS) {
            if (o.word().matcher(phrase).find()) return new Subject(null, o.name(), true);
        }
        String first = tokens.get(idx.get(0)).word().toLowerCase(Locale.ROOT);
        if (first.equals("she")) return new Subject(antecedent(NameLexicon.Gender.FEMALE, pos), null, true);
        if (first.equals("he")) return new Subject(antecedent(NameLexicon.Gender.MALE, pos), null, true);
        if (first.matches("they|i|we|you|it")) return new Subject(null, null, true);
        if (first.matches("a|an|one|some|another|the|this|that|our|her|his|their|several|many|fans|critics|reporters|sources|viewers")) {
            return new Subject(describedPerson(idx, pos), null, true);
        }
        return Subject.UNDECIDED;
    }

    /** Looks back from a verb for its subject: a name, a pronoun, "who", or "the star". */
    private Subject backwardSubject(int verb, int sentenceStart) {
        boolean relative = false;
        int k = verb - 1;
        int stop = verb - 16;
        while (k >= 0 && k >= stop) {
            NameTokens.Token t = tokens.get(k);
            if (t.start() < sentenceStart) break;
            if (insideQuote(t.start())) {
                k--;
                continue;
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            int skipTo = appositiveStart(k + 1 < tokens.size() ? tokens.get(k + 1).start() : t.end(), t, sentenceStart);
            if (skipTo >= 0 && k == verb - 1 - 0 && !relative && text.substring(t.end(), tokens.get(verb).start()).strip().equals(",")) {
                // "Peter Hawkings, Tom Ford's creative director, told Vogue": read the name before the appositive
                k = skipTo;
                continue;
            }
            PeopleMentions.Mention m = mentionEndingAt(t);
            if (m != null) {
                if (modifiesRole(m) || m.possessive()) {
                    if (relative) return Subject.UNDECIDED;
                    return new Subject(roleOwner(tokenIndexes(t.end(), tokens.get(verb).start()), t.start(), resolveMention(m)), null, true);
                }
                return new Subject(resolveMention(m), null, true);
            }
            if (relative) {
                k--;
                continue;
            }
            if (w.equals("who")) {
                relative = true;
                k--;
                continue;
            }
            if (w.equals("she")) return new Subject(antecedent(NameLexicon.Gender.FEMALE, t.start()), null, true);
            if (w.equals("he")) return new Subject(antecedent(NameLexicon.Gender.MALE, t.start()), null, true);
            if (k == verb - 1 && w.equals("her")) return new Subject(antecedent(NameLexicon.Gender.FEMALE, t.start()), null, true);
            if (k == verb - 1 && w.equals("his")) return new Subject(antecedent(NameLexicon.Gender.MALE, t.start()), null, true);
            if (w.equals("they") || w.equals("i") || w.equals("we") || w.equals("you")) return new Subject(null, null, true);
            if (t.capitalised() && !lex.isStopword(t.word()) && !lex.isOutlet(t.word())) {
                String unknown = unknownName(tokenIndexes(groupStart(k), t.end()), false);
                if (unknown != null && lex.isGivenName(unknown.split(" ")[0]) && unknown.contains(" ")) {
                    return new Subject(unknown, null, true);
                }
            }
            if (lex.isRole(w) || w.endsWith("-old")) {
                int d = k - 1;
                while (d >= 0 && d >= k - 4 && !tokens.get(d).capitalised() && !DETERMINERS.contains(tokens.get(d).word().toLowerCase(Locale.ROOT))
                        && !POSSESSIVE_PRONOUNS.contains(tokens.get(d).word().toLowerCase(Locale.ROOT))) d--;
                if (d >= 0 && d >= k - 4 && tokens.get(d).capitalised()) {
                    PeopleMentions.Mention owner = mentionEndingAt(tokens.get(d));
                    if (owner != null) return new Subject(roleOwner(List.of(k), t.start(), resolveMention(owner)), null, true);
                }
                int from = d >= 0 && d >= k - 4 ? d : k;
                List<Integer> idx = new ArrayList<>();
                for (int j = from; j <= k; j++) idx.add(j);
                return new Subject(describedPerson(idx, t.start()), null, true);
            }
            k--;
        }
        return Subject.UNDECIDED;
    }

    /**
     * When the text before a verb is "Name, appositive, verb", the token index of the last word
     * before the first comma; -1 when there is no such comma pair within the sentence.
     */
    private int appositiveStart(int afterEnd, NameTokens.Token last, int sentenceStart) {
        int comma = text.lastIndexOf(',', last.start());
        if (comma < sentenceStart || last.start() - comma > 90) return -1;
        int i = java.util.Arrays.binarySearch(tokenStarts, comma);
        int k = (i < 0 ? -i - 1 : i) - 1;
        if (k >= 0 && tokens.get(k).end() + (tokens.get(k).possessive() ? 2 : 0) == comma) return k;
        return -1;
    }

    /** For a colon introduction ("Chamberlain set out her reading this way:"): the sentence's subject. */
    private Subject forwardSubject(int sentenceStart, int end) {
        List<Integer> idx = tokenIndexes(sentenceStart, end);
        for (int n = 0; n < idx.size() && n < 10; n++) {
            NameTokens.Token t = tokens.get(idx.get(n));
            if (insideQuote(t.start())) continue;
            PeopleMentions.Mention m = mentionStartingAt(t);
            if (m != null && !objectContext(m)) {
                if (m.possessive() || modifiesRole(m)) {
                    return new Subject(roleOwner(tokenIndexes(m.end(), end), t.start(), resolveMention(m)), null, true);
                }
                return new Subject(resolveMention(m), null, true);
            }
            String w = t.word().toLowerCase(Locale.ROOT);
            if (w.equals("she") || (w.equals("her") && n == 0)) return new Subject(antecedent(NameLexicon.Gender.FEMALE, t.start()), null, true);
            if (w.equals("he") || w.equals("his")) return new Subject(antecedent(NameLexicon.Gender.MALE, t.start()), null, true);
            if (w.equals("they") || w.equals("i") || w.equals("we")) return new Subject(null, null, true);
            if (lex.isRole(w)) {
                List<Integer> desc = new ArrayList<>();
                for (int j = 0; j <= n; j++) desc.add(idx.get(j));
                return new Subject(describedPerson(desc, t.start()), null, true);
            }
        }
        return Subject.UNDECIDED;
    }

    /** "the actress", "the 43-year-old" -> last named person; "the designer", "her stylist" -> who has that role. */
    private String describedPerson(List<Integer> idx, int pos) {
        boolean crew = false;
        boolean role = false;
        NameLexicon.Gender gender = NameLexicon.Gender.UNKNOWN;
        for (int i : idx) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (lex.isCrewRole(w)) crew = true;
            if (lex.isRole(w) || w.endsWith("year-old")) role = true;
            if (lex.genderOfRole(w) != NameLexicon.Gender.UNKNOWN) gender = lex.genderOfRole(w);
        }
        if (!role) return null;
        String det = tokens.get(idx.get(0)).word().toLowerCase(Locale.ROOT);
        if (crew || POSSESSIVE_PRONOUNS.contains(det)) return roleOwner(idx, pos, null);
        if (!DETERMINERS.contains(det)) return null; // "a source", "one stylist"
        return antecedent(gender, pos);
    }

    /** The person last introduced before pos with one of the role words among idx ("stylist Law Roach"). */
    private String roleOwner(List<Integer> idx, int pos, String notThem) {
        Set<String> wanted = new HashSet<>();
        for (int i : idx) {
            String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (lex.isRole(w)) wanted.add(w);
        }
        if (wanted.isEmpty()) return null;
        String best = null;
        for (PeopleMentions.Mention m : mentions) {
            if (m.start() >= pos) break;
            String n = resolveMention(m);
            if (n == null || n.equals(notThem)) continue;
            Set<String> r = roles.getOrDefault(n, Set.of());
            if (r.stream().anyMatch(wanted::contains)) best = n;
        }
        return best;
    }

    /** The last person named before pos, outside quotes and not as an object, of a compatible gender. */
    private String antecedent(NameLexicon.Gender gender, int pos) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            PeopleMentions.Mention m = mentions.get(i);
            if (m.end() > pos || insideQuote(m.start()) || objectContext(m) || labelsAThing(m)) continue;
            String n = resolveMention(m);
            if (n == null) continue;
            NameLexicon.Gender g = genders.getOrDefault(n, NameLexicon.Gender.UNKNOWN);
            if (gender != NameLexicon.Gender.UNKNOWN && g != NameLexicon.Gender.UNKNOWN && g != gender) continue;
            if (describedSinceAsSomeoneElse(n, m.end(), pos)) return null;
            return n;
        }
        if (gender == NameLexicon.Gender.UNKNOWN) return null;
        // nobody fits as a subject: accept the last person named as an object whose gender is known to match
        for (int i = mentions.size() - 1; i >= 0; i--) {
            PeopleMentions.Mention m = mentions.get(i);
            if (m.end() > pos || insideQuote(m.start()) || labelsAThing(m)) continue;
            String n = resolveMention(m);
            if (n != null && genders.get(n) == gender) return describedSinceAsSomeoneElse(n, m.end(), pos) ? null : n;
        }
        return null;
    }

    /** A name after "by", "wore", "to host", "with"... in the same run of words is an object, not a subject. */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "(?:^|(?<=[.!?\\n][\\s”\"]{0,3}))(?:The|This|That)\\s+((?:[\\p{L}-]+\\s+){0,3}?)([\\p{Ll}-]+)(?=[\\s,])");

    /**
     * True when a sentence between the name and the pronoun opens with a description of someone
     * ("The Democratic congresswoman explained...") whose role that person is not known to have:
     * the pronoun then more likely means the described person.
     */
    private boolean describedSinceAsSomeoneElse(String name, int from, int to) {
        if (to <= from) return false;
        Matcher d = DESCRIPTION.matcher(text.substring(from, to));
        while (d.find()) {
            String role = d.group(2);
            if (!lex.isSpecificRole(role) || insideQuote(from + d.start())) continue;
            if (!roles.getOrDefault(name, Set.of()).contains(role.toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private boolean objectContext(PeopleMentions.Mention m) {
        int k = tokenIndexAt(m.start());
        int next = m.start();
        int plainWords = 0;
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
            NameTokens.Token t = tokens.get(j);
            int tEnd = t.end() + (t.possessive() ? 2 : 0);
            if (!NameTokens.spaceOnly(text, tEnd, next)) return false;
            if (!t.capitalised() && OBJECT_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) return true;
            if (!t.capitalised() && !lex.isRole(t.word()) && ++plainWords > 1) return false;
            next = t.start();
        }
        return false;
    }

    /** A name used as a modifier of a role noun ("a Gaultier spokesperson", "Tom Ford's creative director"). */
    private boolean labelsAThing(PeopleMentions.Mention m) {
        int k = tokenIndexAt(m.start());
        int j = k;
        while (j + 1 < tokens.size() && tokens.get(j + 1).start() < m.end()) j++;
        if (j + 1 >= tokens.size() || m.possessive()) return false;
        NameTokens.Token t = tokens.get(j + 1);
        return NameTokens.spaceOnly(text, m.end(), t.start()) && lex.isLookNoun(t.word());
    }

    private boolean modifiesRole(PeopleMentions.Mention m) {
        int k = tokenIndexAt(m.start());
        int j = k;
        while (j + 1 < tokens.size() && tokens.get(j + 1).start() < m.end()) j++;
        if (j + 1 >= tokens.size()) return false;
        NameTokens.Token t = tokens.get(j + 1);
        if (!NameTokens.spaceOnly(text, m.end() + (m.possessive() ? 2 : 0), t.start())) return false;
        String w = t.word().toLowerCase(Locale.ROOT);
        if (lex.isRole(w)) return true;
        return w.matches("creative|artistic|executive|chief|longtime|personal|celebrity|fashion|costume|art") && j + 2 < tokens.size()
                && lex.isRole(tokens.get(j + 2).word());
    }

    /** A full name for a mention; an ambiguous short form goes to whichever candidate was last named in full. */
    String resolveMention(PeopleMentions.Mention m) {
        if (!m.ambiguous()) return m.candidates().get(0);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            PeopleMentions.Mention o = mentions.get(i);
            if (o.start() < m.start() && o.full() && m.candidates().contains(o.candidates().get(0))) return o.candidates().get(0);
        }
        return null;
    }

    /** A capitalised name People did not list, used as written: 2-4 words, or one word standing alone. */
    private String unknownName(List<Integer> idx, boolean firstGroup) {
        List<List<NameTokens.Token>> groups = new ArrayList<>();
        List<NameTokens.Token> cur = new ArrayList<>();
        int others = 0;
        for (int i : idx) {
            NameTokens.Token t = tokens.get(i);
            boolean nameWord = t.capitalised() && !lex.isStopword(t.word()) && !lex.isNonPersonWord(t.word())
                    && !lex.isOutlet(t.word()) && !t.word().chars().anyMatch(Character::isDigit);
            if (nameWord && (cur.isEmpty() || NameTokens.spaceOnly(text, cur.get(cur.size() - 1).end(), t.start()))) {
                cur.add(t);
            } else {
                if (!cur.isEmpty()) groups.add(cur);
                cur = new ArrayList<>();
                if (nameWord) cur.add(t);
                else if (!t.word().chars().allMatch(Character::isDigit) && !ADVERBS.contains(t.word().toLowerCase(Locale.ROOT))) others++;
            }
        }
        if (!cur.isEmpty()) groups.add(cur);
        if (groups.isEmpty()) return null;
        List<NameTokens.Token> g = firstGroup ? groups.get(0) : groups.get(groups.size() - 1);
        if (g.get(g.size() - 1).possessive()) return null;
        if (g.size() == 1 && (others > 0 || groups.size() > 1)) return null;
        if (g.size() > 4) return null;
        StringBuilder sb = new StringBuilder();
        for (NameTokens.Token t : g) sb.append(sb.isEmpty() ? "" : " ").append(t.word());
        String name = sb.toString();
        String known = people.resolve(name);
        return known != null ? known : name;
    }

    /** The outlet named in an attribution clause: told Vogue / to People / in a video for Vogue. */
    String outlet(int from, int to) {
        if (from >= to) return null;
        String clause = text.substring(from, to);
        for (OutletPattern o : OUTLETS) {
            if (o.attribution().matcher(clause).find()) return o.name();
        }
        Matcher m = TOLD_NAME.matcher(clause);
        if (m.find()) {
            String phrase = m.group(1).replaceAll("[.,’']+$", "").strip();
            int at = from + m.start(1);
            boolean person = people.resolve(phrase) != null || lex.isStopword(phrase.split(" ")[0]);
            for (PeopleMentions.Mention mm : mentions) if (mm.start() == at) person = true;
            if (!person && !phrase.isEmpty()) return phrase;
        }
        return null;
    }

    /** Where the clause starting at {@code start} ends: a sentence end, a new quote, ':' or ';'. */
    int clauseEnd(int start, int limit) {
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '"' || c == '\n' || c == ';' || c == ':' || c == '(') return i;
            if ((c == '.' || c == '!' || c == '?') && (i + 1 >= limit || Character.isWhitespace(text.charAt(i + 1)))) {
                boolean initial = i >= 2 && Character.isUpperCase(text.charAt(i - 1)) && !Character.isLetter(text.charAt(i - 2));
                if (!initial) return i;
            }
        }
        return limit;
    }

    private int verbAt(int k) {
        for (List<String> verb : lex.speechVerbs()) {
            if (k + verb.size() > tokens.size()) continue;
            boolean ok = true;
            for (int j = 0; j < verb.size() && ok; j++) {
                ok = tokens.get(k + j).word().equalsIgnoreCase(verb.get(j));
                if (ok && j > 0) ok = NameTokens.spaceOnly(text, tokens.get(k + j - 1).end(), tokens.get(k + j).start());
            }
            if (ok) return verb.size();
        }
        return 0;
    }

    private List<Integer> tokenIndexes(int from, int to) {
        List<Integer> out = new ArrayList<>();
        int first = java.util.Arrays.binarySearch(tokenStarts, from);
        if (first < 0) first = -first - 1;
        for (int i = first; i < tokens.size(); i++) {
            NameTokens.Token t = tokens.get(i);
            if (t.start() >= from && t.end() <= to && !insideQuote(t.start())) out.add(i);
            if (t.start() >= to) break;
        }
        return out;
    }

    private int tokenIndexAt(int start) {
        return tokenAt.getOrDefault(start, -1);
    }

    private int groupStart(int k) {
        int s = k;
        while (s > 0 && tokens.get(s - 1).capitalised() && !tokens.get(s - 1).possessive()
                && NameTokens.spaceOnly(text, tokens.get(s - 1).end(), tokens.get(s).start())) s--;
        return tokens.get(s).start();
    }

    private PeopleMentions.Mention mentionEndingAt(NameTokens.Token t) {
        for (PeopleMentions.Mention m : mentions) if (m.end() == t.end() || (m.start() <= t.start() && m.end() >= t.end())) return m;
        return null;
    }

    private PeopleMentions.Mention mentionStartingAt(NameTokens.Token t) {
        for (PeopleMentions.Mention m : mentions) if (m.start() == t.start()) return m;
        return null;
    }

    private void learnRolesAndGenders() {
        for (String n : people.names()) {
            NameLexicon.Gender g = lex.genderOfGivenName(n.split(" ")[0]);
            if (g != NameLexicon.Gender.UNKNOWN) genders.put(n, g);
        }
        for (PeopleMentions.Mention m : mentions) {
            if (m.ambiguous() || insideQuote(m.start())) continue;
            String n = m.candidates().get(0);
            Set<String> r = roles.computeIfAbsent(n, k -> new HashSet<>());
            int k = tokenIndexAt(m.start());
            for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
                NameTokens.Token t = tokens.get(j);
                if (!NameTokens.spaceOnly(text, t.end(), tokens.get(j + 1).start())) break;
                String w = t.word().toLowerCase(Locale.ROOT);
                if (lex.isRole(w)) r.add(w);
                else if (!t.capitalised() && !w.matches("creative|artistic|executive|longtime|celebrity|fashion|costume|art")) break;
            }
            if (m.end() + 2 < text.length() && text.startsWith(", ", m.end())) {
                int stop = text.indexOf(',', m.end() + 2);
                int limit = Math.min(stop < 0 ? text.length() : stop, m.end() + 80);
                List<Integer> appositive = tokenIndexes(m.end() + 2, limit);
                String lead = appositive.isEmpty() ? "" : tokens.get(appositive.get(0)).word().toLowerCase(Locale.ROOT);
                if (lead.matches("a|an|the") || lex.isRole(lead)) {
                    for (int i : appositive) {
                        String w = tokens.get(i).word().toLowerCase(Locale.ROOT);
                        if (lex.isRole(w)) r.add(w);
                    }
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : roles.entrySet()) {
            if (genders.containsKey(e.getKey())) continue;
            for (String role : e.getValue()) {
                NameLexicon.Gender g = lex.genderOfRole(role);
                if (g != NameLexicon.Gender.UNKNOWN) genders.put(e.getKey(), g);
            }
        }
    }
}
