package org.cpchub.ejb.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.directory.CommitteeStatus;
import org.cpchub.domain.directory.Membership;
import org.cpchub.domain.directory.MembershipRole;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.directory.PersonKind;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.AuditEntry;
import org.cpchub.domain.platform.AuditFilter;
import org.cpchub.domain.shared.EditConflictException;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.domain.shared.StillReferencedException;
import org.cpchub.ejb.support.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory's mappings, migrations and queries on a real database (Derby, or PostgreSQL with -Ppostgres). */
class DirectoryPersistenceTest extends PersistenceTest {

    @BeforeEach
    void open() {
        inTx(() -> em.createQuery("DELETE FROM Membership").executeUpdate());
        inTx(() -> em.createQuery("DELETE FROM Committee").executeUpdate());
        inTx(() -> em.createQuery("DELETE FROM Person").executeUpdate());
        inTx(() -> em.createQuery("DELETE FROM AuditEntry").executeUpdate());
    }

    private Committee committee(String name) {
        return inTx(() -> s.committees.create(new Committee(name, CommitteeKind.COMMITTEE, 3)));
    }

    private Person person(String name) {
        return inTx(() -> s.people.create(new Person(name, PersonKind.COUNCILLOR)));
    }

    @Test
    void committeesArePagedSortedAndSearchedInTheDatabase() {
        for (int i = 1; i <= 25; i++) {
            committee(String.format("Committee %02d", i));
        }
        committee("Corporate Parenting Committee");
        Page<Committee> first = s.committees.find(null, null, new PageRequest(0, 10, "name", true));
        assertEquals(26, first.total());
        assertEquals(10, first.items().size());
        assertEquals("Committee 01", first.items().get(0).getName());
        Page<Committee> last = s.committees.find(null, null, new PageRequest(20, 10, "name", false));
        assertEquals(6, last.items().size());
        assertEquals("Committee 01", last.items().get(5).getName());

        Page<Committee> found = s.committees.find("PARENTING", null, PageRequest.first(10));
        assertEquals(List.of("Corporate Parenting Committee"), found.items().stream().map(Committee::getName).toList());
        assertEquals(0, s.committees.find("100%_", null, PageRequest.first(10)).total(), "wildcards are escaped");
    }

