package dev.redcarpet.analysis.people;

import java.util.regex.Pattern;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an article says about who its people are: the role nouns written next to each name
 * ("stylist Law Roach", "Kim, the actress") and each person's gender, from the given name or,
 * failing that, from a gendered role ("actress", "husband").
 */
public final class PersonRoles {
    private static final Pattern ROLE_QUALIFIER = Pattern.compile("creative|artistic|executive|longtime|celebrity|fashion|costume|art");
    private static final Pattern ARTICLE_WORD = Pattern.compile("a|an|the");
    private final QuoteText qt;
    private final String text;
    private final List<NameTokens.Token> tokens;
    private final Map<String, Set<String>> roles = new HashMap<>();
    private final Map<String, NameLexicon.Gender> genders = new HashMap<>();
    private final NameLexicon lex = NameLexicon.get();

    public PersonRoles(QuoteText qt) {
        this.qt = qt;
        this.text = qt.text;
        this.tokens = qt.tokens;
        for (String n : qt.people.names()) {
            NameLexicon.Gender g = lex.genderOfGivenName(n.split(" ")[0]);
            if (g != NameLexicon.Gender.UNKNOWN) genders.put(n, g);
        }
        for (PeopleMentions.Mention m : qt.mentions) {
            if (m.ambiguous() || qt.insideQuote(m.start())) continue;
            String n = m.candidates().get(0);
            Set<String> r = roles.computeIfAbsent(n, k -> new HashSet<>());
            int k = qt.tokenIndexAt(m.start());
            for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
                NameTokens.Token t = tokens.get(j);
                String w = t.word().toLowerCase(Locale.ROOT);
                boolean roleThenComma = j == k - 1 && lex.isRole(w) && !t.capitalised()
                        && text.substring(t.end(), tokens.get(j + 1).start()).equals(", ");
                if (roleThenComma) { // "her stylist, Law Roach,"
                    r.add(w);
                    continue;
                }
                if (!NameTokens.spaceOnly(text, t.end(), tokens.get(j + 1).start())) break;
                if (lex.isRole(w)) r.add(w);
                else if (!t.capitalised() && !ROLE_QUALIFIER.matcher(w).matches()) break;
            }
            if (m.end() + 2 < text.length() && text.startsWith(", ", m.end())) {
                int stop = text.indexOf(',', m.end() + 2);
                int limit = Math.min(stop < 0 ? text.length() : stop, m.end() + 80);
                List<Integer> appositive = qt.tokenIndexes(m.end() + 2, limit);
                String lead = appositive.isEmpty() ? "" : tokens.get(appositive.get(0)).word().toLowerCase(Locale.ROOT);
                if (ARTICLE_WORD.matcher(lead).matches() || lex.isRole(lead)) {
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

    /** The article text these roles were read from. */
    QuoteText quoteText() {
        return qt;
    }

    /** Role nouns (lower case) written next to each person's name. */
    Map<String, Set<String>> roles() {
        return roles;
    }

    /** Each person's gender where the text or the name tells it. */
    Map<String, NameLexicon.Gender> genders() {
        return genders;
    }
}
