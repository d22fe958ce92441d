package org.cpchub.ejb.meetings;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.cpchub.domain.meetings.ActionPoint;
import org.cpchub.domain.meetings.ActionStatus;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.platform.UserAccount;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.Caller;
import org.cpchub.ejb.platform.PagedQuery;

/**
 * The action log: every action point across meetings, filtered and paged in the database. Owners report
 * progress; the committee closes an action at a meeting.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.OFFICER, Role.Names.MEMBER, Role.Names.PANEL,
        Role.Names.DECISION_MAKER, Role.Names.ANALYST})
public class ActionLogService {
    private static final Map<String, String> SORTABLE = Map.of("dueDate", "a.dueDate", "status", "a.status");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    MeetingService meetings;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    public Page<ActionPoint> find(ActionFilter filter, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        return PagedQuery.of(em, ActionPoint.class, "a")
                .joinFetch("JOIN FETCH a.item i JOIN FETCH i.meeting m JOIN FETCH m.committee LEFT JOIN FETCH a.owner")
                .where("a.item.meeting.committee.id = :committee", "committee", filter.committeeId())
                .where("a.owner.id = :owner", "owner", filter.ownerId())
                .where("a.status = :status", "status", filter.status())
                .where("a.dueDate < :today AND a.status <> org.cpchub.domain.meetings.ActionStatus.CLOSED", "today",
                        filter.overdueOnly() ? today : null)
                .fetch(page, SORTABLE, "a.dueDate");
    }

    public ActionPoint get(long id) {
        ActionPoint a = em.find(ActionPoint.class, id);
        if (a == null) {
            throw new NotFoundException("Action point", id);
        }
        return a;
    }

    /** Progress from the owner (an officer linked to the owning person) or a clerk. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.OFFICER})
    public ActionPoint reportProgress(long id, String note, boolean complete) {
        ActionPoint a = get(id);
        if (!context.isCallerInRole(Role.Names.CLERK) && !context.isCallerInRole(Role.Names.ADMIN) && !ownedByCaller(a)) {
            throw new EJBAccessException("Only the owner of the action, or a clerk, can report its progress.");
        }
        ActionStatus before = a.getStatus();
        a.reportProgress(note, complete);
        audit.record(AuditAction.UPDATE, "ActionPoint", id, a.getText(), "progress: " + a.getProgressNote()
                + (before != a.getStatus() ? " (" + a.getStatus().getLabel().toLowerCase() + ")" : ""));
        return a;
    }

    /** The committee agreed at the given meeting that the action is done. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public ActionPoint close(long id, long atMeetingId) {
        ActionPoint a = get(id);
        Meeting at = meetings.get(atMeetingId);
        a.close(at);
        audit.record(AuditAction.UPDATE, "ActionPoint", id, a.getText(), "closed at the meeting of " + at.getLongDate());
        return a;
    }

    /** Whether the signed-in user is the person who owns the action. */
    public boolean ownedByCaller(ActionPoint a) {
        if (a.getOwner() == null) {
            return false;
        }
        String me = Caller.name(context);
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class).setParameter("username", me)
                .getResultStream().anyMatch(u -> a.getOwner().getId().equals(u.getPersonId()));
    }
}
