package org.cpchub.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.EnumSet;
import java.util.UUID;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.AuditFilter;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.platform.UserAccount;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.ejb.platform.AuditService;
import org.cpchub.ejb.platform.CredentialService;
import org.cpchub.ejb.platform.PasswordHasher;
import org.cpchub.ejb.platform.UserService;
import org.cpchub.it.support.Callers;
import org.cpchub.it.support.ServiceArchive;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** User administration and sign-in checks in the server: password policy, hashing, lockout, audit. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {
    private static final String GOOD_PASSWORD = "tea kettle harbour lantern";

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("accounts-it", AccountServiceIT.class);
    }

    @EJB
    Callers callers;

    @EJB
    UserService users;

    @EJB
    CredentialService credentials;

    @EJB
    AuditService audit;

    private UserAccount newUser(Role role) throws Exception {
        String name = "it-user-" + UUID.randomUUID().toString().substring(0, 8);
        return callers.as("ADMIN", () -> users.create(name, "Test User", null, EnumSet.of(role), GOOD_PASSWORD));
    }

    @Test
    void onlyAdminsManageUsers() {
        for (String role : new String[] {"CLERK", "OFFICER", "MEMBER", "PANEL", "DECISION_MAKER", "ANALYST"}) {
            assertThrows(EJBAccessException.class, () -> callers.as(role,
                    () -> users.create("x" + role.toLowerCase(), "X", null, EnumSet.of(Role.ADMIN), GOOD_PASSWORD)),
                    role);
        }
    }

    @Test
    void passwordsAreHashedWithPbkdf2Sha512AndAtLeast210000Iterations() throws Exception {
        UserAccount u = newUser(Role.CLERK);
        String hash = callers.as("ADMIN", () -> users.get(u.getId())).getPasswordHash();
        String[] parts = hash.split(":");
        assertEquals(PasswordHasher.ALGORITHM, parts[0], hash);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000, hash);
        assertTrue(!hash.contains(GOOD_PASSWORD));
        assertTrue(credentials.authenticate(u.getUsername(), GOOD_PASSWORD).isPresent());
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() {
        InvalidInputException shortOne = assertThrows(InvalidInputException.class, () -> callers.as("ADMIN",
                () -> users.create("it-short", "Short", null, EnumSet.of(Role.CLERK), "tooshort")));
        assertTrue(shortOne.getFieldErrors().get("password").contains("at least 12"));
        InvalidInputException common = assertThrows(InvalidInputException.class, () -> callers.as("ADMIN",
                () -> users.create("it-common", "Common", null, EnumSet.of(Role.CLERK), "qwertyuiop123")));
        assertTrue(common.getFieldErrors().get("password").contains("commonly used"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndEveryAttemptIsAudited() throws Exception {
        UserAccount u = newUser(Role.OFFICER);
        for (int i = 0; i < 5; i++) {
            assertTrue(credentials.authenticate(u.getUsername(), "wrong password " + i).isEmpty());
        }
        assertTrue(credentials.authenticate(u.getUsername(), GOOD_PASSWORD).isEmpty(),
                "locked: even the right password is refused for 15 minutes");
        UserAccount locked = callers.as("ADMIN", () -> users.get(u.getId()));
        assertTrue(locked.getLockedUntil() != null);
        long failures = callers.as("ADMIN", () -> audit.find(new AuditFilter(u.getUsername(), AuditAction.LOGIN_FAILED,
                null, null, null, null), PageRequest.first(20))).total();
        assertEquals(6, failures);

        callers.as("ADMIN", () -> {
            users.resetPassword(u.getId(), "a brand new long passphrase");
            return null;
        });
        assertTrue(credentials.authenticate(u.getUsername(), "a brand new long passphrase").isPresent(),
                "an administrator's reset lifts the lock");
    }

    @Test
    void disabledAccountsCannotSignIn() throws Exception {
        UserAccount u = newUser(Role.MEMBER);
        callers.as("ADMIN", () -> {
            users.setEnabled(u.getId(), false);
            return null;
        });
        assertTrue(credentials.authenticate(u.getUsername(), GOOD_PASSWORD).isEmpty());
    }

    @Test
    void signInReturnsTheRolesAsGroups() throws Exception {
        UserAccount u = newUser(Role.ANALYST);
        assertEquals(java.util.Set.of("ANALYST"),
                credentials.authenticate(u.getUsername().toUpperCase(), GOOD_PASSWORD).orElseThrow().roles(),
                "user names are not case-sensitive");
    }
}
