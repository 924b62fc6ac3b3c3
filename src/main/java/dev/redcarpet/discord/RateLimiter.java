package dev.redcarpet.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-user cooldown and per-server questions per minute. A limit of 0 turns that check off.
 * {@link #tryAcquire} either admits the question (and counts it) or says how long to wait.
 */
public final class RateLimiter {
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final int userCooldownSeconds;
    private final int guildPerMinute;
    private final Clock clock;
    private final Map<String, Instant> lastByUser = new HashMap<>();
    private final Map<String, Deque<Instant>> recentByGuild = new HashMap<>();

    public RateLimiter(int userCooldownSeconds, int guildPerMinute, Clock clock) {
        this.userCooldownSeconds = userCooldownSeconds;
        this.guildPerMinute = guildPerMinute;
        this.clock = clock;
    }

    /** Why a question was not admitted, and when to try again. */
    public record Refusal(boolean perUser, Duration retryAfter) {
        public String message() {
            long s = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
            return perUser
                    ? "Easy there! You can ask again in " + s + (s == 1 ? " second." : " seconds.")
                    : "This server has asked a lot of questions this minute. Try again in " + s + (s == 1 ? " second." : " seconds.");
        }
    }

    /** @return null when admitted, else the refusal */
    public synchronized Refusal tryAcquire(String userId, String guildId) {
        Instant now = clock.instant();
        if (userCooldownSeconds > 0) {
            Instant last = lastByUser.get(userId);
            if (last != null) {
                Duration since = Duration.between(last, now);
                Duration cooldown = Duration.ofSeconds(userCooldownSeconds);
                if (since.compareTo(cooldown) < 0) return new Refusal(true, cooldown.minus(since));
            }
        }
        if (guildPerMinute > 0 && guildId != null) {
            Deque<Instant> recent = recentByGuild.computeIfAbsent(guildId, g -> new ArrayDeque<>());
            while (!recent.isEmpty() && !recent.peekFirst().plus(MINUTE).isAfter(now)) recent.pollFirst();
            if (recent.size() >= guildPerMinute) {
                return new Refusal(false, Duration.between(now, recent.peekFirst().plus(MINUTE)));
            }
            recent.addLast(now);
        }
        if (userCooldownSeconds > 0) {
            lastByUser.put(userId, now);
            if (lastByUser.size() > 50_000) lastByUser.values().removeIf(t -> Duration.between(t, now).toSeconds() > userCooldownSeconds);
        }
        return null;
    }
}
