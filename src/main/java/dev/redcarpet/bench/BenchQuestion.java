package dev.redcarpet.bench;

import java.util.List;

/** A question about the generated corpus, in the dev set's JSONL shape; {@code relevant} is empty for a negative. */
public record BenchQuestion(String id, String kind, String question, List<String> relevant) {
    public BenchQuestion {
        relevant = List.copyOf(relevant);
    }
}
