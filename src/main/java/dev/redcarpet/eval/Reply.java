package dev.redcarpet.eval;

import java.util.List;

/**
 * What the bot replied to one question, as scored.
 *
 * @param ranked     cited article ids, best first
 * @param answer     the whole visible reply
 * @param lead       the short answer (its first sentence is checked for the lead terms)
 * @param firstStage article ids as the first ranking stage alone orders them
 * @param reranked   article ids after re-ranking, before the answer chose what to cite
 * @param plain      article ids as plain Lucene (standard analyzer, one document per article) orders them
 */
public record Reply(String id, List<String> ranked, String answer, String lead, boolean abstained,
                    List<String> firstStage, List<String> reranked, List<String> plain) {
    public Reply {
        ranked = List.copyOf(ranked);
        firstStage = List.copyOf(firstStage);
        reranked = List.copyOf(reranked);
        plain = List.copyOf(plain);
    }
}
