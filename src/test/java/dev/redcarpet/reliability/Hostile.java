package dev.redcarpet.reliability;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.util.List;

/** Generators of hostile input: every kind of text a busy server may throw at the bot. */
final class Hostile {
    private Hostile() {
    }

    /** Words the engine knows, so that some questions reach deep into retrieval and composing. */
    static final List<String> KNOWN = List.of("Nova Reyes", "Kim Kardashian", "Met Gala", "2024", "2025", "Oscars", "Cannes",
            "wear", "wore", "gown", "designer", "Valentino", "what did", "say", "her", "that year", "Ines Duval", "Lila Park",
            "who hosted", "theme", "Marco Bellini", "shoes", "heelless", "why", "?");

    static final List<String> LUCENE = List.of("AND", "OR", "NOT", "+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]",
            "^", "\"", "~", "*", "?", ":", "\\", "/", "text:gown", "title:[a TO z]", "nova~2", "re*es", "\"unclosed",
            "\"\"\"", "(((", ")))", "*:*", "field:\"x", "a^100", "/regex.*/", "\\\"", "''", "“", "”", "«", "»");

    static final List<String> MARKDOWN = List.of("**bold**", "__under__", "*", "_", "~~gone~~", "||spoiler||", "`code`",
            "```java\nx\n```", "> quote", "# heading", "- item", "[link](https://evil.example)", "\\", "<https://x.example>",
            "# ", ">>> ", "-# small");

    static final List<String> MENTIONS = List.of("@everyone", "@here", "<@123456789012345678>", "<@!123456789012345678>",
            "<@&140000000000000001>", "<#130000000000000001>", "</ask:1600000000000000001>", "<t:1700000000:R>",
            "<:carpet:1234567890>", "<a:spin:1234567890>", "@RedCarpet", "＠everyone", "@\u200Beveryone");

    static Arbitrary<String> emoji() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range('\u2600', '\u27BF').map(String::valueOf),
                Arbitraries.integers().between(0x1F300, 0x1FAFF).map(Character::toString),
                Arbitraries.of("👩🏽‍🎤", "🏳️‍🌈", "👗✨", "🇫🇷", "❤️‍🔥", "🧑‍🤝‍🧑", "\uFE0F", "\u200D"));
    }

    static Arbitrary<String> rtl() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0590', '\u05FF').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("\u202E", "\u202B", "\u2067", "\u200F", "\u061C", "מה לבשה נובה?", "ماذا ارتدت؟"));
    }

    static Arbitrary<String> combining() {
        Arbitrary<String> marks = Arbitraries.strings().withCharRange('\u0300', '\u036F').ofMinLength(1).ofMaxLength(30);
        return Combinators.combine(Arbitraries.strings().alpha().ofLength(1), marks).as((base, m) -> base + m);
    }

    /** Any UTF-16 text, unpaired surrogates and control characters included. */
    static Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    static Arbitrary<String> fragment() {
        return Arbitraries.frequencyOf(
                Tuple(4, Arbitraries.of(KNOWN)),
                Tuple(3, Arbitraries.of(LUCENE)),
                Tuple(2, Arbitraries.of(MARKDOWN)),
                Tuple(3, Arbitraries.of(MENTIONS)),
                Tuple(2, emoji()),
                Tuple(2, rtl()),
                Tuple(2, combining()),
                Tuple(2, anyText()),
                Tuple(2, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)));
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<? extends String>> Tuple(int weight, Arbitrary<? extends String> a) {
        return net.jqwik.api.Tuple.of(weight, a);
    }

    /** Short hostile questions, fragments joined by spaces, newlines or nothing. */
    static Arbitrary<String> shortQuestion() {
        Arbitrary<String> sep = Arbitraries.of(" ", " ", " ", "", "\n", "\t", "\u00A0", "\u3000");
        return Combinators.combine(fragment().list().ofMinSize(0).ofMaxSize(12), sep).as((parts, s) -> String.join(s, parts));
    }

    /** Questions up to 6,000 characters: a short hostile question padded with more of the same. */
    static Arbitrary<String> longQuestion() {
        return Combinators.combine(shortQuestion(), Arbitraries.integers().between(900, 6000), fragment())
                .as((q, n, pad) -> {
                    StringBuilder b = new StringBuilder(q);
                    String p = pad.isEmpty() ? "x" : pad;
                    while (b.length() < n) b.append(' ').append(p);
                    return b.length() > 6000 ? b.substring(0, 6000) : b.toString();
                });
    }

    /** The whole mix: mostly short questions, some long ones. */
    static Arbitrary<String> question() {
        return Arbitraries.frequencyOf(Tuple(9, shortQuestion()), Tuple(1, longQuestion()));
    }
}
