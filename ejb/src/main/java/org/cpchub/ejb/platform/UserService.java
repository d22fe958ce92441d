package org.cpchub.ejb.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.PasswordPolicy;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.platform.UserAccount;
import org.cpchub.domain.shared.BusinessException;
import org.cpchub.domain.shared.ChangeSummary;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;

/** User administration: accounts, roles, enabling and disabling, password resets. ADMIN only. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class UserService {
    private static final Map<String, String> SORTABLE = Map.of(
            "username", "u.username", "displayName", "u.displayName", "lastLogin", "u.lastLogin");

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Resource
    SessionContext context;

    public Page<UserAccount> find(String text, PageRequest page) {
        return PagedQuery.of(em, UserAccount.class, "u")
                .whereContains(text, "u.username", "u.displayName")
                .fetch(page, SORTABLE, "u.username");
    }

    public UserAccount get(long id) {
        UserAccount u = em.find(UserAccount.class, id);
        if (u == null) {
            throw new NotFoundException("User", id);
        }
        return u;
    }

    public UserAccount create(String username, String displayName, String email, Set<Role> roles, String password) {
        String name = UserAccount.normalise(username);
        checkPassword(password, name);
        UserAccount account = new UserAccount(name == null ? "" : name, displayName == null ? "" : displayName,
                "pending", roles);
        account.setEmail(email);
        validator.check(account);
        if (!em.createNamedQuery("UserAccount.findByUsername", UserAccount.class).setParameter("username", name)
                .getResultList().isEmpty()) {
            throw InvalidInputException.of("username", "There is already a user called " + name + ".");
        }
        account.changePasswordHash(hasher.hash(password));
        em.persist(account);
        em.flush();
        audit.record(AuditAction.CREATE, "UserAccount", account.getId(), name,
                "created with roles " + account.getRolesText());
        return account;
    }

    public UserAccount update(UserAccount edited) {
        UserAccount current = get(edited.getId());
        validator.check(edited);
        if (current.getUsername().equals(Caller.name(context)) && current.getRoles().contains(Role.ADMIN)
                && (!edited.getRoles().contains(Role.ADMIN) || !edited.isEnabled())) {
            throw new BusinessException("You cannot remove your own administrator role or disable your own account:"
                    + " ask another administrator.");
        }
        ChangeSummary changes = new ChangeSummary()
                .field("name", current.getDisplayName(), edited.getDisplayName())
                .field("e-mail", current.getEmail(), edited.getEmail())
                .field("roles", current.getRolesText(), edited.getRolesText())
                .field("enabled", current.isEnabled(), edited.isEnabled())
                .field("person", current.getPersonId(), edited.getPersonId());
        UserAccount saved = Jpa.mergeChecked(em, edited, "The user " + current.getUsername());
        audit.record(AuditAction.UPDATE, "UserAccount", saved.getId(), saved.getUsername(), changes.toString());
        return saved;
    }

    public void resetPassword(long id, String newPassword) {
        UserAccount account = get(id);
        checkPassword(newPassword, account.getUsername());
        account.changePasswordHash(hasher.hash(newPassword));
        audit.record(AuditAction.UPDATE, "UserAccount", id, account.getUsername(), "password reset by administrator");
    }

    public void setEnabled(long id, boolean enabled) {
        UserAccount account = get(id);
        if (!enabled && account.getUsername().equals(Caller.name(context))) {
            throw new BusinessException("You cannot disable your own account.");
        }
        if (account.isEnabled() != enabled) {
            account.setEnabled(enabled);
            audit.record(AuditAction.UPDATE, "UserAccount", id, account.getUsername(),
                    enabled ? "account enabled" : "account disabled");
        }
    }

    public static Set<Role> allRoles() {
        return EnumSet.allOf(Role.class);
    }

    private static void checkPassword(String password, String username) {
        PasswordPolicy.check(password, username).ifPresent(reason -> {
            throw InvalidInputException.of("password", reason);
        });
    }
}
