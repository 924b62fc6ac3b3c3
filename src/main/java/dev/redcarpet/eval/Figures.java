package dev.redcarpet.eval;

import java.util.Locale;

/**
 * Answer-quality figures of one group of questions, as the dev set's score.py computes them.
 *
 * @param leadTerms         share of questions with lead terms whose first answer sentence holds them all (NaN when none has any)
 * @param wrongReplies      share of all replies (answerable or not) holding a wrong term
 * @param firstStageRecall1 recall@1 of the first ranking stage alone
 * @param rerankedRecall1   recall@1 after re-ranking
 * @param plainRecall1      recall@1 of plain Lucene, the baseline
 */
public record Figures(int questions, int answerable, int negatives, double recall1, double recall3, double recall5, double mrr10,
                      double answerTerms, double allTerms, double leadTerms, double wrongReplies, int wronglyAbstained,
                      int negativesDeclined, int medianReplyChars,
                      double firstStageRecall1, double rerankedRecall1, double plainRecall1) {
    public String line() {
        return String.format(Locale.ROOT,
                "n=%d answerable=%d recall@1=%.3f recall@3=%.3f recall@5=%.3f mrr@10=%.3f answer_terms=%.3f all_terms=%.3f "
                        + "lead_terms=%s wrong_replies=%.3f wrongly_abstained=%d negatives_declined=%d/%d median_reply_chars=%d",
                questions, answerable, recall1, recall3, recall5, mrr10, answerTerms, allTerms,
                Double.isNaN(leadTerms) ? "n/a" : String.format(Locale.ROOT, "%.3f", leadTerms), wrongReplies, wronglyAbstained,
                negativesDeclined, negatives, medianReplyChars);
    }

    public String stagesLine() {
        return String.format(Locale.ROOT, "recall@1 by stage: plain Lucene %.3f, first stage %.3f, re-ranked %.3f, answer sources %.3f",
                plainRecall1, firstStageRecall1, rerankedRecall1, recall1);
    }
}