    @Test
    void aSecondCommitteeWithTheSameNameIsRefused() {
        committee("Corporate Parenting Committee");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> inTx(() -> s.committees.create(new Committee("corporate parenting committee",
                        CommitteeKind.COMMITTEE, 3))));
        assertTrue(e.getFieldErrors().get("name").contains("already a committee"));
    }

    @Test
    void invalidInputIsReportedPerField() {
        Committee c = new Committee("", CommitteeKind.COMMITTEE, 0);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> inTx(() -> s.committees.create(c)));
        assertEquals("Enter the committee's name", e.getFieldErrors().get("name"));
        assertEquals("The quorum must be at least 1", e.getFieldErrors().get("quorum"));
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsAConflict() {
        Committee created = committee("Corporate Parenting Committee");
        Committee aliceCopy = s.committees.get(created.getId());
        em.clear();
        Committee bobCopy = s.committees.get(created.getId());
        em.clear();
        aliceCopy.setQuorum(4);
        inTx(() -> s.committees.update(aliceCopy));
        bobCopy.setDefaultVenue("Committee Room 1");
        assertThrows(EditConflictException.class, () -> inTx(() -> s.committees.update(bobCopy)));
        Committee stored = s.committees.get(created.getId());
        assertEquals(4, stored.getQuorum(), "Alice's change stays");
        assertEquals(null, stored.getDefaultVenue(), "Bob's change was not written over it");
    }

    @Test
    void currentMembershipsAreThoseOfTheDay() {
        Committee cpc = committee("Corporate Parenting Committee");
        Person chair = person("Cllr A");
        Person former = person("Cllr B");
        inTx(() -> s.committees.addMembership(cpc.getId(), chair.getId(), MembershipRole.CHAIR,
                LocalDate.of(2024, 5, 20), null));
        inTx(() -> s.committees.addMembership(cpc.getId(), former.getId(), MembershipRole.MEMBER,
                LocalDate.of(2022, 5, 20), LocalDate.of(2024, 5, 19)));
        Person vice = person("Cllr Aardvark");
        inTx(() -> s.committees.addMembership(cpc.getId(), vice.getId(), MembershipRole.VICE_CHAIR,
                LocalDate.of(2024, 5, 20), null));
        List<Membership> current = s.committees.currentMemberships(cpc.getId(), LocalDate.of(2025, 1, 1));
        assertEquals(List.of("Cllr A", "Cllr Aardvark"), current.stream().map(m -> m.getPerson().getName()).toList(),
                "the chair first, then the vice-chair, whatever their names");
        assertEquals(3, s.committees.memberships(cpc.getId()).size());
        assertEquals(1, s.people.memberships(former.getId()).size());
    }

    @Test
    void overlappingMembershipInTheSameRoleIsRefused() {
        Committee cpc = committee("Corporate Parenting Committee");
        Person chair = person("Cllr A");
        inTx(() -> s.committees.addMembership(cpc.getId(), chair.getId(), MembershipRole.CHAIR,
                LocalDate.of(2024, 5, 20), null));
        assertThrows(InvalidInputException.class, () -> inTx(() -> s.committees.addMembership(cpc.getId(),
                chair.getId(), MembershipRole.CHAIR, LocalDate.of(2025, 5, 20), null)));
        assertThrows(InvalidInputException.class, () -> inTx(() -> s.committees.addMembership(cpc.getId(),
                chair.getId(), MembershipRole.MEMBER, LocalDate.of(2025, 5, 20), LocalDate.of(2025, 1, 1))));
    }

    @Test
    void deletingSomethingStillReferencedIsRefusedWithAReason() {
        Committee cpc = committee("Corporate Parenting Committee");
        Person chair = person("Cllr A");
        inTx(() -> s.committees.addMembership(cpc.getId(), chair.getId(), MembershipRole.CHAIR,
                LocalDate.of(2024, 5, 20), null));
        StillReferencedException e = assertThrows(StillReferencedException.class,
                () -> inTx(() -> {
                    s.committees.delete(cpc.getId());
                    return null;
                }));
        assertTrue(e.getMessage().contains("1 membership"), e.getMessage());
        assertThrows(StillReferencedException.class, () -> inTx(() -> {
            s.people.delete(chair.getId());
            return null;
        }));
        Committee unused = committee("Mistake Committee");
        inTx(() -> {
            s.committees.delete(unused.getId());
            return null;
        });
        assertEquals(1, s.committees.find(null, null, PageRequest.first(10)).total());
    }

    @Test
    void everyChangeIsAuditedWithASummary() {
        Committee c = committee("Corporate Parenting Committee");
        Committee edit = s.committees.get(c.getId());
        em.clear();
        edit.setQuorum(4);
        edit.setStatus(CommitteeStatus.DISSOLVED);
        inTx(() -> s.committees.update(edit));
        Page<AuditEntry> trail = s.auditService.find(
                new AuditFilter(null, null, "Committee", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), null),
                PageRequest.first(10));
        assertEquals(2, trail.total());
        AuditEntry update = trail.items().get(0);
        assertEquals(AuditAction.UPDATE, update.getAction());
        assertEquals("quorum: 3 -> 4; status: ACTIVE -> DISSOLVED", update.getSummary());
        assertEquals(0, s.auditService.find(new AuditFilter(null, null, null, LocalDate.of(2026, 3, 3), null, null),
                PageRequest.first(10)).total(), "filter by date");
        assertEquals(1, s.auditService.find(new AuditFilter("system", AuditAction.CREATE, null, null, null, "parenting"),
                PageRequest.first(10)).total(), "filter by actor, action and text");
    }

    @Test
    void panelMemberCentralListFlagsAreStored() {
        Person p = new Person("Panel Social Worker", PersonKind.PANEL_MEMBER);
        p.getCentralList().setOnCentralList(true);
        p.getCentralList().setSocialWorker(true);
        p.getCentralList().setPqeYears(5);
        Person saved = inTx(() -> s.people.create(p));
        Person loaded = s.people.get(saved.getId());
        assertTrue(loaded.getCentralList().isQualifyingSocialWorker());
        assertEquals(1, s.people.find("social", PersonKind.PANEL_MEMBER, PageRequest.first(5)).total());
        Person swWithoutPqe = new Person("Another", PersonKind.PANEL_MEMBER);
        swWithoutPqe.getCentralList().setSocialWorker(true);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> inTx(() -> s.people.create(swWithoutPqe)));
        assertTrue(e.getFieldErrors().containsKey("pqeGivenForSocialWorker"));
    }
}
