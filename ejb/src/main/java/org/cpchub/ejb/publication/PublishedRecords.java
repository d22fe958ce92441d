package org.cpchub.ejb.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.directory.Membership;
import org.cpchub.domain.directory.MembershipRole;
import org.cpchub.domain.directory.PersonKind;
import org.cpchub.domain.meetings.ActionPoint;
import org.cpchub.domain.meetings.AgendaDocument;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.Attendance;
import org.cpchub.domain.meetings.Declaration;
import org.cpchub.domain.meetings.DocumentContent;
import org.cpchub.domain.meetings.DocumentType;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.MeetingStatus;
import org.cpchub.domain.meetings.ProceduralEvent;
import org.cpchub.domain.meetings.Resolution;
import org.cpchub.domain.meetings.WorkProgrammeItem;
import org.cpchub.domain.publication.Publication;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.ejb.meetings.MeetingPdf;
import org.cpchub.ejb.meetings.MeetingRecord;
import org.cpchub.ejb.meetings.MinutesText;
import org.cpchub.ejb.platform.PagedQuery;

/**
 * The one place that decides what the public may see of the committees and their meetings: the public pages,
 * the files, the feeds and the open-data API all read through it. It applies the rules of
 * {@link Publication} to every answer and returns immutable copies, never entities, so nothing not public
 * can be reached from what it returns: an exempt item is its number, title and Schedule 12A paragraphs;
 * an exempt document, a late item not yet published and a meeting whose agenda is not published do not
 * exist. Whatever is not public is answered with the same {@link NotFoundException} as what does not exist,
 * so ids cannot be probed. Nobody's e-mail address or phone number is ever copied; officers appear by job title.
 *
 * <p>A meeting is read in a fixed number of statements however many items, documents and minutes it has.
 */
@Stateless
@PermitAll
public class PublishedRecords {
    /** The JPQL form of {@link Publication#isPublic(Meeting)} for the alias {@code m}, with the parameter :panel. */
    static final String PUBLIC_MEETING = "(m.firstPublishedAt IS NOT NULL OR m.agendaPublishedAt IS NOT NULL)"
            + " AND m.committee.kind <> :panel";
    private static final String MEETING = "Meeting";
    private static final String DOCUMENT = "Document";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    /** The seats the public is told about; officers, advisers and minute-takers are not listed. */
    private static final Set<MembershipRole> PUBLIC_ROLES = EnumSet.of(MembershipRole.CHAIR,
            MembershipRole.VICE_CHAIR, MembershipRole.MEMBER, MembershipRole.CO_OPTED_MEMBER, MembershipRole.SUBSTITUTE);
    private static final Set<PersonKind> PUBLIC_PEOPLE = EnumSet.of(PersonKind.COUNCILLOR,
            PersonKind.CO_OPTED_MEMBER, PersonKind.PARTNER);
    private static final Map<String, String> SORTABLE = Map.of("date", "m.date");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    // ---------------------------------------------------------------- committees

    /** The council's active committees and panels, by name. */
    public List<PublicCommittee> committees() {
        return em.createNamedQuery("Committee.findActive", Committee.class).getResultList().stream()
                .map(PublishedRecords::committee).toList();
    }

    /** A committee or panel, active or dissolved (its past meetings stay public). */
    public PublicCommittee committee(long id) {
        return committee(findCommittee(id));
    }

    /** Every current public seat on every committee (not panels), in one statement, by person then committee. */
    public List<PublicMembership> memberships() {
        return em.createQuery("SELECT m FROM Membership m JOIN FETCH m.person p JOIN FETCH m.committee c"
                        + " WHERE c.kind <> :panel AND m.fromDate <= :on AND (m.toDate IS NULL OR m.toDate >= :on)"
                        + " AND m.role IN :roles AND p.kind IN :people ORDER BY p.name, p.id, c.name", Membership.class)
                .setParameter("panel", CommitteeKind.PANEL).setParameter("on", LocalDate.now(clock))
                .setParameter("roles", List.copyOf(PUBLIC_ROLES)).setParameter("people", List.copyOf(PUBLIC_PEOPLE))
                .getResultStream()
                .map(ms -> new PublicMembership(ms.getPerson().getId(), ms.getPerson().getName(),
                        ms.getPerson().getKind() == PersonKind.COUNCILLOR ? ms.getPerson().getParty() : null,
                        ms.getCommittee().getId(), ms.getCommittee().getName(), ms.getRole().getLabel(),
                        ms.getRole().isSeat(), ms.getFromDate()))
                .toList();
    }

