package org.cpchub.ejb.meetings;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.platform.UserAccount;
import org.cpchub.domain.shared.AccessRefusedException;
import org.cpchub.ejb.platform.Caller;

/**
 * Who may read which committee's papers. Officers, clerks and the other staff roles read every committee;
 * a councillor (MEMBER and no other role) reads the committees their directory entry sits or sat on,
 * exempt items included.
 */
@Stateless
@PermitAll
public class CommitteeAccess {
    private static final Set<String> STAFF_ROLES = Set.of(Role.Names.ADMIN, Role.Names.CLERK, Role.Names.OFFICER,
            Role.Names.PANEL, Role.Names.DECISION_MAKER, Role.Names.ANALYST);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** Empty when the caller reads every committee; else the person whose committees they read (-1: none). */
    public Optional<Long> restrictedToPerson() {
        if (STAFF_ROLES.stream().anyMatch(context::isCallerInRole) || !context.isCallerInRole(Role.Names.MEMBER)) {
            return Optional.empty();
        }
        return Optional.of(em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", Caller.name(context)).getResultStream()
                .map(UserAccount::getPersonId).filter(id -> id != null).findFirst().orElse(-1L));
    }

    public void checkMayRead(Committee committee) {
        Optional<Long> person = restrictedToPerson();
        if (person.isPresent() && em.createNamedQuery("Membership.countByCommitteeAndPerson", Long.class)
                .setParameter("committeeId", committee.getId()).setParameter("personId", person.get())
                .getSingleResult() == 0) {
            throw new AccessRefusedException("Councillors read the papers of the committees they sit on.");
        }
    }
}
