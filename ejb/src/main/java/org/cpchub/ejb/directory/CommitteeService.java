package org.cpchub.ejb.directory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeStatus;
import org.cpchub.domain.directory.Membership;
import org.cpchub.domain.directory.MembershipRole;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.ChangeSummary;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.domain.shared.StillReferencedException;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.InputValidator;
import org.cpchub.ejb.platform.Jpa;
import org.cpchub.ejb.platform.PagedQuery;

/** Committees and panels with their memberships. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.OFFICER, Role.Names.MEMBER, Role.Names.PANEL,
        Role.Names.DECISION_MAKER, Role.Names.ANALYST})
public class CommitteeService {
    private static final String TYPE = "Committee";
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "c.name", "kind", "c.kind", "quorum", "c.quorum", "status", "c.status");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    /** A page of committees whose name contains the text (any case), optionally only those with a status. */
    public Page<Committee> find(String text, CommitteeStatus status, PageRequest page) {
        return PagedQuery.of(em, Committee.class, "c")
                .whereContains(text, "c.name")
                .where("c.status = :status", "status", status)
                .fetch(page, SORTABLE, "c.name");
    }

    public List<Committee> active() {
        return em.createNamedQuery("Committee.findActive", Committee.class).getResultList();
    }

    public Committee get(long id) {
        Committee c = em.find(Committee.class, id);
        if (c == null) {
            throw new NotFoundException(TYPE, id);
        }
        return c;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public Committee create(Committee committee) {
        validator.check(committee);
        requireUniqueName(committee.getName(), null);
        em.persist(committee);
        em.flush();
        audit.record(AuditAction.CREATE, TYPE, committee.getId(), committee.getName(),
                "created " + committee.getKind().getLabel().toLowerCase() + ", quorum " + committee.getQuorum());
        return committee;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public Committee update(Committee edited) {
        validator.check(edited);
        Committee current = get(edited.getId());
        requireUniqueName(edited.getName(), edited.getId());
        ChangeSummary changes = new ChangeSummary()
                .field("name", current.getName(), edited.getName())
                .field("kind", current.getKind(), edited.getKind())
                .field("terms of reference", current.getTermsOfReference(), edited.getTermsOfReference())
                .field("quorum", current.getQuorum(), edited.getQuorum())
                .field("venue", current.getDefaultVenue(), edited.getDefaultVenue())
                .field("status", current.getStatus(), edited.getStatus())
                .field("agenda template", String.join(", ", current.getAgendaTemplate()),
                        String.join(", ", edited.getAgendaTemplate()));
        Committee saved = Jpa.mergeChecked(em, edited, "The committee " + current.getName());
        audit.record(AuditAction.UPDATE, TYPE, saved.getId(), saved.getName(), changes.toString());
        return saved;
    }

    /** Deletes a committee that was created by mistake; one with memberships (or later, meetings) must be dissolved instead. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public void delete(long id) {
        Committee c = get(id);
        long memberships = em.createNamedQuery("Membership.countByCommittee", Long.class)
                .setParameter("committeeId", id).getSingleResult();
        if (memberships > 0) {
            throw new StillReferencedException(c.getName() + " cannot be deleted: it has " + memberships
                    + (memberships == 1 ? " membership" : " memberships")
                    + ". Its records must be kept; mark it as dissolved instead.");
        }
        String name = c.getName();
        Jpa.removeChecked(em, c, () -> name + " cannot be deleted because other records refer to it."
                + " Mark it as dissolved instead.");
        audit.record(AuditAction.DELETE, TYPE, id, name, "deleted");
    }

    /** The members on the day, chair first, each with their person loaded in the same query. */
    public List<Membership> currentMemberships(long committeeId, LocalDate on) {
        return em.createNamedQuery("Membership.findCurrentByCommittee", Membership.class)
                .setParameter("committeeId", committeeId).setParameter("on", on).getResultStream()
                .sorted(BY_ROLE_THEN_NAME).toList();
    }

    /** Chair, Vice-Chair, members... in the order of {@link MembershipRole}, not alphabetically. */
    private static final java.util.Comparator<Membership> BY_ROLE_THEN_NAME = java.util.Comparator
            .comparing((Membership m) -> m.getRole().ordinal()).thenComparing(m -> m.getPerson().getName());

    public List<Membership> currentMemberships(long committeeId) {
        return currentMemberships(committeeId, LocalDate.now(clock));
    }

    /** Every membership, past and present, newest first. */
    public List<Membership> memberships(long committeeId) {
        return em.createNamedQuery("Membership.findByCommittee", Membership.class)
                .setParameter("committeeId", committeeId).getResultList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public Membership addMembership(long committeeId, long personId, MembershipRole role, LocalDate from,
                                    LocalDate to) {
        Committee committee = get(committeeId);
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("Person", personId);
        }
        if (role == null) {
            throw InvalidInputException.of("role", "Choose the role");
        }
        if (from == null) {
            throw InvalidInputException.of("fromDate", "Enter the date the membership starts");
        }
        Membership m = new Membership(committee, person, role, from);
        m.setToDate(to);
        validator.check(m);
        boolean overlapping = memberships(committeeId).stream()
                .anyMatch(other -> other.getPerson().getId().equals(personId) && other.getRole() == role
                        && overlaps(other, from, to));
        if (overlapping) {
            throw InvalidInputException.of("fromDate", person.getName() + " is already " + role.getLabel()
                    + " of " + committee.getName() + " for part of that period.");
        }
        em.persist(m);
        em.flush();
        audit.record(AuditAction.CREATE, "Membership", m.getId(), person.getName() + " on " + committee.getName(),
                role.getLabel() + " from " + from + (to == null ? "" : " to " + to));
        return m;
    }

    /** Ends a membership on a day (people leave; their past membership stays on record). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public void endMembership(long membershipId, LocalDate on) {
        Membership m = membership(membershipId);
        if (on == null || on.isBefore(m.getFromDate())) {
            throw InvalidInputException.of("toDate", "The end date cannot be before the start date ("
                    + m.getFromDate() + ").");
        }
        LocalDate before = m.getToDate();
        m.endOn(on);
        audit.record(AuditAction.UPDATE, "Membership", membershipId, label(m),
                new ChangeSummary().field("to", before, on).toString());
    }

    /** Removes a membership entered by mistake. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public void removeMembership(long membershipId) {
        Membership m = membership(membershipId);
        String label = label(m);
        String summary = m.getRole().getLabel() + " from " + m.getFromDate();
        Jpa.removeChecked(em, m, () -> "The membership " + label + " is referred to by other records.");
        audit.record(AuditAction.DELETE, "Membership", membershipId, label, summary);
    }

    private Membership membership(long id) {
        Membership m = em.find(Membership.class, id);
        if (m == null) {
            throw new NotFoundException("Membership", id);
        }
        return m;
    }

    private static String label(Membership m) {
        return m.getPerson().getName() + " on " + m.getCommittee().getName();
    }

    private static boolean overlaps(Membership m, LocalDate from, LocalDate to) {
        LocalDate end = to == null ? LocalDate.MAX : to;
        LocalDate otherEnd = m.getToDate() == null ? LocalDate.MAX : m.getToDate();
        return !m.getFromDate().isAfter(end) && !from.isAfter(otherEnd);
    }

    private void requireUniqueName(String name, Long exceptId) {
        boolean taken = em.createNamedQuery("Committee.findByName", Committee.class).setParameter("name", name)
                .getResultStream().anyMatch(c -> !c.getId().equals(exceptId));
        if (taken) {
            throw InvalidInputException.of("name", "There is already a committee called " + name + ".");
        }
    }
}
