package org.cpchub.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.platform.UserAccount;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.ejb.platform.UserService;
import org.cpchub.web.support.Messages;
import org.cpchub.web.support.PageParameters;

/** Creating a user, or editing one: name, e-mail, roles, enabled, and a password reset. */
@Named
@ViewScoped
public class UserPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient UserService users;

    @EJB
    transient org.cpchub.ejb.directory.PersonService people;

    private String idParam;
    private Long id;
    private UserAccount account;
    private List<Role> roles = new ArrayList<>();

    // new user
    private String username;
    private String displayName;
    private String email;
    private String password;

    // reset
    private String newPassword;

    /** The directory entry of the login's user: a councillor reads their committees' papers, an officer owns actions. */
    private org.cpchub.domain.directory.Person person;

    public void load() {
        Optional<Long> parsed = PageParameters.id(idParam);
        if (parsed.isEmpty()) {
            return;
        }
        id = parsed.get();
        try {
            account = users.get(id);
            roles = new ArrayList<>(account.getRoles());
            person = account.getPersonId() == null ? null : people.get(account.getPersonId());
        } catch (NotFoundException e) {
            PageParameters.notFound(e.getMessage());
        }
    }

    public boolean isNew() {
        return account == null;
    }

    public String create() {
        UserAccount[] created = new UserAccount[1];
        if (!Messages.attempt("user", () -> created[0] = users.create(username, displayName, email, roleSet(),
                password))) {
            return null;
        }
        Messages.info("The user " + created[0].getUsername() + " was created.");
        return "/staff/admin/user?faces-redirect=true&id=" + created[0].getId();
    }

    public String save() {
        account.setRoles(roleSet());
        account.setPersonId(person == null ? null : person.getId());
        if (!Messages.attempt("user", () -> account = users.update(account))) {
            return null;
        }
        Messages.info("The user " + account.getUsername() + " was saved.");
        return "/staff/admin/user?faces-redirect=true&id=" + account.getId();
    }

    public void resetPassword() {
        if (Messages.attempt("reset", () -> users.resetPassword(account.getId(), newPassword))) {
            newPassword = null;
            account = users.get(account.getId());
            Messages.info("The password of " + account.getUsername() + " was reset. Tell the user in person or by"
                    + " phone, not by e-mail.");
        }
    }

    private EnumSet<Role> roleSet() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public UserAccount getAccount() {
        return account;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public java.util.List<org.cpchub.domain.directory.Person> suggestPeople(String text) {
        return people.suggest(text, 12);
    }

    public org.cpchub.domain.directory.Person getPerson() {
        return person;
    }

    public void setPerson(org.cpchub.domain.directory.Person person) {
        this.person = person;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
