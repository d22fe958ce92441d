package org.cpchub.ejb.meetings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.meetings.ActionPoint;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.Attendance;
import org.cpchub.domain.meetings.AttendanceStatus;
import org.cpchub.domain.meetings.Declaration;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.MeetingStatus;
import org.cpchub.domain.meetings.ProceduralEvent;
import org.cpchub.domain.meetings.ProceduralKind;
import org.cpchub.domain.meetings.Resolution;
import org.cpchub.domain.meetings.StandardItem;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.BusinessException;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.InputValidator;
import org.cpchub.ejb.search.SearchIndex;

/**
 * Writing the minutes: attendance, declarations, each item's narrative, resolutions (numbered 1.1,
 * 1.2 ...), action points and procedural events; and approving the previous meeting's minutes as a
 * correct record. Minutes change only while the meeting is held or its minutes drafted.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
public class MinutesService {
    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Kept equal to the public record after every change that can alter it (see SearchIndex). */
    @Inject
    SearchIndex search;

    @Inject
    InputValidator validator;

    @Inject
    MeetingService meetings;

    @Inject
    java.time.Clock clock;

    @Inject
    org.cpchub.ejb.platform.CouncilSettings settings;

    // ---------------------------------------------------------------- attendance

    /** Records how a person attended; a substitute is a voting member in place of the named member. */
    public Attendance recordAttendance(long meetingId, long personId, boolean votingMember, AttendanceStatus status,
                                       Long substituteForId) {
        Meeting m = meetings.get(meetingId);
        if (m.getStatus() == MeetingStatus.CANCELLED || m.getStatus() == MeetingStatus.POSTPONED
                || m.getStatus() == MeetingStatus.MINUTES_CONFIRMED) {
            throw new BusinessException("Attendance cannot be changed: the meeting is "
                    + m.getStatus().getLabel().toLowerCase(java.util.Locale.UK) + ".");
        }
        Person p = person(personId);
        Attendance a = em.createNamedQuery("Attendance.findByMeeting", Attendance.class).setParameter("meetingId", meetingId)
                .getResultStream().filter(x -> x.getPerson().getId().equals(personId)).findFirst().orElse(null);
        if (a == null) {
            a = new Attendance(m, p, votingMember, status);
            em.persist(a);
        } else {
            a.setStatus(status);
        }
        a.setSubstituteFor(substituteForId == null ? null : person(substituteForId));
        em.flush();
        audit.record(AuditAction.UPDATE, "Attendance", a.getId(), p.getName() + " at " + m.getTitle(),
                status.getLabel() + (substituteForId == null ? "" : ", substitute for " + a.getSubstituteFor().getName()));
        return a;
    }

    // ---------------------------------------------------------------- item minutes

    /** Saves an item's narrative (sanitised), the points members noted, "no declarations" and the urgency reason. */
    public AgendaItem saveItemMinutes(long itemId, String narrativeHtml, String membersNoted, boolean noDeclarations,
                                      String urgencyReason) {
        AgendaItem item = meetings.item(itemId);
        requireEditable(item.getMeeting(), "The minutes");
        item.setMinutesText(MinutesText.sanitise(narrativeHtml));
        item.setMembersNoted(membersNoted == null || membersNoted.isBlank() ? null : membersNoted.strip());
        item.setNoDeclarations(noDeclarations);
        if (item.isUrgentBusiness() || urgencyReason != null) {
            item.setUrgencyReason(urgencyReason);
        }
        validator.check(item);
        audit.record(AuditAction.UPDATE, "AgendaItem", itemId, MeetingService.label(item), "minutes saved");
        search.itemChanged(itemId);
        return item;
    }

    public Declaration declare(long itemId, long memberId, String category, String nature, boolean sensitive,
                               boolean dispensation, boolean withdrew) {
        AgendaItem item = meetings.item(itemId);
        requireEditable(item.getMeeting(), "Declarations");
        if (!settings.declarationCategories().contains(category)) {
            throw InvalidInputException.of("category", "Choose one of the council's categories of interest.");
        }
        Declaration d = new Declaration(item, person(memberId), category, nature, sensitive, dispensation, withdrew);
        validator.check(d);
        item.setNoDeclarations(false);
        em.persist(d);
        em.flush();
        audit.record(AuditAction.CREATE, "Declaration", d.getId(), MeetingService.label(item), d.getMinutedText());
        return d;
    }

    public Resolution resolve(long itemId, String text) {
        AgendaItem item = meetings.item(itemId);
        requireEditable(item.getMeeting(), "Resolutions");
        int next = resolutionsOf(itemId).size() + 1;
        Resolution r = new Resolution(item, next, text == null ? null : text.strip());
        validator.check(r);
        em.persist(r);
        em.flush();
        audit.record(AuditAction.CREATE, "Resolution", r.getId(), MeetingService.label(item),
                "RESOLVED " + r.getNumber() + ": " + r.getText());
        search.itemChanged(itemId);
        return r;
    }

    /** Removes a resolution entered by mistake; the rest are renumbered so there is no gap. */
    public void removeResolution(long resolutionId) {
        Resolution r = em.find(Resolution.class, resolutionId);
        if (r == null) {
            throw new NotFoundException("Resolution", resolutionId);
        }
        requireEditable(r.getItem().getMeeting(), "Resolutions");
        long itemId = r.getItem().getId();
        String label = MeetingService.label(r.getItem());
        String text = r.getNumber() + ": " + r.getText();
        em.remove(r);
        em.flush();
        List<Resolution> rest = resolutionsOf(itemId);
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).renumber(i + 1);
        }
        audit.record(AuditAction.DELETE, "Resolution", resolutionId, label, text);
        search.itemChanged(itemId);
    }

    private List<Resolution> resolutionsOf(long itemId) {
        return em.createQuery("SELECT r FROM Resolution r WHERE r.item.id = :id ORDER BY r.sequence", Resolution.class)
                .setParameter("id", itemId).getResultList();
    }

    public ActionPoint addAction(long itemId, String text, Long ownerId, String ownerTeam, LocalDate due) {
        AgendaItem item = meetings.item(itemId);
        requireEditable(item.getMeeting(), "Action points");
        ActionPoint a = new ActionPoint(item, text == null ? null : text.strip(), ownerId == null ? null : person(ownerId),
                ownerTeam, due);
        validator.check(a);
        em.persist(a);
        em.flush();
        audit.record(AuditAction.CREATE, "ActionPoint", a.getId(), MeetingService.label(item),
                a.getText() + " (" + a.getOwnerName() + (due == null ? "" : ", by " + due) + ")");
        return a;
    }

    public ProceduralEvent recordProcedure(long meetingId, Long itemId, ProceduralKind kind, LocalTime at,
                                           Integer minutes) {
        Meeting m = meetings.get(meetingId);
        requireEditable(m, "Procedural events");
        if (kind == null || at == null) {
            throw InvalidInputException.of("at", "Choose what happened and enter the time.");
        }
        ProceduralEvent e = new ProceduralEvent(m, itemId == null ? null : meetings.item(itemId), kind, at, minutes);
        em.persist(e);
        em.flush();
        audit.record(AuditAction.CREATE, "ProceduralEvent", e.getId(), m.getTitle(), e.getMinutedText());
        return e;
    }

    // ---------------------------------------------------------------- approval

    /**
     * The committee resolves the "Minutes" item: the previous meeting's minutes are approved as a correct record
     * (Sch 12 para 41) and confirmed; they can no longer be edited. Refused while any urgent item of that
     * meeting lacks the Chair's reason.
     */
    public Meeting approvePreviousMinutes(long minutesItemId) {
        AgendaItem item = meetings.item(minutesItemId);
        if (item.getStandardItem() != StandardItem.MINUTES || item.getPreviousMeeting() == null) {
            throw new BusinessException("Only a Minutes item that refers to a previous meeting approves minutes.");
        }
        Meeting current = item.getMeeting();
        requireEditable(current, "The minutes");
        Meeting previous = meetings.get(item.getPreviousMeeting().getId());
        if (previous.getStatus() != MeetingStatus.MINUTES_DRAFTED) {
            throw new BusinessException("The minutes of " + previous.getLongDate() + " are "
                    + previous.getStatus().getLabel().toLowerCase(java.util.Locale.UK)
                    + "; only drafted minutes can be approved.");
        }
        meetings.items(previous.getId()).stream().filter(AgendaItem::isMissingUrgencyReason).findFirst()
                .ifPresent(urgent -> {
                    throw new BusinessException("Item " + urgent.getNumber() + " of " + previous.getLongDate()
                            + " was urgent business, but the Chair's special circumstances are not in its minutes"
                            + " (s.100B(4)(b)). Record them before the minutes are approved.");
                });
        previous.confirmMinutes(current);
        if (resolutionsOf(minutesItemId).isEmpty()) {
            resolve(minutesItemId, "That the minutes of the meeting held on " + previous.getLongDate()
                    + " be approved as a correct record.");
        }
        audit.record(AuditAction.UPDATE, MeetingService.TYPE, previous.getId(), previous.getTitle(),
                "minutes approved as a correct record at the meeting of " + current.getLongDate());
        search.meetingChanged(previous.getId());
        return previous;
    }

    /**
     * Confirmed minutes are never edited; a mistake found later is put right by a correction recorded with
     * the date and the reason, shown with the item.
     */
    public AgendaItem recordCorrection(long itemId, String correction) {
        AgendaItem item = meetings.item(itemId);
        if (item.getMeeting().getStatus() != MeetingStatus.MINUTES_CONFIRMED) {
            throw new BusinessException("Minutes that are not yet confirmed are corrected by editing them.");
        }
        if (correction == null || correction.isBlank()) {
            throw InvalidInputException.of("correction", "Write the correction and why it is made.");
        }
        String dated = java.time.LocalDate.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.UK)) + ": " + correction.strip();
        item.recordCorrection(dated);
        audit.record(AuditAction.UPDATE, "AgendaItem", itemId, MeetingService.label(item), "correction: " + dated);
        search.itemChanged(itemId);
        return item;
    }

    /** Minutes are written once the meeting has been held, and until they are confirmed. */
    private static void requireEditable(Meeting m, String what) {
        if (m.getStatus() == MeetingStatus.MINUTES_CONFIRMED) {
            throw new BusinessException(what + " of " + m.getLongDate() + " were confirmed as a correct record and"
                    + " cannot be changed.");
        }
        if (!m.isMinutesEditable()) {
            throw new BusinessException(what + " can be recorded once the meeting has been held; this meeting is "
                    + m.getStatus().getLabel().toLowerCase(java.util.Locale.UK) + ".");
        }
    }

    private Person person(long id) {
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new NotFoundException("Person", id);
        }
        return p;
    }
}
