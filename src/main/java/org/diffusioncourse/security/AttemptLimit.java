package org.diffusioncourse.security;

import java.time.Duration;

/**
 * Every limit on attempts the site keeps, one token bucket per key: a key starts with
 * {@link #attempts()} attempts, each attempt takes one, and they come back evenly, all of them
 * over {@link #refill()} (one every {@link #perAttempt()}). So a client that keeps trying gets one
 * attempt per interval, and one that waits {@link #refill()} has its full allowance again: no
 * one is locked out for good. The buckets live in this instance's memory, at most
 * {@link #keys()} of them per limit (the least used are dropped first; a dropped bucket is a
 * full one).
 */
enum AttemptLimit {

    /** Wrong passwords for one username, from anywhere; a successful sign-in costs nothing. */
    SIGN_IN_ACCOUNT("sign-in-accounts", "Sign-in", "the account", "failed attempts", 10, Duration.ofMinutes(10), 50_000),
    /** Wrong passwords from one client address, for any usernames (a classroom behind one NAT included). */
    SIGN_IN_ADDRESS("sign-in-addresses", "Sign-in", "the client address", "failed attempts", 50, Duration.ofMinutes(10),
            50_000),
    /**
     * Sign-ups from one client address that get as far as the username check, whose answer says
     * whether an account exists; a typing mistake in the username costs nothing.
     */
    SIGN_UP_ADDRESS("sign-up-addresses", "Sign-up", "the client address", "sign-ups", 30, Duration.ofMinutes(30), 10_000);

    private final String cacheName;
    private final String action;
    private final String keyLabel;
    private final String counted;
    private final int attempts;
    private final Duration refill;
    private final int keys;

    AttemptLimit(String cacheName, String action, String keyLabel, String counted, int attempts, Duration refill,
            int keys) {
        this.cacheName = cacheName;
        this.action = action;
        this.keyLabel = keyLabel;
        this.counted = counted;
        this.attempts = attempts;
        this.refill = refill;
        this.keys = keys;
    }

    /** The name of its buckets' cache in the metrics, e.g. {@code sign-in-accounts}. */
    String cacheName() {
        return cacheName;
    }

    /** What is paused, for the log: "Sign-in", "Sign-up". */
    String action() {
        return action;
    }

    /** What a key is, for the log: "the account", "the client address". */
    String keyLabel() {
        return keyLabel;
    }

    /** What the attempts are, for the log: "failed attempts", "sign-ups". */
    String counted() {
        return counted;
    }

    int attempts() {
        return attempts;
    }

    Duration refill() {
        return refill;
    }

    Duration perAttempt() {
        return refill.dividedBy(attempts);
    }

    int keys() {
        return keys;
    }
}
