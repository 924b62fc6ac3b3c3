package dev.redcarpet.discord;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {
    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2025-05-06T20:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aUserWaitsOutTheCooldown() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(3, 0, clock);
        assertThat(limiter.tryAcquire("u1", "g")).isNull();
        RateLimiter.Refusal refusal = limiter.tryAcquire("u1", "g");
        assertThat(refusal).isNotNull();
        assertThat(refusal.perUser()).isTrue();
        assertThat(refusal.message()).isEqualTo("Easy there! You can ask again in 3 seconds.");
        assertThat(limiter.tryAcquire("u2", "g")).as("another user").isNull();
        clock.now = clock.now.plus(Duration.ofSeconds(3));
        assertThat(limiter.tryAcquire("u1", "g")).isNull();
    }

    @Test
    void aServerHasAPerMinuteBudget() {
        ManualClock clock = new ManualClock();
        RateLimiter limiter = new RateLimiter(0, 2, clock);
        assertThat(limiter.tryAcquire("a", "g")).isNull();
        clock.now = clock.now.plusSeconds(20);
        assertThat(limiter.tryAcquire("b", "g")).isNull();
        RateLimiter.Refusal refusal = limiter.tryAcquire("c", "g");
        assertThat(refusal.perUser()).isFalse();
        assertThat(refusal.message()).contains("Try again in 40 seconds");
        assertThat(limiter.tryAcquire("c", "other-guild")).isNull();
        clock.now = clock.now.plusSeconds(40);
        assertThat(limiter.tryAcquire("c", "g")).isNull();
    }

    @Test
    void zeroTurnsTheLimitsOff() {
        RateLimiter limiter = new RateLimiter(0, 0, new ManualClock());
        for (int i = 0; i < 100; i++) assertThat(limiter.tryAcquire("u", "g")).isNull();
    }
}
