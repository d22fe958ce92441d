package org.cpchub.domain.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountLockoutTest {
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private UserAccount account() {
        return new UserAccount("Clerk ", "A Clerk", "hash", Set.of(Role.CLERK));
    }

    @Test
    void fiveFailuresLockTheAccountForFifteenMinutes() {
        UserAccount a = account();
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin(NOW, LoginThrottle.DEFAULT);
            assertFalse(a.isLockedAt(NOW), "locked after " + (i + 1) + " failures");
        }
        a.recordFailedLogin(NOW, LoginThrottle.DEFAULT);
        assertTrue(a.isLockedAt(NOW));
        assertTrue(a.isLockedAt(NOW.plus(Duration.ofMinutes(14))));
        assertFalse(a.isLockedAt(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void successfulLoginResetsTheCount() {
        UserAccount a = account();
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin(NOW, LoginThrottle.DEFAULT);
        }
        a.recordSuccessfulLogin(NOW);
        a.recordFailedLogin(NOW, LoginThrottle.DEFAULT);
        assertFalse(a.isLockedAt(NOW));
        assertEquals(1, a.getFailedLogins());
        assertEquals(NOW, a.getLastLogin());
    }

    @Test
    void passwordResetLiftsTheLock() {
        UserAccount a = account();
        for (int i = 0; i < 5; i++) {
            a.recordFailedLogin(NOW, LoginThrottle.DEFAULT);
        }
        a.changePasswordHash("new");
        assertFalse(a.isLockedAt(NOW));
        assertNull(a.getLockedUntil());
    }

    @Test
    void userNamesAreStoredInLowerCaseWithoutSpaces() {
        assertEquals("clerk", account().getUsername());
        assertEquals(Set.of("CLERK"), account().getRoleNames());
    }
}
