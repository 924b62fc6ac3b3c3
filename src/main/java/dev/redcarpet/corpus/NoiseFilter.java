package dev.redcarpet.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes page furniture that scraped articles carry along: advertisement markers, photo credits,
 * "Related:" links, newsletter and subscription prompts, bylines, share buttons, cookie notices,
 * affiliate disclaimers and comment widgets.
 *
 * <p>It works line by line: a line is dropped only when all of it matches one of the patterns in
 * {@link #LINE_RULES} (and it is short, as furniture is), so an article sentence that merely
 * mentions a photo or a newsletter stays. Photo credits inside a sentence, such as
 * "(Photo by Jane Doe/Getty Images)", are cut out of the line and the sentence is kept.
 */
public final class NoiseFilter {

    /**
     * A whole-line pattern (matched case-insensitively against the trimmed line), the longest line it may drop,
     * and words one of which every line it matches holds (lower case; empty: none needed), so that a line holding
     * none of them skips the pattern.
     */
    private record Rule(String name, Pattern pattern, int maxWords, List<String> needs) {
        Rule(String name, String regex, int maxWords, String... needs) {
            this(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), maxWords, List.of(needs));
        }

        boolean mayMatch(String lowerLine) {
            if (needs.isEmpty()) return true;
            for (String n : needs) if (lowerLine.contains(n)) return true;
            return false;
        }
    }

    private static final String SEP = "\\s*[:|»›>•·\\-–—]";

    /** The whole-line patterns; a line is noise when one of them matches all of it. */
    static final List<Rule> LINE_RULES = List.of(
            new Rule("advertisement", "(?:advertisements?|advertising|advert|ads?|sponsored(?: content)?|paid (?:content|post)|promoted(?: content)?)", 3),
            new Rule("advertisement", "(?:advertisement|ad)" + SEP + "?\\s*(?:continue|scroll)(?: reading)?(?: below)?\\.?", 6),
            new Rule("advertisement", "(?:the )?(?:story|article|text|content) continues(?: (?:below|after|here))?(?: (?:the |this )?(?:advertisement|ad|advert))?\\.?", 8),
            new Rule("advertisement", "(?:continue reading(?: below| the (?:main )?story)?|scroll to continue(?: with content)?)\\.?", 6),
            new Rule("photo credit", "[(\\[]?(?:(?:photo|image|picture|video|photograph)s?(?: credits?| courtesy(?: of)?)?|photography|credits?|courtesy(?: of)?|source|pictured|top image|main image|header image)\\s*[:|].*", 40),
            new Rule("photo credit", "(?:embed from getty images|view this post on instagram|a post shared by .{1,80}|image may contain.*|(?:instagram|twitter|tiktok|x)\\s*/\\s*@?[\\w.]+|@[\\w.]+\\s*/\\s*(?:instagram|twitter|tiktok|x))", 25),
            new Rule("related link", "(?:related(?: articles?| stories| content| coverage| reading)?|read more|read next|read also|also read|see also|more from [\\w' ]{1,40}|more(?: on this)?|you (?:may|might) also like|recommended(?: reading| for you)?|most (?:popular|read)|trending(?: now)?)(?:" + SEP + ".*)?", 25),
            new Rule("related link", "(?:watch|listen)(?: now| the video| below)?\\s*[:|].{0,120}[^.!?\"”]", 20),
            new Rule("newsletter", "(?:sign up|sign-up|signup|subscribe|never miss|don'?t miss|stay in the know|get the (?:best|latest)|join our|want more|get our|love this\\?|enjoyed this).{0,200}(?:sign up|subscribe|newsletter|inbox|updates|free|email)\\b.*", 45),
            new Rule("newsletter", "(?=.*\\b(?:sign(?:ing)? up|sign-up|subscribe|inbox|delivered|register)\\b).{0,160}\\bnewsletters?\\b.{0,160}", 40, "newsletter"),
            new Rule("newsletter", ".{0,120}\\b(?:to|in|into|straight to) your inbox\\b.{0,120}", 40, "your inbox"),
            new Rule("affiliate note", "(?=.*\\b(?:links?|purchases?|buy|site|retailers?|products?)\\b).{0,120}\\b(?:earn|receive|get|make)s? (?:a |an )?(?:small |affiliate )?(?:commission|compensation|share of (?:the )?(?:sales|revenue))\\b.{0,160}", 45, "commission", "compensation", "share of"),
            new Rule("affiliate note", ".{0,80}\\bindependently (?:selected|chosen|reviewed)\\b.{0,160}", 45, "independently"),
            new Rule("affiliate note", ".{0,80}\\baffiliate (?:links?|commission|partnerships?)\\b.{0,160}", 45, "affiliate"),
            new Rule("shopping prompt", "(?:shop|buy)(?: it| now| the look| this look| the story)?(?:\\s*[:|].{0,80})?", 12),
            new Rule("syndication note", "(?:this|the) (?:article|story|post|piece|interview) (?:was )?(?:originally|first) (?:appeared|published|ran)\\b.{0,120}", 25),
            new Rule("tags", "(?:tags|topics|filed under|categories|more about)\\s*:.{0,200}", 25),
            new Rule("click prompt", "(?:click|tap) here (?:to|for)\\b.{0,160}", 25),
            new Rule("share", "(?:share(?: this| the)?(?: article| story| post| page| gallery| link)?(?: on| via| to)?(?: \\w+)?|tweet(?: this)?|pin(?: it)?|e-?mail(?: this)?|print(?: this)?|copy(?: the)? link|link copied|whats ?app|facebook|twitter|pinterest|linkedin|flipboard)[!.]?", 5),
            new Rule("share", "(?:\\d+ )?comments?|view comments|show comments|comments are (?:now )?(?:closed|disabled|off)(?: (?:on|for) this (?:post|article|story|page))?\\.?|leave a (?:comment|reply)|join the (?:conversation|discussion)|be the first to comment\\.?", 10),
            new Rule("follow prompt", "follow\\b.{0,60}\\bon (?:instagram|twitter|x|facebook|tiktok|youtube|threads|pinterest|bluesky)\\b.*", 20),
            new Rule("cookie notice", ".{0,200}\\bcookies?\\b.{0,300}", 70, "cookie"),
            new Rule("timestamp", "(?:last )?(?:updated|published|posted|first published)(?: on| at)?\\s*:?\\s*"
                    + "(?:(?:\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}|jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|nov\\w*|dec\\w*"
                    + "|mon\\w*|tue\\w*|wed\\w*|thu\\w*|fri\\w*|sat\\w*|sun\\w*|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|bst|est|edt|pst|pdt|cet|cest|ist|at|on|ago|hours?|minutes?|days?)[\\s,.:/|-]*){1,10}", 12),
            new Rule("copyright", "(?:©|\\(c\\)\\s*\\d{4}|copyright\\s*(?:©|\\d{4})).{0,200}|.{0,150}\\ball rights reserved\\.?", 25, "©", "(c)", "copyright", "all rights reserved"),
            new Rule("page chrome", "(?:skip to (?:main )?content|back to top|key events|show key events only|toggle navigation|menu|search|close|open in app|log ?in|sign ?in|sign up|subscribe|subscribe now|advertise with us|image \\d+ of \\d+|\\d+ of \\d+|\\d+ ?/ ?\\d+"
                    + "|(?:hide|show|toggle) caption|enlarge this image|loading(?: video)?\\W*|(?:view|see|open) (?:the )?(?:full )?(?:gallery|slideshow|photos?|all photos)|scroll (?:down )?(?:for|to) .{0,40}"
                    + "|listen to (?:this )?(?:article|story).{0,30}|\\d+[- ]min(?:ute)? read)", 8));

    /** What a cookie line must also mention to count as a notice rather than a sentence about cookies. */
    private static final Pattern COOKIE_NOTICE = Pattern.compile(
            "\\b(?:we use|(?:site|website|page) uses|use of cookies|accept all|accept cookies|consent|cookie (?:policy|settings|preferences|notice)|manage (?:cookies|preferences)|privacy policy|browsing experience)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Photo agencies and wire services that appear in credits. Case-sensitive: "AFP", not "afp". */
    private static final Pattern AGENCY = Pattern.compile(
            "\\b(?:Getty(?: Images)?|Shutterstock|REX|Rex Features|WireImage|FilmMagic|Invision|AP Photo|Associated Press|AFP|Reuters|EPA|Alamy|PA Images|PA Wire|Corbis|Cover Images|Backgrid|BACKGRID|Splash News|GC Images|Bauer-Griffin|Sipa|SIPA|ABACA|Abaca)\\b|/AP\\b");

    /** Lower-case words a credit or byline may hold besides names. */
    private static final Set<String> CREDIT_WORDS = Set.of(
            "via", "for", "and", "by", "of", "the", "de", "van", "von", "der", "da", "du", "le", "la", "del", "della",
            "images", "image", "photo", "photos", "courtesy", "credit", "getty", "staff", "writer", "writers", "editor",
            "editors", "reporter", "correspondent", "contributor", "contributing", "senior", "associate", "deputy",
            "fashion", "style", "entertainment", "news", "at", "in", "with", "updated", "published", "on", "am", "pm",
            "a.m.", "p.m.", "&");

    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\(([^()]{1,120})\\)");
    private static final Pattern CREDIT_START = Pattern.compile(
            "(?:(?:(?:photo|image|picture|video|photograph)s?(?: credits?)?|credits?)(?:\\s*:|\\s+by\\b|\\s+via\\b|\\s+courtesy\\b)|courtesy\\b"
                    + "|(?:additional )?(?:reporting|writing|editing) by\\b|(?:instagram|twitter|tiktok)\\s*/|@[\\w.]+\\s*/\\s*(?:instagram|twitter|tiktok)).*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_PHRASE = Pattern.compile(
            "(?:(?:photo|image|picture|video|photograph)s?(?: credits?)?|credits?)\\s*(?:courtesy of|courtesy|by|via|from)\\s+"
                    + "|courtesy(?: of)?\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "(?i:by|written by|words by|(?:additional )?reporting by|story by|text by|edited by)\\s+(.+)");
    /** Wire services that also stand alone as datelines, "PARIS (AFP) —", which are kept. */
    private static final Set<String> WIRES = Set.of("AFP", "Reuters", "EPA", "Associated Press", "AP Photo");
    private static final Pattern BIO = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’.\\-]+\\s+){1,3}\\p{Lu}[\\p{L}'’\\-]+ is (?:a|an|the|our)\\b.{0,80}?\\b(?:writer|editor|reporter|journalist|correspondent|contributor|critic|columnist)s?\\b.*");

    /** True when the whole line is page furniture. */
    public boolean isNoise(String line) {
        String s = line.strip();
        if (s.isEmpty()) return false;
        if (s.length() > 600) return false;
        int words = wordCount(s);
        String lower = s.toLowerCase(Locale.ROOT);
        for (Rule rule : LINE_RULES) {
            if (words <= rule.maxWords() && rule.mayMatch(lower) && rule.pattern().matcher(s).matches()) {
                if (rule.name().equals("cookie notice") && !COOKIE_NOTICE.matcher(s).find()) continue;
                return true;
            }
        }
        return isByline(s) || isCreditLine(s);
    }

    /**
     * The line without photo credits in parentheses, e.g. "(Photo by Jane Doe/Getty Images)", and
     * without a credit tacked on after the last sentence of a caption ("… at the gala. Getty Images").
     */
    public String stripInlineCredits(String line) {
        return stripTrailingCredit(stripParenthesisedCredits(line));
    }

    private String stripTrailingCredit(String line) {
        int end = Math.max(line.lastIndexOf(". "), line.lastIndexOf(".” "));
        if (end < 0) return line;
        int cut = line.indexOf(' ', end);
        String tail = line.substring(cut + 1).strip();
        if (tail.isEmpty() || wordCount(tail) > 8) return line;
        Matcher agency = AGENCY.matcher(tail);
        if (!agency.find() || WIRES.contains(agency.group()) || !creditLike(tail)) return line;
        return line.substring(0, cut).strip();
    }

    private String stripParenthesisedCredits(String line) {
        if (line.indexOf('(') < 0) return line;
        Matcher m = PARENTHESIS.matcher(line);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String inner = m.group(1).strip();
            boolean credit = CREDIT_START.matcher(inner).matches()
                    || (AGENCY.matcher(inner).find() && creditLike(inner) && !WIRES.contains(inner));
            if (credit) {
                m.appendReplacement(out, "");
                changed = true;
            } else {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            }
        }
        if (!changed) return line;
        m.appendTail(out);
        return out.toString().replaceAll("\\s+([.,;:!?])", "$1").strip();
    }

    /**
     * The paragraphs without furniture: noise lines are dropped, inline credits cut, and an
     * author's short biography ("Jane Doe is a fashion writer ...") near the start or end removed.
     */
    public List<String> clean(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        for (String p : paragraphs) {
            String caption = describingCaption(p);
            if (caption != null) {
                kept.add(caption);
                continue;
            }
            if (isNoise(p)) continue;
            String s = stripInlineCredits(p);
            if (!s.isBlank()) kept.add(s);
        }
        return dropBios(kept);
    }

    /** The label a caption line opens with: "Photo:", "Photo caption:", "Image:". */
    private static final Pattern CAPTION_LABEL = Pattern.compile("(?i)^(?:photo(?:graph)?s?|image|picture)(?: caption)?\\s*:\\s*");
    /** A credit before the caption proper: "Jane Roe via Getty Images — …". */
    private static final Pattern CREDIT_THEN_DASH = Pattern.compile("^(.{1,90}?)\\s+[—–-]\\s+");
    /** A wire credit at the end: "PHOTOS: REUTERS, AFP", "PHOTO: REUTERS", "Credit: Getty". */
    private static final Pattern CREDIT_TAIL = Pattern.compile("(?i)\\s*(?:photos?|credits?|images?)\\s*:\\s*[^.]{1,60}$");

    /**
     * A caption that describes the picture ("Photo: Dua Lipa wears vintage Chanel for the Met Gala 2023. (Photo by …)")
     * is part of the report, kept as "Photo: " and its words without the credits; a credit alone is furniture (null).
     */
    String describingCaption(String line) {
        String s = line.strip();
        Matcher label = CAPTION_LABEL.matcher(s);
        if (!label.lookingAt() || s.length() > 600) return null;
        String rest = s.substring(label.end());
        for (int i = 0; i < 3; i++) { // "Jane Roe - Agency/Agency via Getty Images — …"
            Matcher dash = CREDIT_THEN_DASH.matcher(rest);
            if (!dash.lookingAt() || !(AGENCY.matcher(dash.group(1)).find() || namesOnly(dash.group(1)))) break;
            rest = rest.substring(dash.end());
        }
        rest = CREDIT_TAIL.matcher(stripInlineCredits(rest)).replaceFirst("").strip();
        if (rest.endsWith("(") || rest.isEmpty()) return null;
        // a sentence, not a list of names and agencies: enough words, several of them in lower case
        int lower = 0;
        for (String w : rest.split("\\s+")) if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) lower++;
        if (wordCount(rest) < 6 || lower < 3 || creditLike(rest)) return null;
        return "Photo: " + rest;
    }

    /** Drops author biographies among the first and last three paragraphs. */
    List<String> dropBios(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            boolean edge = i < 3 || i >= paragraphs.size() - 3;
            if (edge && paragraphs.size() > 1 && wordCount(p) <= 60 && BIO.matcher(p.strip()).matches()) continue;
            out.add(p);
        }
        return out;
    }

    private boolean isByline(String s) {
        Matcher m = BYLINE.matcher(s);
        if (!m.matches() || wordCount(s) > 18) return false;
        String rest = m.group(1).strip();
        if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) return false;
        if (rest.endsWith("?") || rest.endsWith("!")) return false;
        return namesOnly(rest);
    }

    /**
     * A line such as "Jane Doe/Getty Images", "Getty Images for Vogue" or "Photos courtesy of
     * Cover Images": names and an agency, or a credit phrase and names, only.
     */
    private boolean isCreditLine(String s) {
        if (wordCount(s) > 14) return false;
        String inner = s.replaceAll("^\\(|\\)\\.?$", "");
        Matcher start = CREDIT_PHRASE.matcher(inner);
        if (start.lookingAt() && namesOnly(inner.substring(start.end()))) return true;
        return AGENCY.matcher(s).find() && creditLike(s);
    }

    private boolean creditLike(String s) {
        String rest = AGENCY.matcher(s).replaceAll(" ");
        return namesOnly(rest);
    }

    /** Every word is capitalised, a number, or one of the few lower-case words credits use. */
    private boolean namesOnly(String s) {
        String[] tokens = s.split("[\\s/|,;:·•()\\-–—]+");
        int count = 0;
        for (String raw : tokens) {
            String t = raw.replaceAll("^[\"'“‘]+|[\"'”’.]+$", "");
            if (t.isEmpty()) continue;
            count++;
            char c = t.charAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c)) continue;
            if (CREDIT_WORDS.contains(t.toLowerCase(Locale.ROOT))) continue;
            return false;
        }
        return count <= 16;
    }

    /** Whitespace-separated words, counted without building them (this runs on every line of every file). */
    private static int wordCount(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
