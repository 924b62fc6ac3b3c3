package dev.redcarpet.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * MiniSearch in Node (bench/peer/peer.mjs) over the same exported articles and questions. The script
 * prints one JSON object; this reads it.
 */
public final class PeerBench {
    /** The peer's figures over one corpus. */
    public record Result(int docs, double indexSeconds, Sample search, double hitAt5) {
    }

    /** The peer's ranking quality on a question set with relevant ids. */
    public record Recall(int answerable, double recall1, double recall3, double recall5, double mrr10) {
    }

    private final String node;
    private final Path script;

    public PeerBench(String node, Path peerDir) {
        this.node = node;
        this.script = peerDir.resolve("peer.mjs");
        if (!Files.isRegularFile(script)) throw new IllegalArgumentException("peer script not found: " + script);
        if (!Files.isDirectory(peerDir.resolve("node_modules/minisearch"))) {
            throw new IllegalArgumentException("MiniSearch is not installed: run `npm ci` in " + peerDir);
        }
    }

    public Result search(Path export, Path questions, int rounds) {
        JsonNode o = call("search", export, questions, rounds);
        Sample s = new Sample(o.path("n").asInt(), o.path("p50").asDouble(), o.path("p99").asDouble(), o.path("mean").asDouble());
        return new Result(o.path("docs").asInt(), o.path("indexMillis").asDouble() / 1000, s, o.path("hitAt5").asDouble());
    }

    public Recall recall(Path export, Path questions) {
        JsonNode o = call("recall", export, questions, 1);
        return new Recall(o.path("answerable").asInt(), o.path("recall1").asDouble(), o.path("recall3").asDouble(),
                o.path("recall5").asDouble(), o.path("mrr10").asDouble());
    }

    private JsonNode call(String mode, Path export, Path questions, int rounds) {
        String out = ProcessBench.run(List.of(node, "--max-old-space-size=8192", script.toString(), mode, "--corpus", export.toString(),
                "--questions", questions.toString(), "--rounds", String.valueOf(rounds)));
        String last = out.strip().lines().reduce((a, b) -> b).orElse("");
        try {
            return new ObjectMapper().readTree(last);
        } catch (IOException e) {
            throw new UncheckedIOException("the peer printed no JSON: " + out, e);
        }
    }
}
