package org.diffusioncourse.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/** The sign-in limits on a clock the test moves: how attempts run out and come back. */
class SignInThrottleTest {

    private static final ClientAddress HOME = ClientAddress.of("198.51.100.20");

    /** Nanoseconds that pass only when the test says so. */
    private static final class TestTime implements TimeMeter {
        final AtomicLong nanos = new AtomicLong(1_000_000_000L);

        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void pass(Duration duration) {
            nanos.addAndGet(duration.toNanos());
        }
    }

    private final TestTime time = new TestTime();
    private final SignInThrottle throttle = new SignInThrottle(time, SecurityContextHolder.getContextHolderStrategy());

    /** Attempts until one is refused; the number that were allowed. */
    private int allowedInARow(String username, ClientAddress from) {
        int allowed = 0;
        while (throttle.attempt(username, from).isEmpty()) {
            allowed++;
        }
        return allowed;
    }

    private void use(int attempts, String username) {
        for (int i = 0; i < attempts; i++) {
            assertThat(throttle.attempt(username, HOME)).isEmpty();
        }
    }

    @Test
    void anAccountGetsTenAttemptsThenOneAMinuteAndAllTenAfterTenQuietMinutes() {
        assertThat(allowedInARow("alice", HOME)).isEqualTo(10);
        Optional<Throttle.Pause> pause = throttle.attempt("alice", HOME);
        assertThat(pause).hasValueSatisfying(p -> {
            assertThat(p.retryAfter()).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(60));
            assertThat(p.minutes()).isEqualTo(1);
        });

        time.pass(Duration.ofSeconds(59));
        assertThat(throttle.attempt("alice", HOME)).isPresent();
        time.pass(Duration.ofSeconds(1));
        assertThat(allowedInARow("alice", HOME)).as("one attempt a minute").isEqualTo(1);

        time.pass(Duration.ofMinutes(10));
        assertThat(allowedInARow("alice", HOME)).as("a window that refills: never locked out for good").isEqualTo(10);
    }

    @Test
    void theAccountLimitHoldsWhateverCaseOrSpacesTheUsernameIsTypedIn() {
        assertThat(allowedInARow("alice", HOME)).isEqualTo(10);
        assertThat(throttle.attempt("  ALICE ", ClientAddress.of("203.0.113.9"))).isPresent();
    }

    @Test
    void oneAddressGetsFiftyAttemptsAcrossAccounts() {
        int allowed = 0;
        for (int account = 0; throttle.attempt("user-" + account, HOME).isEmpty(); account++) {
            allowed++;
        }
        assertThat(allowed).isEqualTo(50);
        assertThat(throttle.attempt("someone-else", HOME)).isPresent();
        assertThat(throttle.attempt("someone-else", ClientAddress.of("198.51.100.21"))).isEmpty();
        time.pass(Duration.ofSeconds(12));
        assertThat(throttle.attempt("someone-else", HOME)).as("one every 12 s").isEmpty();
    }

    @Test
    void anAttemptRefusedForItsAccountDoesNotCountAgainstItsAddress() {
        assertThat(allowedInARow("alice", HOME)).isEqualTo(10);
        for (int i = 0; i < 100; i++) {
            assertThat(throttle.attempt("alice", HOME)).isPresent();
        }
        assertThat(allowedInARow("bob", HOME)).as("the address has 40 left, bob's own limit is 10").isEqualTo(10);
    }

    @Test
    void signInsThatSucceedCostNothing() {
        for (int i = 0; i < 1000; i++) {
            assertThat(throttle.attempt("alice", HOME)).isEmpty();
            throttle.succeeded("alice", HOME);
        }
    }

    @Test
    void aPauseStartsOnceAndAgainOnlyAfterTheBucketHasFilledUp() {
        use(10, "alice");
        assertThat(throttle.attempt("alice", HOME)).hasValueSatisfying(p -> assertThat(p.starts()).isTrue());
        for (int minute = 0; minute < 30; minute++) {
            // A guesser who keeps at it gets an attempt a minute and stays in the same pause.
            time.pass(Duration.ofMinutes(1));
            assertThat(throttle.attempt("alice", HOME)).isEmpty();
            assertThat(throttle.attempt("alice", HOME)).hasValueSatisfying(p -> assertThat(p.starts()).isFalse());
        }
        time.pass(AttemptLimit.SIGN_IN_ACCOUNT.refill());
        use(10, "alice");
        assertThat(throttle.attempt("alice", HOME)).hasValueSatisfying(p -> assertThat(p.starts()).isTrue());
    }

    @Test
    void theBucketsAreBoundedHoweverManyUsernamesAndAddressesAreTried() {
        for (int i = 0; i < 200_000; i++) {
            throttle.attempt("sprayed-" + i, ClientAddress.of("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255)));
        }
        throttle.caches().forEach(cache -> {
            cache.caffeine().cleanUp();
            assertThat(cache.caffeine().estimatedSize()).as(cache.name()).isLessThanOrEqualTo(cache.bound());
        });
        assertThat(throttle.caches()).extracting(cache -> cache.bound())
                .containsExactly((long) AttemptLimit.SIGN_IN_ACCOUNT.keys(), (long) AttemptLimit.SIGN_IN_ADDRESS.keys());
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64AndIpv4ByItsAddress() {
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1")).isEqualTo(ClientAddress.of("2001:db8:1:2:bbbb::99"))
                .isNotEqualTo(ClientAddress.of("2001:db8:1:3::1"));
        assertThat(ClientAddress.of("2001:db8:1:2::1").value()).isEqualTo("20010db800010002::/64");
        assertThat(ClientAddress.of("198.51.100.20").value()).isEqualTo("198.51.100.20");
        assertThat(ClientAddress.of("::ffff:198.51.100.20")).isEqualTo(ClientAddress.of("198.51.100.20"));
        assertThat(ClientAddress.of(null)).isEqualTo(ClientAddress.UNKNOWN);
        assertThat(ClientAddress.of("not an address").value()).isEqualTo("not an address");
    }
}
