package org.cpchub.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cpchub.domain.platform.UserAccount;
import org.cpchub.ejb.platform.UserService;
import org.cpchub.web.support.DatabasePagedModel;

/** The list of user accounts. */
@Named
@ViewScoped
public class UsersPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient UserService users;

    private String search;
    private final DatabasePagedModel<UserAccount> model = new DatabasePagedModel<>(
            page -> users.find(search, page), UserAccount::getId, "username");

    public DatabasePagedModel<UserAccount> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
