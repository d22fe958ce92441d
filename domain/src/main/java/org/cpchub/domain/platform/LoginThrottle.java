package org.cpchub.domain.platform;

import java.time.Duration;

/**
 * How repeated failed logins are slowed down: after {@code maxFailures} wrong passwords in a row
 * the account is locked for {@code lockout}. (NCSC password guidance: throttle, don't expire.)
 */
public record LoginThrottle(int maxFailures, Duration lockout) {
    public static final LoginThrottle DEFAULT = new LoginThrottle(5, Duration.ofMinutes(15));

    public LoginThrottle {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        if (lockout.isNegative() || lockout.isZero()) {
            throw new IllegalArgumentException("lockout must be positive");
        }
    }

    /** Whether this many failures in a row lock the account. */
    public boolean locks(int consecutiveFailures) {
        return consecutiveFailures >= maxFailures;
    }
}
