package dev.redcarpet.engine;

import java.time.Duration;

/** Figures for /admin stats. */
public record Stats(int articles, int passages, int people, int looks, int editions, long indexBytes,
                    Duration uptime, long questions, double p50Millis, double p99Millis) {
}