    /** The current public seats of a committee, chair first; none for a panel. */
    public List<PublicMember> members(long committeeId) {
        Committee c = findCommittee(committeeId);
        if (c.isPanel()) {
            return List.of();
        }
        return em.createNamedQuery("Membership.findCurrentByCommittee", Membership.class)
                .setParameter("committeeId", committeeId).setParameter("on", LocalDate.now(clock)).getResultList()
                .stream()
                .filter(ms -> PUBLIC_ROLES.contains(ms.getRole()) && PUBLIC_PEOPLE.contains(ms.getPerson().getKind()))
                .sorted(Comparator.comparing((Membership ms) -> ms.getRole().ordinal())
                        .thenComparing(ms -> ms.getPerson().getName()))
                .map(ms -> new PublicMember(ms.getPerson().getName(), ms.getRole().getLabel(),
                        ms.getPerson().getKind() == PersonKind.COUNCILLOR ? ms.getPerson().getParty() : null))
                .toList();
    }

    private Committee findCommittee(long id) {
        Committee c = em.find(Committee.class, id);
        if (c == null) {
            throw new NotFoundException("Committee", id);
        }
        return c;
    }

    private static PublicCommittee committee(Committee c) {
        return new PublicCommittee(c.getId(), c.getName(), c.getKind().getLabel(), c.getTermsOfReference(),
                c.isActive(), !c.isPanel());
    }

    // ---------------------------------------------------------------- meetings

    /**
     * Public meetings, paged in the database: of one committee or all, between two dates (both optional,
     * inclusive); by date, ascending unless the page asks otherwise.
     */
    public Page<PublicMeetingSummary> meetings(Long committeeId, LocalDate from, LocalDate to, PageRequest page) {
        Page<Meeting> rows = PagedQuery.of(em, Meeting.class, "m").joinFetch("JOIN FETCH m.committee")
                .where(PUBLIC_MEETING, "panel", CommitteeKind.PANEL)
                .where("m.committee.id = :committee", "committee", committeeId)
                .where("m.date >= :from", "from", from)
                .where("m.date <= :to", "to", to)
                .fetch(page, SORTABLE, "m.date");
        return new Page<>(rows.items().stream().map(PublishedRecords::summary).toList(), rows.total());
    }

    /** The next public meetings from today, soonest first (cancelled ones included, marked as such). */
    public List<PublicMeetingSummary> upcoming(int limit) {
        return meetings(null, LocalDate.now(clock), null, new PageRequest(0, Math.max(1, Math.min(limit,
                PageRequest.MAX_SIZE)), "date", true)).items();
    }

