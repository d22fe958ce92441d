package org.cpchub.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.directory.Membership;
import org.cpchub.domain.directory.MembershipRole;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.directory.PersonKind;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.AuditEntry;
import org.cpchub.domain.platform.AuditFilter;
import org.cpchub.domain.shared.EditConflictException;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.domain.shared.StillReferencedException;
import org.cpchub.ejb.directory.CommitteeService;
import org.cpchub.ejb.directory.PersonService;
import org.cpchub.ejb.platform.AuditService;
import org.cpchub.it.support.Callers;
import org.cpchub.it.support.ServiceArchive;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The directory services in the server: who may do what, validation, conflicts, refusals and the audit trail. */
@ExtendWith(ArquillianExtension.class)
class DirectoryServiceIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("directory-it", DirectoryServiceIT.class);
    }

    @EJB
    Callers callers;

    @EJB
    CommitteeService committees;

    @EJB
    PersonService people;

    @EJB
    AuditService audit;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @ParameterizedTest(name = "{0} can create committees")
    @ValueSource(strings = {"CLERK", "ADMIN"})
    void clerksAndAdminsCreateCommittees(String role) throws Exception {
        String name = unique("Adoption Sub-Committee");
        Committee c = callers.as(role, () -> committees.create(new Committee(name, CommitteeKind.SUB_COMMITTEE, 3)));
        assertNotNull(c.getId());
        assertEquals(name, callers.as("MEMBER", () -> committees.get(c.getId())).getName());
    }

    @ParameterizedTest(name = "{0} cannot create committees")
    @ValueSource(strings = {"OFFICER", "MEMBER", "PANEL", "DECISION_MAKER", "ANALYST"})
    void otherRolesMayReadButNotChangeTheDirectory(String role) throws Exception {
        assertTrue(callers.as(role, () -> committees.find(null, null, PageRequest.first(5))).total() >= 0);
        assertThrows(EJBAccessException.class, () -> callers.as(role,
                () -> committees.create(new Committee(unique("Not allowed"), CommitteeKind.COMMITTEE, 3))));
        assertThrows(EJBAccessException.class, () -> callers.as(role,
                () -> people.create(new Person(unique("Not allowed"), PersonKind.OFFICER))));
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThrows(EJBAccessException.class, () -> committees.find(null, null, PageRequest.first(5)));
        assertThrows(EJBAccessException.class, () -> people.get(1L));
        assertThrows(EJBAccessException.class, () -> audit.find(AuditFilter.none(), PageRequest.first(5)));
    }

    @Test
    void onlyAdminsReadTheAuditTrail() throws Exception {
        assertThrows(EJBAccessException.class,
                () -> callers.as("CLERK", () -> audit.find(AuditFilter.none(), PageRequest.first(5))));
        assertTrue(callers.as("ADMIN", () -> audit.find(AuditFilter.none(), PageRequest.first(5))).total() > 0);
    }

    @Test
    void invalidInputComesBackAsFieldMessages() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> callers.as("CLERK", () -> committees.create(new Committee(" ", CommitteeKind.COMMITTEE, 0))));
        assertEquals("Enter the committee's name", e.getFieldErrors().get("name"));
        assertEquals("The quorum must be at least 1", e.getFieldErrors().get("quorum"));
    }

    @Test
    void addingAMemberIsAuditedUnderTheCallersName() throws Exception {
        String name = unique("Corporate Parenting Working Group");
        Committee c = callers.as("CLERK", () -> committees.create(new Committee(name, CommitteeKind.SUB_COMMITTEE, 2)));
        Person p = callers.as("CLERK", () -> people.create(new Person(unique("Cllr Test"), PersonKind.COUNCILLOR)));
        callers.as("CLERK", () -> committees.addMembership(c.getId(), p.getId(), MembershipRole.CHAIR,
                LocalDate.of(2026, 5, 18), null));
        List<Membership> members = callers.as("MEMBER", () -> committees.currentMemberships(c.getId(),
                LocalDate.of(2026, 6, 1)));
        assertEquals(1, members.size());
        assertEquals(MembershipRole.CHAIR, members.get(0).getRole());

        List<AuditEntry> trail = callers.as("ADMIN", () -> audit.find(
                new AuditFilter("it-clerk", AuditAction.CREATE, "Membership", null, null, name),
                PageRequest.first(5))).items();
        assertEquals(1, trail.size(), "one audit line for the new membership");
        assertEquals("Chair from 2026-05-18", trail.get(0).getSummary());
    }

    @Test
    void aStaleEditIsRefusedAsAConflict() throws Exception {
        Committee c = callers.as("CLERK", () -> committees.create(new Committee(unique("Conflict Test"),
                CommitteeKind.COMMITTEE, 3)));
        Committee first = callers.as("CLERK", () -> committees.get(c.getId()));
        Committee second = callers.as("CLERK", () -> committees.get(c.getId()));
        first.setQuorum(5);
        callers.as("CLERK", () -> committees.update(first));
        second.setDefaultVenue("Committee Room 2");
        EditConflictException e = assertThrows(EditConflictException.class,
                () -> callers.as("CLERK", () -> committees.update(second)));
        assertTrue(e.getMessage().contains("changed by someone else"));
        assertEquals(5, callers.as("CLERK", () -> committees.get(c.getId())).getQuorum());
    }

    @Test
    void aCommitteeWithMembersCannotBeDeleted() throws Exception {
        Committee c = callers.as("CLERK", () -> committees.create(new Committee(unique("Keep Me"),
                CommitteeKind.COMMITTEE, 3)));
        Person p = callers.as("CLERK", () -> people.create(new Person(unique("Cllr Keep"), PersonKind.COUNCILLOR)));
        callers.as("CLERK", () -> committees.addMembership(c.getId(), p.getId(), MembershipRole.MEMBER,
                LocalDate.of(2025, 5, 19), null));
        StillReferencedException e = assertThrows(StillReferencedException.class,
                () -> callers.as("CLERK", () -> {
                    committees.delete(c.getId());
                    return null;
                }));
        assertTrue(e.getMessage().contains("mark it as dissolved"), e.getMessage());
    }
}
