package dev.redcarpet.search;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Questions about what red-carpet articles do not report: awards won over a career, box office,
 * relationships, upcoming work, money a star makes. Named by topic so the decline can say which.
 */
public final class OutOfScope {
    private record Topic(String name, Pattern pattern) {
    }

    private static final String AWARDS = "(awards?|grammys?|oscars?|emmys?|globes?|trophies|trophy|nominations)";

    private static final Topic[] TOPICS = {
            new Topic("awards won over a career", Pattern.compile("\\bhow many (\\w+ )?" + AWARDS + "\\b.*\\b(won|win|has|have)\\b"
                    + "|\\b(career|in total|all time)\\b.*\\b(won|wins|awards?)\\b"
                    + "|\\b" + AWARDS + " (count|tally|haul|total)\\b|\\b(number|count|tally) of (\\w+ )?" + AWARDS + "\\b.*\\b(won|has|have)\\b")),
            new Topic("relationships", Pattern.compile("\\b(engaged to|married to|marrying|is dating|are dating|dating whom|divorced|divorcing|pregnant|split from|broke up with)\\b|^(who|is|are) .*\\b(dating|engaged|married)\\b"
                    // "who is her fiance": who a partner is, not what they wore
                    + "|^(who|whom) (is|s|are|was|were)\\b.*\\b(fiancee?|husband|wife|boyfriend|girlfriend|spouse)s?$")),
            new Topic("box office", Pattern.compile("\\b(box office|gross(ed)?|ticket sales|opening weekend)\\b")),
            new Topic("upcoming work", Pattern.compile("\\b(next|upcoming|new) (film|movie|album|tour|project|series|show|role)s?\\b")),
            new Topic("what a star earns or owns", Pattern.compile("\\b(net worth|salary|how rich|earns?|paid for the role)\\b")),
            new Topic("age and birthdays", Pattern.compile("^how old is\\b|\\bwhen was \\w+( \\w+)? born\\b")),
    };

    private OutOfScope() {
    }

    /** The topic a folded question asks about that articles on looks do not report, if any. */
    public static Optional<String> topic(String folded) {
        if (folded == null) return Optional.empty();
        for (Topic t : TOPICS) if (t.pattern.matcher(folded).find()) return Optional.of(t.name);
        return Optional.empty();
    }
}