    /** The calendar years that have public meetings (of one committee or all), latest first. */
    public List<Integer> years(Long committeeId) {
        Object[] range = ofCommittee(em.createQuery("SELECT MIN(m.date), MAX(m.date) FROM Meeting m WHERE " + PUBLIC_MEETING
                        + (committeeId == null ? "" : " AND m.committee.id = :committee"), Object[].class), committeeId)
                .setParameter("panel", CommitteeKind.PANEL)
                .getSingleResult();
        if (range[0] == null) {
            return List.of();
        }
        int first = ((LocalDate) range[0]).getYear();
        int last = ((LocalDate) range[1]).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = last; y >= first; y--) {
            years.add(y);
        }
        return years;
    }

    /** Every public meeting from a day on, of one committee or all, by date: the iCalendar feeds. */
    public List<PublicMeetingSummary> calendar(Long committeeId, LocalDate from) {
        return ofCommittee(em.createQuery("SELECT m FROM Meeting m JOIN FETCH m.committee WHERE " + PUBLIC_MEETING
                        + " AND m.date >= :from" + (committeeId == null ? "" : " AND m.committee.id = :committee")
                        + " ORDER BY m.date, m.startTime, m.id", Meeting.class), committeeId)
                .setParameter("panel", CommitteeKind.PANEL).setParameter("from", from)
                .getResultStream().map(PublishedRecords::summary).toList();
    }

    /**
     * When the public calendar (of one committee or all) last changed: the latest change to a public meeting or
     * publication of one. Null when there is none.
     */
    public Instant calendarLastModified(Long committeeId) {
        Object[] latest = ofCommittee(em.createQuery("SELECT MAX(m.updatedAt), MAX(m.firstPublishedAt) FROM Meeting m"
                        + " WHERE " + PUBLIC_MEETING + (committeeId == null ? "" : " AND m.committee.id = :committee"),
                        Object[].class), committeeId)
                .setParameter("panel", CommitteeKind.PANEL)
                .getSingleResult();
        return Stream.of(latest).filter(Objects::nonNull).map(Instant.class::cast).max(Comparator.naturalOrder())
                .orElse(null);
    }

    private static <T> jakarta.persistence.TypedQuery<T> ofCommittee(jakarta.persistence.TypedQuery<T> query,
                                                                    Long committeeId) {
        return committeeId == null ? query : query.setParameter("committee", committeeId);
    }

    /** A public meeting with its public agenda, documents and minutes, in a fixed number of statements. */
    public PublicMeeting meeting(long id) {
        return toPublic(load(publicMeeting(id)));
    }

    /**
     * The meeting if it is public, else empty - for callers inside a transaction (the search index): a
     * NotFoundException crossing this bean's boundary would mark their transaction for rollback.
     */
    public Optional<PublicMeeting> meetingIfPublic(long id) {
        return findPublicMeeting(id).map(m -> toPublic(load(m)));
    }

    /**
     * When the meeting's public record last changed as far as the database records it: the latest of the
     * meeting's own changes and its publications (agenda, supplementary agenda, documents, draft minutes).
     */
    public Instant lastModified(long meetingId) {
        return meeting(meetingId).getLastModified();
    }

    /** One public item with its meeting, documents and (once published) minutes. */
    public PublicItemDetail item(long id) {
        return itemIfPublic(id).orElseThrow(() -> new NotFoundException("Agenda item", id));
    }

    /** The item if it is public, else empty (see {@link #meetingIfPublic}). */
    public Optional<PublicItemDetail> itemIfPublic(long id) {
        Optional<AgendaItem> candidate = em.createQuery("SELECT i FROM AgendaItem i JOIN FETCH i.meeting m"
                        + " JOIN FETCH m.committee LEFT JOIN FETCH i.leadOfficer WHERE i.id = :id", AgendaItem.class)
                .setParameter("id", id).getResultStream().findFirst().filter(Publication::isPublic);
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        AgendaItem found = candidate.get();
        Meeting m = found.getMeeting();
        List<AgendaDocument> docs = em.createQuery("SELECT d FROM AgendaDocument d WHERE d.item.id = :id ORDER BY d.id",
                AgendaDocument.class).setParameter("id", id).getResultList();
        boolean minutes = m.isMinutesPublic();
        Loaded one = new Loaded(m, List.of(found), Map.of(found.getId(), docs),
                minutes ? forItem(id, "SELECT r FROM Resolution r WHERE r.item.id = :id ORDER BY r.sequence",
                        Resolution.class) : Map.of(),
                minutes ? forItem(id, "SELECT a FROM ActionPoint a LEFT JOIN FETCH a.owner WHERE a.item.id = :id"
                        + " ORDER BY a.id", ActionPoint.class) : Map.of(),
                minutes ? forItem(id, "SELECT d FROM Declaration d JOIN FETCH d.member WHERE d.item.id = :id"
                        + " ORDER BY d.id", Declaration.class) : Map.of(),
                minutes ? forItem(id, "SELECT e FROM ProceduralEvent e WHERE e.item.id = :id ORDER BY e.at",
                        ProceduralEvent.class) : Map.of(),
                List.of(), List.of());
        PublicMinutes state = minutes ? minutes(m, List.of(), List.of()) : null;
        return Optional.of(new PublicItemDetail(summary(m), item(found, one), state));
    }

    private <T> Map<Long, List<T>> forItem(long itemId, String jpql, Class<T> type) {
        return Map.of(itemId, em.createQuery(jpql, type).setParameter("id", itemId).getResultList());
    }

    // ---------------------------------------------------------------- documents and PDFs

    /** A public document's details, without its content (for a conditional request). */
    public PublicDocument documentInfo(long id) {
        return document(publicDocument(id));
    }

    /** A public document exactly as uploaded, tagged with its SHA-256. */
    public PublicFile document(long id) {
        AgendaDocument d = publicDocument(id);
        DocumentContent content = em.find(DocumentContent.class, id);
        if (content == null) {
            throw new NotFoundException(DOCUMENT, id);
        }
        return new PublicFile(d.getFileName(), d.getType().getMediaType(), content.getData(), d.getSha256(), true,
                d.getUploadedAt());
    }

    private AgendaDocument publicDocument(long id) {
        return em.createQuery("SELECT d FROM AgendaDocument d JOIN FETCH d.item i JOIN FETCH i.meeting m"
                        + " JOIN FETCH m.committee WHERE d.id = :id", AgendaDocument.class)
                .setParameter("id", id).getResultStream().findFirst().filter(Publication::isPublic)
                .orElseThrow(() -> new NotFoundException(DOCUMENT, id));
    }

    /** The agenda pack of a public meeting: front sheet, agenda and the public PDF reports. */
    public PublicFile agendaPack(long meetingId) {
        Loaded loaded = load(publicMeeting(meetingId));
        PublicMeeting dto = toPublic(loaded);
        List<AgendaDocument> pdfs = loaded.documents().values().stream().flatMap(List::stream)
                .filter(d -> d.getType() == DocumentType.PDF).toList();
        Map<Long, byte[]> contents = new HashMap<>();
        if (!pdfs.isEmpty()) {
            em.createQuery("SELECT c FROM DocumentContent c WHERE c.documentId IN :ids", DocumentContent.class)
                    .setParameter("ids", pdfs.stream().map(AgendaDocument::getId).toList())
                    .getResultList().forEach(c -> contents.put(c.getDocumentId(), c.getData()));
        }
        byte[] pdf = MeetingPdf.agendaPack(loaded.record(), pdfs.stream().filter(d -> contents.containsKey(d.getId()))
                .map(d -> new MeetingPdf.PackDocument(d.getItem().getNumber(), d.getTitle(), contents.get(d.getId())))
                .toList());
        return new PublicFile(fileName(loaded.meeting(), "agenda"), "application/pdf", pdf,
                dto.getFingerprint() + "-agenda", false, dto.getLastModified());
    }

    /** The minutes of a public meeting as a PDF, once drafted ("DRAFT - not yet confirmed" until confirmed). */
    public PublicFile minutesPdf(long meetingId) {
        Meeting m = publicMeeting(meetingId);
        if (!m.isMinutesPublic()) {
            throw new NotFoundException("Minutes of meeting", meetingId);
        }
        Loaded loaded = load(m);
        PublicMeeting dto = toPublic(loaded);
        return new PublicFile(fileName(m, "minutes"), "application/pdf", MeetingPdf.minutes(loaded.record()),
                dto.getFingerprint() + "-minutes", false, dto.getLastModified());
    }

    private static String fileName(Meeting m, String what) {
        return (m.getCommittee().getName() + " " + m.getDate() + " " + what).toLowerCase(java.util.Locale.UK)
                .replaceAll("[^a-z0-9]+", "-") + ".pdf";
    }

    // ---------------------------------------------------------------- work programme

    /** A committee's work programme, latest year first, by meeting; withdrawn items are left out. */
    public List<PublicProgrammeItem> workProgramme(long committeeId) {
        Committee c = findCommittee(committeeId);
        if (c.isPanel()) {
            return List.of();
        }
        return em.createQuery("SELECT w FROM WorkProgrammeItem w LEFT JOIN FETCH w.targetMeeting t"
                        + " LEFT JOIN FETCH w.deferredFrom WHERE w.committee.id = :c"
                        + " AND w.status <> org.cpchub.domain.meetings.ProgrammeStatus.WITHDRAWN"
                        + " ORDER BY w.municipalYear DESC, t.date, w.id", WorkProgrammeItem.class)
                .setParameter("c", committeeId).getResultStream()
                .map(w -> new PublicProgrammeItem(w.getMunicipalYear(), w.getTitle(), w.getLeadContributor(),
                        w.getPurpose(), w.getStatus().getLabel(),
                        w.getTargetMeeting() == null ? null : w.getTargetMeeting().getDate(),
                        w.getTargetMeeting() != null && Publication.isPublic(w.getTargetMeeting())
                                ? w.getTargetMeeting().getId() : null,
                        w.getDeferredFrom() == null ? null : w.getDeferredFrom().getDate()))
                .toList();
    }

    // ---------------------------------------------------------------- feed

    /**
     * What was published lately, newest first: agendas, supplementary agendas, reports added to a published
     * agenda, draft and confirmed minutes. Nothing of an exempt item. Five statements whatever the limit.
     */
    public List<PublicationEvent> recentlyPublished(int limit) {
        int n = Math.max(1, Math.min(limit, PageRequest.MAX_SIZE));
        List<PublicationEvent> events = new ArrayList<>();
        for (Meeting m : publicMeetings("m.firstPublishedAt IS NOT NULL", "m.firstPublishedAt DESC", n)) {
            events.add(new PublicationEvent("meeting-" + m.getId() + "-agenda", PublicationEvent.Kind.AGENDA,
                    "Agenda published: " + m.getTitle(), "The agenda and public reports of the meeting of the "
                    + m.getTitle() + " at " + Dates.time(m.getStartTime()) + (m.getVenue() == null ? "" : ", "
                    + m.getVenue()) + ".", m.getAgendaPublishedAt() != null ? m.getAgendaPublishedAt()
                    : m.getFirstPublishedAt(), m.getId(), null, null));
        }
        em.createQuery("SELECT i FROM AgendaItem i JOIN FETCH i.meeting m JOIN FETCH m.committee WHERE "
                        + PUBLIC_MEETING + " AND i.supplementaryPublishedAt IS NOT NULL"
                        + " AND i.exemption.paragraphs IS NULL ORDER BY i.supplementaryPublishedAt DESC", AgendaItem.class)
                .setParameter("panel", CommitteeKind.PANEL).setMaxResults(n).getResultStream()
                .filter(Publication::isContentPublic)
                .forEach(i -> events.add(new PublicationEvent("item-" + i.getId() + "-supplementary",
                        PublicationEvent.Kind.SUPPLEMENTARY_AGENDA, "Supplementary agenda: " + i.getMeeting().getTitle()
                        + ", item " + i.getNumber(), "Item " + i.getNumber() + ": " + i.getTitle() + ".",
                        i.getSupplementaryPublishedAt(), i.getMeeting().getId(), i.getId(), null)));
        em.createQuery("SELECT d FROM AgendaDocument d JOIN FETCH d.item i JOIN FETCH i.meeting m JOIN FETCH m.committee"
                        + " WHERE " + PUBLIC_MEETING + " AND d.uploadedAt > m.firstPublishedAt"
                        + " AND d.exemption.paragraphs IS NULL AND i.exemption.paragraphs IS NULL"
                        + " ORDER BY d.uploadedAt DESC", AgendaDocument.class)
                .setParameter("panel", CommitteeKind.PANEL).setMaxResults(n).getResultStream()
                .filter(Publication::isPublic)
                .forEach(d -> events.add(new PublicationEvent("document-" + d.getId(), PublicationEvent.Kind.DOCUMENT,
                        "Report published: " + d.getTitle(), d.getTitle() + " (" + d.getType().name() + ", "
                        + d.getSizeText() + ") for item " + d.getItem().getNumber() + ", " + d.getItem().getTitle()
                        + ", of the meeting of the " + d.getItem().getMeeting().getTitle() + ".",
                        d.getItem().getSupplementaryPublishedAt() != null
                                && d.getItem().getSupplementaryPublishedAt().isAfter(d.getUploadedAt())
                                ? d.getItem().getSupplementaryPublishedAt() : d.getUploadedAt(),
                        d.getItem().getMeeting().getId(), d.getItem().getId(), d.getId())));
        for (Meeting m : publicMeetings("(m.status = org.cpchub.domain.meetings.MeetingStatus.MINUTES_DRAFTED"
                + " OR m.status = org.cpchub.domain.meetings.MeetingStatus.MINUTES_CONFIRMED)", "m.date DESC", n)) {
            events.add(new PublicationEvent("meeting-" + m.getId() + "-draft-minutes",
                    PublicationEvent.Kind.DRAFT_MINUTES, "Draft minutes published: " + m.getTitle(),
                    PublicMinutes.DRAFT_NOTICE + " as a correct record.", m.getMinutesPublishedAt() != null
                    ? m.getMinutesPublishedAt() : startOf(m), m.getId(), null, null));
        }
        em.createQuery("SELECT m FROM Meeting m JOIN FETCH m.committee JOIN FETCH m.minutesConfirmedAt c WHERE "
                        + PUBLIC_MEETING + " AND m.status = org.cpchub.domain.meetings.MeetingStatus.MINUTES_CONFIRMED"
                        + " ORDER BY c.date DESC, m.id DESC", Meeting.class)
                .setParameter("panel", CommitteeKind.PANEL).setMaxResults(n).getResultStream()
                .forEach(m -> events.add(new PublicationEvent("meeting-" + m.getId() + "-minutes",
                        PublicationEvent.Kind.CONFIRMED_MINUTES, "Minutes confirmed: " + m.getTitle(),
                        "Confirmed as a correct record at the meeting on " + m.getMinutesConfirmedAt().getLongDate()
                                + ".", startOf(m.getMinutesConfirmedAt()), m.getId(), null, null)));
        return events.stream().sorted(Comparator.comparing(PublicationEvent::at).reversed()
                .thenComparing(PublicationEvent::key)).limit(n).toList();
    }

    private List<Meeting> publicMeetings(String condition, String order, int limit) {
        return em.createQuery("SELECT m FROM Meeting m JOIN FETCH m.committee WHERE " + PUBLIC_MEETING + " AND "
                        + condition + " ORDER BY " + order + ", m.id DESC", Meeting.class)
                .setParameter("panel", CommitteeKind.PANEL).setMaxResults(limit).getResultList();
    }

    private static Instant startOf(Meeting m) {
        return m.getDate().atTime(m.getStartTime()).atZone(UK).toInstant();
    }

    // ---------------------------------------------------------------- loading a meeting

    /** What is public of a meeting, as entities, filtered; never leaves this class except as a MeetingRecord for the PDFs. */
    private record Loaded(Meeting meeting, List<AgendaItem> items, Map<Long, List<AgendaDocument>> documents,
                          Map<Long, List<Resolution>> resolutions, Map<Long, List<ActionPoint>> actions,
                          Map<Long, List<Declaration>> declarations, Map<Long, List<ProceduralEvent>> events,
                          List<Attendance> attendance, List<ActionPoint> openActions) {

        <T> List<T> of(Map<Long, List<T>> byItem, AgendaItem item) {
            return byItem.getOrDefault(item.getId(), List.of());
        }

        MeetingRecord record() {
            return new MeetingRecord(meeting, items, resolutions, actions, declarations, events, documents, attendance,
                    List.of(), openActions, 0, false, null, 0, List.of());
        }
    }

    private Meeting publicMeeting(long id) {
        return findPublicMeeting(id).orElseThrow(() -> new NotFoundException(MEETING, id));
    }

    private Optional<Meeting> findPublicMeeting(long id) {
        return em.createQuery("SELECT m FROM Meeting m JOIN FETCH m.committee WHERE m.id = :id", Meeting.class)
                .setParameter("id", id).getResultStream().findFirst().filter(Publication::isPublic);
    }

    /**
     * The public parts of a meeting: its public items, the public documents of items whose content is public,
     * and, once the minutes are public, their parts of those items. Items and documents are two statements;
     * the minutes five more; the open actions of an upcoming meeting one; the confirming meeting one.
     */
    private Loaded load(Meeting m) {
        long id = m.getId();
        List<AgendaItem> items = em.createNamedQuery("AgendaItem.findByMeeting", AgendaItem.class)
                .setParameter("meetingId", id).getResultStream().filter(Publication::isPublic).toList();
        Set<Long> content = items.stream().filter(Publication::isContentPublic).map(AgendaItem::getId)
                .collect(Collectors.toSet());
        Set<Long> listed = items.stream().map(AgendaItem::getId).collect(Collectors.toSet());
        Map<Long, List<AgendaDocument>> documents = byItem(em.createNamedQuery("AgendaDocument.findByMeeting",
                AgendaDocument.class).setParameter("meetingId", id).getResultStream()
                .filter(d -> content.contains(d.getItem().getId()) && !d.getExemption().isExempt()),
                d -> d.getItem().getId());
        if (!m.isMinutesPublic()) {
            List<ActionPoint> open = m.getStatus() != MeetingStatus.AGENDA_PUBLISHED ? List.of()
                    : em.createQuery("SELECT a FROM ActionPoint a JOIN FETCH a.item i JOIN FETCH i.meeting pm"
                            + " LEFT JOIN FETCH a.owner WHERE pm.committee.id = :committeeId AND pm.date < :before"
                            + " AND a.status <> org.cpchub.domain.meetings.ActionStatus.CLOSED"
                            + " AND (pm.status = org.cpchub.domain.meetings.MeetingStatus.MINUTES_DRAFTED"
                            + " OR pm.status = org.cpchub.domain.meetings.MeetingStatus.MINUTES_CONFIRMED)"
                            + " AND i.exemption.paragraphs IS NULL ORDER BY pm.date, i.number, a.id", ActionPoint.class)
                    .setParameter("committeeId", m.getCommittee().getId()).setParameter("before", m.getDate())
                    .getResultList();
            return new Loaded(m, items, documents, Map.of(), Map.of(), Map.of(), Map.of(), List.of(), open);
        }
        Map<Long, List<Resolution>> resolutions = byItem(em.createNamedQuery("Resolution.findByMeeting",
                Resolution.class).setParameter("meetingId", id).getResultStream()
                .filter(r -> content.contains(r.getItem().getId())), r -> r.getItem().getId());
        Map<Long, List<ActionPoint>> actions = byItem(em.createNamedQuery("ActionPoint.findByMeeting",
                ActionPoint.class).setParameter("meetingId", id).getResultStream()
                .filter(a -> content.contains(a.getItem().getId())), a -> a.getItem().getId());
        Map<Long, List<Declaration>> declarations = byItem(em.createNamedQuery("Declaration.findByMeeting",
                Declaration.class).setParameter("meetingId", id).getResultStream()
                .filter(d -> content.contains(d.getItem().getId())), d -> d.getItem().getId());
        // procedural events are public for every listed item, exempt ones included: the resolution excluding
        // the public must be in the public minutes, and it repeats only the number, title and paragraphs
        Map<Long, List<ProceduralEvent>> events = byItem(em.createNamedQuery("ProceduralEvent.findByMeeting",
                ProceduralEvent.class).setParameter("meetingId", id).getResultStream()
                .filter(e -> e.getItem() == null || listed.contains(e.getItem().getId())),
                e -> e.getItem() == null ? 0L : e.getItem().getId());
        List<Attendance> attendance = em.createNamedQuery("Attendance.findByMeeting", Attendance.class)
                .setParameter("meetingId", id).getResultList();
        return new Loaded(m, items, documents, resolutions, actions, declarations, events, attendance, List.of());
    }

    private static <T> Map<Long, List<T>> byItem(Stream<T> rows, Function<T, Long> itemId) {
        return rows.collect(Collectors.groupingBy(itemId, LinkedHashMap::new, Collectors.toList()));
    }

    // ---------------------------------------------------------------- copying out

    private static PublicMeetingSummary summary(Meeting m) {
        PublicStatus status = PublicStatus.of(m);
        return new PublicMeetingSummary(m.getId(), m.getCommittee().getId(), m.getCommittee().getName(), m.getDate(),
                m.getStartTime(), m.getGuillotineTime(), m.getVenue(), status,
                status.isCalledOff() ? m.getStatusReason() : null, m.getVersion(),
                m.getUpdatedAt() != null ? m.getUpdatedAt() : m.getFirstPublishedAt());
    }

    private PublicMeeting toPublic(Loaded loaded) {
        Meeting m = loaded.meeting();
        MeetingRecord record = loaded.record();
        List<PublicItem> items = loaded.items().stream().map(i -> item(i, loaded)).toList();
        PublicMinutes minutes = m.isMinutesPublic() ? minutes(m, record.getMembersPresent().stream()
                .map(PublishedRecords::presentAs).toList(), loaded.events().getOrDefault(0L, List.of())) : null;
        if (minutes != null) {
            minutes = new PublicMinutes(minutes.draft(), minutes.confirmedOn(), minutes.confirmedAtMeetingId(),
                    minutes.publishedAt(), minutes.present(),
                    record.getApologies().stream().map(a -> a.getPerson().getPublicName()).toList(),
                    record.getInAttendance().stream().map(a -> a.getPerson().getPublicName()).toList(),
                    minutes.procedural());
        }
        List<PublicAction> open = loaded.openActions().stream().map(PublishedRecords::action).toList();
        PublicMeetingSummary summary = summary(m);
        String recording = m.getRecordingUrl();
        Instant published = m.getAgendaPublishedAt() != null ? m.getAgendaPublishedAt() : m.getFirstPublishedAt();
        String fingerprint = fingerprint(summary, published, recording, items, minutes, open);
        return new PublicMeeting(summary, published, recording, items, minutes, open, fingerprint);
    }

    private PublicMinutes minutes(Meeting m, List<String> present, List<ProceduralEvent> meetingEvents) {
        boolean draft = m.getStatus() == MeetingStatus.MINUTES_DRAFTED;
        Meeting confirmedAt = draft ? null : m.getMinutesConfirmedAt();
        return new PublicMinutes(draft, confirmedAt == null ? null : confirmedAt.getDate(),
                confirmedAt != null && Publication.isPublic(confirmedAt) ? confirmedAt.getId() : null,
                m.getMinutesPublishedAt(), present, List.of(), List.of(),
                meetingEvents.stream().map(ProceduralEvent::getMinutedText).toList());
    }

    private static String presentAs(Attendance a) {
        return a.getPerson().getPublicName()
                + (a.getStatus() == org.cpchub.domain.meetings.AttendanceStatus.PRESENT_REMOTELY
                ? " (remotely: not counted towards the quorum, no vote)" : "")
                + (a.getSubstituteFor() == null ? "" : " (substitute for " + a.getSubstituteFor().getPublicName() + ")");
    }

    private static PublicItem item(AgendaItem i, Loaded loaded) {
        List<String> procedural = loaded.of(loaded.events(), i).stream().map(ProceduralEvent::getMinutedText).toList();
        if (!Publication.isContentPublic(i)) {
            return new PublicItem(i.getId(), i.getMeeting().getId(), i.getNumber(), i.getTitle(),
                    i.getExemption().describe(), null, null, null, i.isLate(), false, null, null, procedural,
                    List.of(), null);
        }
        PublicItemMinutes minutes = null;
        if (i.getMeeting().isMinutesPublic()) {
            minutes = new PublicItemMinutes(MinutesText.sanitise(i.getMinutesText()), lines(i.getMembersNoted()),
                    loaded.of(loaded.declarations(), i).stream().map(Declaration::getMinutedText).toList(),
                    i.isNoDeclarations(), loaded.of(loaded.actions(), i).stream().map(PublishedRecords::action).toList(),
                    loaded.of(loaded.resolutions(), i).stream()
                            .map(r -> new PublicResolution(r.getNumber(), r.getText())).toList(),
                    i.getCorrectionNote());
        }
        return new PublicItem(i.getId(), i.getMeeting().getId(), i.getNumber(), i.getTitle(), null, i.getPurpose(),
                i.getLeadOfficer() == null ? null : i.getLeadOfficer().getPublicName(), i.getWardsAffected(),
                i.isLate(), i.isUrgentBusiness(), i.isUrgentBusiness() ? i.getUrgencyReason() : null,
                i.getRecordingLink(), procedural,
                loaded.of(loaded.documents(), i).stream().map(PublishedRecords::document).toList(), minutes);
    }

    private static PublicAction action(ActionPoint a) {
        return new PublicAction(a.getText(), a.getPublicOwnerName(), a.getDueDate(), a.getStatus().getLabel(),
                a.getProgressNote(), a.getItem().getMeeting().getDate());
    }

    private static PublicDocument document(AgendaDocument d) {
        return new PublicDocument(d.getId(), d.getItem().getId(), d.getItem().getMeeting().getId(), d.getTitle(),
                d.getFileName(), d.getType().name(), d.getType().getMediaType(), d.getSizeBytes(), d.getSizeText(),
                d.getSha256(), d.getBackgroundPapers(), d.getUploadedAt());
    }

    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A hash of everything public about the meeting: it changes exactly when what the public sees changes. */
    private static String fingerprint(Object... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
