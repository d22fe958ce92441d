package org.cpchub.ejb.meetings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.meetings.ActionPoint;
import org.cpchub.domain.meetings.AgendaDocument;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.Attendance;
import org.cpchub.domain.meetings.ClearDays;
import org.cpchub.domain.meetings.Declaration;
import org.cpchub.domain.meetings.ItemKind;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.MeetingStatus;
import org.cpchub.domain.meetings.ProceduralEvent;
import org.cpchub.domain.meetings.Quorum;
import org.cpchub.domain.meetings.Resolution;
import org.cpchub.domain.meetings.StandardItem;
import org.cpchub.domain.meetings.WorkProgrammeItem;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.publication.Publication;
import org.cpchub.domain.publication.Retention;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.BusinessException;
import org.cpchub.domain.shared.ChangeSummary;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.CouncilSettings;
import org.cpchub.ejb.platform.InputValidator;
import org.cpchub.ejb.platform.Jpa;
import org.cpchub.ejb.platform.PagedQuery;
import org.cpchub.ejb.search.SearchIndex;

/** Meetings: scheduling, the lifecycle, the agenda, and the whole record of a meeting for its pages. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.OFFICER, Role.Names.MEMBER, Role.Names.PANEL,
        Role.Names.DECISION_MAKER, Role.Names.ANALYST})
public class MeetingService {
    static final String TYPE = "Meeting";
    private static final Map<String, String> SORTABLE = Map.of("date", "m.date", "status", "m.status");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidator validator;

    @Inject
    CouncilSettings settings;

    /** Kept equal to the public record after every change that can alter it (see SearchIndex). */
    @Inject
    SearchIndex search;

    @Inject
    CommitteeAccess access;

    @Inject
    Clock clock;

    // ---------------------------------------------------------------- reading

    /** Meetings, newest first unless sorted otherwise; optionally of one committee, upcoming or past only. */
    public Page<Meeting> find(Long committeeId, Boolean upcoming, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        PageRequest newestFirst = page.sortField() == null
                ? new PageRequest(page.offset(), page.size(), "date", Boolean.TRUE.equals(upcoming)) : page;
        return PagedQuery.of(em, Meeting.class, "m").joinFetch("JOIN FETCH m.committee")
                .where("m.committee.id = :committee", "committee", committeeId)
                .where("m.committee.id IN (SELECT ms.committee.id FROM Membership ms WHERE ms.person.id = :me)", "me",
                        access.restrictedToPerson().orElse(null))
                .where(Boolean.TRUE.equals(upcoming) ? "m.date >= :today" : "m.date < :today", "today",
                        upcoming == null ? null : today)
                .fetch(newestFirst, SORTABLE, "m.date");
    }

    public Meeting get(long id) {
        return em.createNamedQuery("Meeting.findWithCommittee", Meeting.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException(TYPE, id));
    }

    /** The meeting with its agenda, documents, minutes, attendance and checks: a fixed number of queries, whatever its size. */
    public MeetingRecord record(long id) {
        Meeting m = get(id);
        access.checkMayRead(m.getCommittee());
        List<AgendaItem> items = em.createNamedQuery("AgendaItem.findByMeeting", AgendaItem.class)
                .setParameter("meetingId", id).getResultList();
        Map<Long, List<Resolution>> resolutions = byItem(em.createNamedQuery("Resolution.findByMeeting",
                Resolution.class).setParameter("meetingId", id).getResultList(), r -> r.getItem().getId());
        Map<Long, List<ActionPoint>> actions = byItem(em.createNamedQuery("ActionPoint.findByMeeting",
                ActionPoint.class).setParameter("meetingId", id).getResultList(), a -> a.getItem().getId());
        Map<Long, List<Declaration>> declarations = byItem(em.createNamedQuery("Declaration.findByMeeting",
                Declaration.class).setParameter("meetingId", id).getResultList(), d -> d.getItem().getId());
        List<ProceduralEvent> allEvents = em.createNamedQuery("ProceduralEvent.findByMeeting", ProceduralEvent.class)
                .setParameter("meetingId", id).getResultList();
        Map<Long, List<ProceduralEvent>> events = byItem(allEvents,
                e -> e.getItem() == null ? 0L : e.getItem().getId());
        Map<Long, List<AgendaDocument>> documents = byItem(em.createNamedQuery("AgendaDocument.findByMeeting",
                AgendaDocument.class).setParameter("meetingId", id).getResultList(), d -> d.getItem().getId());
        List<Attendance> attendance = em.createNamedQuery("Attendance.findByMeeting", Attendance.class)
                .setParameter("meetingId", id).getResultList();
        List<WorkProgrammeItem> planned = em.createNamedQuery("WorkProgrammeItem.findByTargetMeeting",
                WorkProgrammeItem.class).setParameter("meetingId", id).getResultList();
        List<ActionPoint> open = em.createNamedQuery("ActionPoint.findOpenByCommittee", ActionPoint.class)
                .setParameter("committeeId", m.getCommittee().getId()).setParameter("before", m.getDate())
                .getResultList();
        ClearDays rule = settings.clearDays(m.getDate());
        LocalDate today = LocalDate.now(clock);
        long counted = Quorum.counted(attendance);
        return new MeetingRecord(m, items, resolutions, actions, declarations, events, documents, attendance, planned, open,
                counted, counted >= m.getCommittee().getQuorum(), rule.latestPublication(m.getDate()),
                rule.between(today, m.getDate()), warnings(m, items));
    }

    private static <T> Map<Long, List<T>> byItem(List<T> rows, Function<T, Long> itemId) {
        return rows.stream().collect(Collectors.groupingBy(itemId, LinkedHashMap::new, Collectors.toList()));
    }

    /** What a clerk should look at before publishing or confirming (DOMAIN.md: standard items, urgency reasons). */
    static List<String> warnings(Meeting m, List<AgendaItem> items) {
        List<String> warnings = new ArrayList<>();
        Set<StandardItem> present = items.stream().map(AgendaItem::getStandardItem).filter(s -> s != null)
                .collect(Collectors.toSet());
        m.getCommittee().getAgendaTemplate().stream().map(StandardItem::valueOf).filter(s -> !present.contains(s))
                .forEach(s -> warnings.add("The agenda has no \"" + s.getTitle() + "\" item."));
        items.stream().filter(AgendaItem::isMissingUrgencyReason).forEach(i -> warnings.add("Item " + i.getNumber()
                + " is urgent business without the Chair's special circumstances recorded (s.100B(4)(b));"
                + " the minutes cannot be confirmed until they are."));
        items.stream().filter(AgendaItem::isLateWithoutPublication).forEach(i -> warnings.add("Item " + i.getNumber()
                + " was added after the agenda was published: take it as urgent business or publish it on a"
                + " supplementary agenda."));
        items.stream().filter(i -> i.getKind() == ItemKind.REPORT && i.getLeadOfficer() == null)
                .forEach(i -> warnings.add("Item " + i.getNumber() + " has no lead officer."));
        return warnings;
    }

    /** The previous meeting of the committee that went ahead, if any. */
    public Optional<Meeting> previousOf(Meeting m) {
        return em.createNamedQuery("Meeting.previousOf", Meeting.class)
                .setParameter("committeeId", m.getCommittee().getId()).setParameter("date", m.getDate())
                .setMaxResults(1).getResultStream().findFirst();
    }

    // ---------------------------------------------------------------- scheduling and lifecycle

    /** Schedules a meeting with the committee's standard items (its agenda template); Minutes names the previous meeting. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public Meeting schedule(long committeeId, LocalDate date, LocalTime start, LocalTime guillotine, String venue) {
        Committee c = em.find(Committee.class, committeeId);
        if (c == null) {
            throw new NotFoundException("Committee", committeeId);
        }
        if (!c.isActive()) {
            throw new BusinessException(c.getName() + " is dissolved; it holds no more meetings.");
        }
        if (date == null || start == null) {
            throw InvalidInputException.of("date", "Enter the date and start time of the meeting.");
        }
        Meeting m = new Meeting(c, date, start);
        m.setGuillotineTime(guillotine);
        if (venue != null && !venue.isBlank()) {
            m.setVenue(venue.strip());
        }
        validator.check(m);
        em.persist(m);
        em.flush();
        Optional<Meeting> previous = previousOf(m);
        int number = 0;
        for (String name : c.getAgendaTemplate()) {
            StandardItem standard = StandardItem.valueOf(name);
            AgendaItem item = AgendaItem.standard(m, ++number, standard, standard == StandardItem.MINUTES
                    ? StandardItem.minutesTitle(c.getName(), previous.map(Meeting::getLongDate).orElse(null))
                    : standard.getTitle());
            if (standard == StandardItem.MINUTES) {
                previous.ifPresent(item::setPreviousMeeting);
            }
            em.persist(item);
        }
        audit.record(AuditAction.CREATE, TYPE, m.getId(), m.getTitle(), "scheduled at " + start);
        return m;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public Meeting update(Meeting edited) {
        validator.check(edited);
        Meeting current = get(edited.getId());
        if (!current.getDate().equals(edited.getDate())) {
            throw InvalidInputException.of("date", "To move a meeting to another date, postpone it and reschedule it.");
        }
        ChangeSummary changes = new ChangeSummary()
                .field("start", current.getStartTime(), edited.getStartTime())
                .field("guillotine", current.getGuillotineTime(), edited.getGuillotineTime())
                .field("venue", current.getVenue(), edited.getVenue())
                .field("recording", current.getRecordingUrl(), edited.getRecordingUrl());
        Meeting saved = Jpa.mergeChecked(em, edited, "The meeting of " + current.getTitle());
        audit.record(AuditAction.UPDATE, TYPE, saved.getId(), current.getTitle(), changes.toString());
        search.meetingChanged(saved.getId());
        return saved;
    }

    /** Publishes the agenda; with fewer than five clear days the reason is required and recorded. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public Meeting publishAgenda(long id, String reasonIfShort) {
        Meeting m = get(id);
        LocalDate today = LocalDate.now(clock);
        ClearDays rule = settings.clearDays(m.getDate());
        m.publishAgenda(clock.instant(), today, rule, reasonIfShort);
        audit.record(AuditAction.UPDATE, TYPE, id, m.getTitle(), "agenda published with " + rule.between(today,
                m.getDate()) + " clear days" + (m.getShortNoticeReason() == null ? "" : "; reason: "
                + m.getShortNoticeReason()));
        search.meetingChanged(id);
        return m;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public Meeting markHeld(long id) {
        Meeting m = get(id);
        m.markHeld(LocalDate.now(clock));
        audit.record(AuditAction.UPDATE, TYPE, id, m.getTitle(), "held");
        return m;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public Meeting markMinutesDrafted(long id) {
        Meeting m = get(id);
        m.markMinutesDrafted(clock.instant());
        audit.record(AuditAction.UPDATE, TYPE, id, m.getTitle(), "minutes drafted");
        search.meetingChanged(id);
        return m;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public Meeting cancel(long id, String reason) {
        Meeting m = get(id);
        m.cancel(reason);
        audit.record(AuditAction.UPDATE, TYPE, id, m.getTitle(), "cancelled: " + reason);
        search.meetingChanged(id);
        return m;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public Meeting postpone(long id, String reason) {
        Meeting m = get(id);
        m.postpone(reason);
        audit.record(AuditAction.UPDATE, TYPE, id, m.getTitle(), "postponed: " + reason);
        search.meetingChanged(id);
        return m;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public Meeting reschedule(long id, LocalDate date, LocalTime start) {
        Meeting m = get(id);
        String before = m.getTitle();
        if (date == null || start == null) {
            throw InvalidInputException.of("date", "Enter the new date and start time.");
        }
        m.reschedule(date, start);
        audit.record(AuditAction.UPDATE, TYPE, id, before, "rescheduled to " + m.getLongDate() + " " + start);
        search.meetingChanged(id);
        return m;
    }

    /** Publishes the late items that are not urgent business on a supplementary agenda. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public int publishSupplementaryAgenda(long id) {
        Meeting m = get(id);
        if (m.getStatus() != MeetingStatus.AGENDA_PUBLISHED) {
            throw new BusinessException("A supplementary agenda follows a published agenda, before the meeting.");
        }
        List<AgendaItem> late = items(id).stream().filter(AgendaItem::isLateWithoutPublication).toList();
        if (late.isEmpty()) {
            throw new BusinessException("There are no late items waiting for a supplementary agenda.");
        }
        late.forEach(i -> i.publishOnSupplementaryAgenda(clock.instant()));
        audit.record(AuditAction.UPDATE, TYPE, id, m.getTitle(), "supplementary agenda published with items "
                + late.stream().map(i -> String.valueOf(i.getNumber())).collect(Collectors.joining(", ")));
        search.meetingChanged(id);
        return late.size();
    }

    // ---------------------------------------------------------------- agenda

    /**
     * Adds an item before the closing Work Programme item. After publication it is a late item: urgent
     * business (the Chair's reason is then required before the minutes are confirmed) or for a supplementary agenda.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public AgendaItem addItem(long meetingId, String title, ItemKind kind, String purpose, Long leadOfficerId) {
        Meeting m = get(meetingId);
        if (m.getStatus().isHeld() || m.getStatus() == MeetingStatus.CANCELLED) {
            throw new BusinessException("Items can no longer be added: the meeting is "
                    + m.getStatus().getLabel().toLowerCase(java.util.Locale.UK) + ".");
        }
        List<AgendaItem> items = items(meetingId);
        int position = items.stream().filter(i -> i.getStandardItem() == StandardItem.WORK_PROGRAMME)
                .mapToInt(AgendaItem::getNumber).findFirst().orElse(items.size() + 1);
        AgendaItem item = new AgendaItem(m, position, title == null ? "" : title.strip(), kind == null ? ItemKind.REPORT : kind);
        item.setPurpose(purpose);
        if (leadOfficerId != null) {
            item.setLeadOfficer(person(leadOfficerId));
        }
        if (m.getStatus() == MeetingStatus.AGENDA_PUBLISHED) {
            item.markLate();
        }
        validator.check(item);
        items.stream().filter(i -> i.getNumber() >= position).forEach(i -> i.renumber(i.getNumber() + 1));
        em.persist(item);
        em.flush();
        audit.record(AuditAction.CREATE, "AgendaItem", item.getId(), m.getTitle() + ", item " + item.getNumber(),
                item.getTitle() + (item.isLate() ? " (late item)" : ""));
        search.meetingChanged(meetingId); // later items were renumbered
        return item;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.OFFICER})
    public AgendaItem updateItem(AgendaItem edited) {
        validator.check(edited);
        AgendaItem current = item(edited.getId());
        if (edited.isExempt() && !current.isExempt() && Publication.isPublic(current)) {
            // making a published item exempt would take its purpose, reports and minutes off the public record
            Retention.checkMayRemove(Retention.Kept.AGENDA, current.getMeeting().getDate(), LocalDate.now(clock),
                    "Item " + current.getNumber() + " (" + current.getTitle() + ")");
        }
        ChangeSummary changes = new ChangeSummary()
                .field("title", current.getTitle(), edited.getTitle())
                .field("purpose", current.getPurpose(), edited.getPurpose())
                .field("kind", current.getKind(), edited.getKind())
                .field("wards", current.getWardsAffected(), edited.getWardsAffected())
                .field("exempt", current.getExemption().describe(), edited.getExemption().describe())
                .field("urgency reason", current.getUrgencyReason(), edited.getUrgencyReason())
                .field("recording start", current.getRecordingOffset(), edited.getRecordingOffset());
        AgendaItem saved = Jpa.mergeChecked(em, edited, "Item " + current.getNumber());
        audit.record(AuditAction.UPDATE, "AgendaItem", saved.getId(), label(current), changes.toString());
        search.itemChanged(saved.getId());
        return saved;
    }

    /** Moves an item to another position; the others are renumbered. The Minutes item stays first. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public void moveItem(long itemId, int newNumber) {
        AgendaItem moving = item(itemId);
        if (moving.getMeeting().getStatus().isHeld()) {
            throw new BusinessException("The agenda of a meeting that has been held cannot be reordered.");
        }
        List<AgendaItem> items = new ArrayList<>(items(moving.getMeeting().getId()));
        int target = Math.max(1, Math.min(newNumber, items.size()));
        if (moving.getStandardItem() == StandardItem.MINUTES || target == 1
                && items.get(0).getStandardItem() == StandardItem.MINUTES) {
            throw new BusinessException("The Minutes item stays first on the agenda.");
        }
        items.remove(moving);
        items.add(target - 1, moving);
        for (int i = 0; i < items.size(); i++) {
            items.get(i).renumber(i + 1);
        }
        audit.record(AuditAction.UPDATE, "AgendaItem", itemId, label(moving), "moved to number " + target);
        search.meetingChanged(moving.getMeeting().getId());
    }

    /**
     * Removes an item added by mistake, before the agenda is published. An item the public has seen is kept for
     * six years after the meeting (s.100C), even if the meeting was postponed and is being scheduled again.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public void removeItem(long itemId) {
        AgendaItem item = item(itemId);
        if (Publication.isPublic(item)) {
            Retention.checkMayRemove(Retention.Kept.AGENDA, item.getMeeting().getDate(), LocalDate.now(clock),
                    "Item " + item.getNumber() + " (" + item.getTitle() + ")");
        }
        if (item.getMeeting().getStatus() != MeetingStatus.SCHEDULED) {
            throw new BusinessException("Items of a published agenda stay on record; an item can be withdrawn in the"
                    + " minutes instead.");
        }
        long meetingId = item.getMeeting().getId();
        String label = label(item);
        em.remove(item);
        em.flush();
        List<AgendaItem> rest = items(meetingId);
        for (int i = 0; i < rest.size(); i++) {
            rest.get(i).renumber(i + 1);
        }
        audit.record(AuditAction.DELETE, "AgendaItem", itemId, label, "removed from the draft agenda");
    }

    /** Puts a planned work-programme item on the agenda, linked back to the plan. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public AgendaItem addFromWorkProgramme(long meetingId, long programmeItemId) {
        WorkProgrammeItem planned = em.find(WorkProgrammeItem.class, programmeItemId);
        if (planned == null) {
            throw new NotFoundException("Work programme item", programmeItemId);
        }
        planned.placeOnAgenda();
        AgendaItem item = addItem(meetingId, planned.getTitle(), ItemKind.REPORT, planned.getPurpose(), null);
        item.setWorkProgrammeItemId(planned.getId());
        return item;
    }

    public List<AgendaItem> items(long meetingId) {
        return em.createNamedQuery("AgendaItem.findByMeeting", AgendaItem.class).setParameter("meetingId", meetingId)
                .getResultList();
    }

    public AgendaItem item(long id) {
        AgendaItem item = em.find(AgendaItem.class, id);
        if (item == null) {
            throw new NotFoundException("Agenda item", id);
        }
        return item;
    }

    private Person person(long id) {
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new NotFoundException("Person", id);
        }
        return p;
    }

    static String label(AgendaItem item) {
        return item.getMeeting().getTitle() + ", item " + item.getNumber();
    }
}
