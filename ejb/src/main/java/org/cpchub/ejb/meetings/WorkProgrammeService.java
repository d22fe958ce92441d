package org.cpchub.ejb.meetings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.WorkProgrammeItem;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.InputValidator;

/** A committee's work programme per municipal year: planned items, deferrals (carried forward), withdrawals. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.OFFICER, Role.Names.MEMBER, Role.Names.PANEL,
        Role.Names.DECISION_MAKER, Role.Names.ANALYST})
public class WorkProgrammeService {
    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    MeetingService meetings;

    /** The programme of a year, by meeting date, with each item's target meeting loaded in the same query. */
    public List<WorkProgrammeItem> programme(long committeeId, String municipalYear) {
        return em.createQuery("SELECT w FROM WorkProgrammeItem w LEFT JOIN FETCH w.targetMeeting t"
                        + " LEFT JOIN FETCH w.deferredFrom WHERE w.committee.id = :c AND w.municipalYear = :y"
                        + " ORDER BY t.date, w.id", WorkProgrammeItem.class)
                .setParameter("c", committeeId).setParameter("y", municipalYear).getResultList();
    }

    public List<String> years(long committeeId) {
        return em.createQuery("SELECT DISTINCT w.municipalYear FROM WorkProgrammeItem w WHERE w.committee.id = :c"
                + " ORDER BY w.municipalYear DESC", String.class).setParameter("c", committeeId).getResultList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public WorkProgrammeItem plan(long committeeId, long targetMeetingId, String title, String lead, String purpose) {
        Committee c = em.find(Committee.class, committeeId);
        if (c == null) {
            throw new NotFoundException("Committee", committeeId);
        }
        Meeting target = meetings.get(targetMeetingId);
        if (!target.getCommittee().getId().equals(committeeId)) {
            throw InvalidInputException.of("targetMeeting", "Choose a meeting of " + c.getName() + ".");
        }
        WorkProgrammeItem w = new WorkProgrammeItem(c, WorkProgrammeItem.municipalYearOf(target.getDate()),
                title == null ? null : title.strip(), lead, purpose, target);
        validator.check(w);
        em.persist(w);
        em.flush();
        audit.record(AuditAction.CREATE, "WorkProgrammeItem", w.getId(), w.getTitle(),
                "planned for " + target.getLongDate());
        return w;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public WorkProgrammeItem defer(long id, long toMeetingId, String reason) {
        WorkProgrammeItem w = get(id);
        Meeting to = meetings.get(toMeetingId);
        w.defer(to, reason);
        audit.record(AuditAction.UPDATE, "WorkProgrammeItem", id, w.getTitle(), "deferred to " + to.getLongDate()
                + ": " + reason);
        return w;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public WorkProgrammeItem withdraw(long id, String reason) {
        WorkProgrammeItem w = get(id);
        w.withdraw(reason);
        audit.record(AuditAction.UPDATE, "WorkProgrammeItem", id, w.getTitle(), "withdrawn: " + reason);
        return w;
    }

    public WorkProgrammeItem get(long id) {
        WorkProgrammeItem w = em.find(WorkProgrammeItem.class, id);
        if (w == null) {
            throw new NotFoundException("Work programme item", id);
        }
        return w;
    }
}
