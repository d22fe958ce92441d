package org.cpchub.ejb.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.LoginThrottle;
import org.cpchub.domain.platform.UserAccount;

/**
 * Checks a user name and password for the identity store. Every failure looks the same to the caller
 * (unknown user, wrong password, disabled or locked account), takes about the same time, and is
 * audited; five failures in a row lock the account for fifteen minutes.
 */
@Stateless
@PermitAll
public class CredentialService {
    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    LoginThrottle throttle = LoginThrottle.DEFAULT;

    public Optional<SignedInUser> authenticate(String username, String password) {
        String name = UserAccount.normalise(username);
        if (name == null || name.isEmpty() || password == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<UserAccount> found = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", name).getResultStream().findFirst();
        if (found.isEmpty()) {
            hasher.spendVerificationTime(password);
            audit.recordAs(shorten(name), AuditAction.LOGIN_FAILED, "UserAccount", null, name, "unknown user name");
            return Optional.empty();
        }
        UserAccount account = found.get();
        boolean passwordRight = hasher.matches(password, account.getPasswordHash());
        String refusal = !account.isEnabled() ? "account disabled"
                : account.isLockedAt(now) ? "account locked until " + account.getLockedUntil()
                : !passwordRight ? "wrong password" : null;
        if (refusal != null) {
            if (account.isEnabled() && !account.isLockedAt(now)) {
                account.recordFailedLogin(now, throttle);
                if (account.isLockedAt(now)) {
                    refusal += "; account locked for " + throttle.lockout().toMinutes() + " minutes";
                }
            }
            audit.recordAs(name, AuditAction.LOGIN_FAILED, "UserAccount", account.getId(), name, refusal);
            return Optional.empty();
        }
        account.recordSuccessfulLogin(now);
        audit.recordAs(name, AuditAction.LOGIN, "UserAccount", account.getId(), name, "signed in");
        return Optional.of(new SignedInUser(account.getUsername(), account.getDisplayName(), account.getRoleNames()));
    }

    private static String shorten(String s) {
        return s.length() > UserAccount.USERNAME_MAX ? s.substring(0, UserAccount.USERNAME_MAX) : s;
    }
}
