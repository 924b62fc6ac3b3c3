package dev.redcarpet.eval;

import java.util.List;

/**
 * One question of a dev-set file.
 *
 * @param relevant    ids of the articles that answer it (empty: the corpus does not, and it should be declined)
 * @param answerTerms terms the whole reply should hold
 * @param leadTerms   terms the first sentence of the short answer should hold
 * @param wrongTerms  terms a careless reply would show (another guest's designer, the other year's)
 * @param history     earlier questions of the same conversation, asked first and in order
 */
public record EvalQuestion(String id, String question, String kind, List<String> relevant, List<String> answerTerms,
                           List<String> leadTerms, List<String> wrongTerms, List<String> history) {
    public EvalQuestion {
        relevant = List.copyOf(relevant);
        answerTerms = List.copyOf(answerTerms);
        leadTerms = List.copyOf(leadTerms);
        wrongTerms = List.copyOf(wrongTerms);
        history = List.copyOf(history);
    }
}
