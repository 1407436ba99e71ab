package org.tsag.tracker.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The rules of sign-in throttling, without a database or a clock (issue 19, item 1).
 * <ul>
 * <li>An account is locked, for the client address group that failed, after
 *     {@code accountFailures} failures within {@code window}; the lock lasts {@code window} from
 *     the last of them and then ends by itself. Failures before a lock never count again, so one
 *     more miss after it does not lock again. Other addresses are not locked out, so an attacker
 *     cannot keep the real user from signing in.</li>
 * <li>A client address group that fails more than {@code clientFreeFailures} times within
 *     {@code window}, whatever the accounts, waits {@code clientDelay} doubled for every further
 *     failure (at most {@code window}) before its next attempt.</li>
 * </ul>
 * Attempts refused by these rules are not counted as failures, so waiting always ends them.
 */
record LoginLimits(int accountFailures, Duration window, int clientFreeFailures, Duration clientDelay) {

    static final LoginLimits DEFAULT = new LoginLimits(5, Duration.ofMinutes(15), 10, Duration.ofSeconds(1));

    /** How far back failures can matter to {@link #accountLockedUntil}. */
    Duration history() {
        return window.multipliedBy(2);
    }

    /**
     * @param failures the failures of one account from one client group, oldest first, at least
     *                 those of the last {@link #history()}
     * @return the end of the lock, when the account is locked for that client at {@code now}
     */
    Optional<Instant> accountLockedUntil(List<Instant> failures, Instant now) {
        Deque<Instant> recent = new ArrayDeque<>();
        Instant lockedUntil = null;
        for (Instant failure : failures) {
            if (lockedUntil != null && failure.isBefore(lockedUntil)) {
                // a failure that raced the lock: it neither extends it nor counts after it
                continue;
            }
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(failure.minus(window))) {
                recent.removeFirst();
            }
            recent.addLast(failure);
            if (recent.size() >= accountFailures) {
                lockedUntil = failure.plus(window);
                recent.clear();
            }
        }
        return lockedUntil != null && lockedUntil.isAfter(now) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /**
     * @param failuresInWindow the failures of one client group within {@link #window()} before {@code now}
     * @param lastFailure      the latest of them
     * @return when the client may try again, if not yet
     */
    Optional<Instant> clientWaitUntil(int failuresInWindow, Instant lastFailure, Instant now) {
        if (failuresInWindow < clientFreeFailures || lastFailure == null) {
            return Optional.empty();
        }
        int doublings = Math.min(failuresInWindow - clientFreeFailures, 30);
        Duration delay = clientDelay.multipliedBy(1L << doublings);
        if (delay.compareTo(window) > 0) {
            delay = window;
        }
        Instant until = lastFailure.plus(delay);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
