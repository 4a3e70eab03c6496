package org.diffusioncourse.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.diffusioncourse.base.BoundedCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link AttemptLimit}, kept as a Bucket4j token bucket per key in a bounded cache. An
 * attempt takes a token before it is checked, so clients racing each other cannot get more
 * attempts checked than the bucket held; an attempt that should not count (a successful
 * sign-in) gives its token back. A pause is logged once, when it starts, not per refusal: a
 * guesser who keeps trying would otherwise fill the log.
 *
 * @param <K> the key: a record or string compared with {@code equals}
 */
final class Throttle<K> {

    private static final Logger log = LoggerFactory.getLogger(Throttle.class);

    /** A refused attempt: how long until the next one is allowed, and whether it starts a pause. */
    record Pause(Duration retryAfter, boolean starts) {

        /** The wait in whole minutes, rounded up, at least 1: what a person is told. */
        long minutes() {
            return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        }
    }

    /**
     * A key's bucket, and whether its current pause has been announced. A pause lasts until the
     * bucket is full again, so a client that keeps trying is announced once, not per attempt.
     */
    private record Entry(Bucket bucket, AtomicBoolean announced) {
    }

    private final AttemptLimit limit;
    private final TimeMeter time;

    /**
     * The buckets' time from the site's {@link Clock} bean, so a test can hold time still: a
     * test that spends a limit over real HTTP would otherwise see tokens come back while it runs
     * on a slow machine.
     */
    static TimeMeter timeOf(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return TimeUnit.MILLISECONDS.toNanos(clock.millis());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
    private final BoundedCache<K, Entry> buckets;

    Throttle(AttemptLimit limit, TimeMeter time) {
        this.limit = limit;
        this.time = time;
        this.buckets = BoundedCache.of(limit.cacheName(), limit.keys(), key -> newEntry());
    }

    private Entry newEntry() {
        Bucket bucket = Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.attempts()).refillGreedy(limit.attempts(), limit.refill()))
                .withCustomTimePrecision(time)
                .build();
        return new Entry(bucket, new AtomicBoolean());
    }

    /**
     * Takes one attempt for {@code key}: empty when it may go ahead, else the pause it is in
     * (logged if it starts one).
     */
    Optional<Pause> take(K key) {
        Entry entry = buckets.get(key);
        if (entry.bucket().getAvailableTokens() >= limit.attempts()) {
            entry.announced().set(false);
        }
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        boolean starts = entry.announced().compareAndSet(false, true);
        if (starts) {
            log.warn("{} paused for {} {} after {} {}; one more is allowed every {} s. "
                            + "Further refusals are not logged until it has been quiet for {} minutes.",
                    limit.action(), limit.keyLabel(), printable(key.toString()), limit.attempts(), limit.counted(),
                    limit.perAttempt().toSeconds(), limit.refill().toMinutes());
        }
        return Optional.of(new Pause(Duration.ofNanos(probe.getNanosToWaitForRefill()), starts));
    }

    /** A key can be a username as typed, the client's text: only safe characters go into the log. */
    private static String printable(String key) {
        StringBuilder safe = new StringBuilder();
        key.codePoints().limit(SignUpForm.USERNAME_MAX).forEach(c ->
                safe.appendCodePoint(c < 128 && (Character.isLetterOrDigit(c) || ".-_:@/".indexOf(c) >= 0) ? c : '?'));
        return safe.isEmpty() ? "(empty)" : safe.toString();
    }

    /** Gives back the attempt taken for {@code key}, which turned out not to count. */
    void giveBack(K key) {
        buckets.get(key).bucket().addTokens(1);
    }

    AttemptLimit limit() {
        return limit;
    }

    BoundedCache<K, ?> buckets() {
        return buckets;
    }

    /** Forgets every key, as a restart would. */
    void clear() {
        buckets.caffeine().invalidateAll();
    }
}
