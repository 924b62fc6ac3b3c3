package dev.redcarpet.eval;

import dev.redcarpet.answer.Answer;
import dev.redcarpet.answer.CardLine;
import dev.redcarpet.answer.CitedQuote;
import dev.redcarpet.answer.LookCard;
import dev.redcarpet.corpus.Article;
import dev.redcarpet.corpus.CorpusLoad;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every reply of an eval run against the articles themselves: each quote verbatim in the
 * article it cites, each look-card line with a source whose text holds its evidence sentence, and
 * each rendered reply within a Discord embed description (4,096 characters).
 */
public final class Grounding {
    static final int EMBED_DESCRIPTION = 4096;

    private final Map<String, String> texts = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int quotes;
    private int quotesOk;
    private int fields;
    private int fieldsOk;
    private int longest;

    public boolean clean() {
        return problems.isEmpty();
    }

    public Grounding(CorpusLoad load) {
        for (Article a : load.articles()) texts.put(a.id(), a.text());
    }

    public void check(String questionId, Answer a, String rendered) {
        longest = Math.max(longest, rendered.length());
        if (rendered.length() > EMBED_DESCRIPTION) problems.add(questionId + ": reply of " + rendered.length() + " characters");
        for (CitedQuote q : a.quotes()) {
            quotes++;
            String text = texts.get(q.sourceId());
            String shown = q.text().endsWith("\u2026") ? q.text().substring(0, q.text().length() - 1) : q.text();
            if (text != null && text.contains(shown)) quotesOk++;
            else problems.add(questionId + ": quote not in " + q.sourceId() + ": " + shown);
        }
        for (LookCard card : a.looks()) {
            for (CardLine line : card.lines()) {
                fields++;
                boolean ok = !line.sourceIds().isEmpty() && line.sourceIds().stream()
                        .anyMatch(id -> texts.containsKey(id) && texts.get(id).contains(line.evidence()));
                if (ok) fieldsOk++;
                else problems.add(questionId + ": look line " + line.kind() + "=" + line.value() + " has no source holding its evidence");
            }
        }
    }

    public List<String> problems() {
        return problems;
    }

    public String summary() {
        return "grounding: quotes verbatim " + quotesOk + "/" + quotes + ", look lines sourced " + fieldsOk + "/" + fields
                + ", longest reply " + longest + " characters (embed limit " + EMBED_DESCRIPTION + ")";
    }
}
