package org.cpchub.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import org.cpchub.domain.platform.Role;

/**
 * The application's roles. They are mapped to the same-named groups that the identity store gives a
 * user (glassfish-application.xml); sign-in itself is {@link StaffAuthenticationMechanism}.
 */
@ApplicationScoped
@DeclareRoles({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.OFFICER, Role.Names.MEMBER, Role.Names.PANEL,
        Role.Names.DECISION_MAKER, Role.Names.ANALYST})
public class SecurityConfiguration {
}
