package org.cpchub.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.cpchub.domain.platform.Role;

/** The signed-in user for the pages: name, roles, and role tests that decide what the menu shows. */
@Named
@RequestScoped
public class CurrentUser {
    @Inject
    SecurityContext security;

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public String getName() {
        Principal p = security.getCallerPrincipal();
        return p == null ? "" : p.getName();
    }

    public boolean is(String role) {
        return security.isCallerInRole(role);
    }

    public String getRolesText() {
        return Arrays.stream(Role.values()).filter(r -> security.isCallerInRole(r.name()))
                .map(Role::getLabel).collect(Collectors.joining(", "));
    }

    public boolean isAdmin() {
        return is(Role.Names.ADMIN);
    }

    /** Clerks and admins edit the directory. */
    public boolean isDirectoryEditor() {
        return is(Role.Names.CLERK) || is(Role.Names.ADMIN);
    }
}
