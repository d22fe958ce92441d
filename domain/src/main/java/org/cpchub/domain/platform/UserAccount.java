package org.cpchub.domain.platform;

import org.cpchub.domain.shared.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A login to the staff side, with its roles and its failed-login state. */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByUsername", query = "SELECT u FROM UserAccount u WHERE u.username = :username")
public class UserAccount extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int USERNAME_MAX = 60;
    public static final int DISPLAY_NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;


    @NotBlank(message = "Enter a user name")
    @Size(min = 3, max = USERNAME_MAX, message = "The user name must be {min} to {max} characters")
    @Pattern(regexp = "[a-z0-9._-]+", message = "Use lower-case letters, digits, dots, hyphens and underscores")
    @Column(name = "username", nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @NotBlank(message = "Enter the person's name")
    @Size(max = DISPLAY_NAME_MAX, message = "The name can be at most {max} characters")
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Email(message = "Enter an e-mail address like name@example.gov.uk")
    @Size(max = EMAIL_MAX)
    @Column(name = "email", length = EMAIL_MAX)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login")
    private Instant lastLogin;

    /** The directory entry of the person who uses this login, if linked (officers own action points). */
    @Column(name = "person_id")
    private Long personId;

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = normalise(Objects.requireNonNull(username, "username"));
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        setRoles(roles);
    }

    /** User names are compared in lower case, without surrounding spaces. */
    public static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password; locks the account when the throttle says so. */
    public void recordFailedLogin(Instant now, LoginThrottle throttle) {
        failedLogins++;
        if (throttle.locks(failedLogins)) {
            lockedUntil = now.plus(throttle.lockout());
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLogin = now;
    }

    /** A new password (already hashed) also lifts a lock: the admin has just vouched for the user. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    public Set<String> getRoleNames() {
        return roles.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    public String getRolesText() {
        return roles.stream().map(Role::getLabel).sorted().collect(Collectors.joining(", "));
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = normalise(username);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Instant getLastLogin() {
        return lastLogin;
    }

}
