package org.cpchub.ejb.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.directory.MembershipRole;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.directory.PersonKind;
import org.cpchub.domain.meetings.AgendaDocument;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.AttendanceStatus;
import org.cpchub.domain.meetings.Exemption;
import org.cpchub.domain.meetings.ItemKind;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.ProceduralKind;
import org.cpchub.domain.shared.BusinessException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.ejb.support.PersistenceTest;
import org.cpchub.ejb.support.SqlCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the public sees of the committees' meetings, read through PublishedRecords on a real database. */
class PublicationPersistenceTest extends PersistenceTest {
    private static final String SECRET = "Placement of child AB with the carers in Tilbury";
    private static final byte[] PDF = onePagePdf();

    private Committee cpc;
    private Person chair;
    private Person officer;

    @BeforeEach
    void open() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        cpc = inTx(() -> s.committees.create(new Committee("Corporate Parenting Committee " + tag,
                CommitteeKind.COMMITTEE, 2)));
        chair = inTx(() -> {
            Person p = new Person("Cllr Alex Morgan " + tag, PersonKind.COUNCILLOR);
            p.setParty("Independent");
            p.setEmail("alex.morgan@members.example.gov.uk");
            p.setPhone("01375 652000");
            return s.people.create(p);
        });
        officer = inTx(() -> {
            Person p = new Person("Jane Doe " + tag, PersonKind.OFFICER);
            p.setJobTitle("Head of Service for Children Looked After");
            p.setEmail("jane.doe@example.gov.uk");
            return s.people.create(p);
        });
    }

    private Meeting schedule(Committee c, LocalDate date) {
        return inTx(() -> s.meetings.schedule(c.getId(), date, LocalTime.of(18, 0), LocalTime.of(21, 30), null));
    }

    private Meeting published(LocalDate date) {
        Meeting m = schedule(cpc, date);
        s.clock.setDay(date.minusDays(10));
        run(() -> s.meetings.publishAgenda(m.getId(), null));
        return m;
    }

    private void holdAndDraft(Meeting m) {
        s.clock.setDay(m.getDate());
        run(() -> s.meetings.markHeld(m.getId()));
        s.clock.setDay(m.getDate().plusDays(7));
        run(() -> s.meetings.markMinutesDrafted(m.getId()));
    }

    private AgendaItem addItem(Meeting m, String title, String purpose) {
        return inTx(() -> s.meetings.addItem(m.getId(), title, ItemKind.REPORT, purpose, officer.getId()));
    }

    /** As the meeting page does: the item is edited detached, then saved. */
    private AgendaItem makeExempt(AgendaItem item, Integer... paragraphs) {
        AgendaItem edited = inTx(() -> s.meetings.item(item.getId()));
        return inTx(() -> {
            edited.setExemption(Exemption.of(List.of(paragraphs), "Identifies a child; no public interest in it"));
            return s.meetings.updateItem(edited);
        });
    }

    private AgendaDocument upload(AgendaItem item, String title, List<Integer> exempt) {
        return inTx(() -> s.documents.upload(item.getId(), title, title.toLowerCase().replace(' ', '-') + ".pdf", PDF,
                exempt, exempt.isEmpty() ? null : "Names a child", "None"));
    }

    private static PublicItem itemNumbered(PublicMeeting m, int number) {
        return m.items().stream().filter(i -> i.number() == number).findFirst().orElseThrow();
    }

    @Test
    void aMeetingIsNotPublicUntilItsAgendaIsPublishedAndStaysPublicAfterItIsCalledOff() {
        LocalDate day = LocalDate.of(2026, 3, 19);
        Meeting m = schedule(cpc, day);
        NotFoundException hidden = assertThrows(NotFoundException.class, () -> s.published.meeting(m.getId()));
        assertEquals(Page.class, s.published.meetings(cpc.getId(), null, null, PageRequest.first(10)).getClass());
        assertEquals(0, s.published.meetings(cpc.getId(), null, null, PageRequest.first(10)).total());
        assertTrue(s.published.upcoming(50).stream().noneMatch(x -> x.id() == m.getId()));
        assertTrue(s.published.calendar(cpc.getId(), day.minusYears(1)).isEmpty());
        NotFoundException missing = assertThrows(NotFoundException.class, () -> s.published.meeting(987_654_321L));
        assertEquals(missing.getMessage().replace("987654321", "ID"), hidden.getMessage().replace("" + m.getId(), "ID"),
                "not public answers exactly like does not exist");

        s.clock.setDay(day.minusDays(10));
        run(() -> s.meetings.publishAgenda(m.getId(), null));
        assertEquals(PublicStatus.AGENDA_PUBLISHED, s.published.meeting(m.getId()).summary().status());
        assertEquals(1, s.published.meetings(cpc.getId(), null, null, PageRequest.first(10)).total());
        assertTrue(s.published.upcoming(50).stream().anyMatch(x -> x.id() == m.getId()));

        run(() -> s.meetings.postpone(m.getId(), "Not enough members able to attend"));
        PublicMeeting postponed = s.published.meeting(m.getId());
        assertEquals(PublicStatus.POSTPONED, postponed.summary().status());
        assertEquals("Not enough members able to attend", postponed.summary().statusReason());
        run(() -> s.meetings.reschedule(m.getId(), day.plusDays(14), LocalTime.of(18, 0)));
        assertEquals(PublicStatus.RESCHEDULED, s.published.meeting(m.getId()).summary().status(),
                "what the public has seen stays public while the meeting is scheduled again");
        assertEquals(4, s.published.meeting(m.getId()).items().size());
    }

    @Test
    void anExemptItemShowsOnlyItsNumberTitleAndParagraphsEverywhere() {
        Meeting m = published(LocalDate.of(2026, 3, 19));
        AgendaItem exempt = addItem(m, "Placement sufficiency: individual cases", SECRET);
        upload(exempt, "Case summaries", List.of());
        makeExempt(exempt, 2, 1);
        holdAndDraft(m);
        run(() -> s.minutes.recordProcedure(m.getId(), exempt.getId(), ProceduralKind.EXCLUSION_OF_PUBLIC,
                LocalTime.of(19, 40), null));
        s.clock.setDay(m.getDate());
        run(() -> s.minutes.saveItemMinutes(exempt.getId(), "<p>" + SECRET + " was discussed.</p>", SECRET, true, null));
        run(() -> s.minutes.resolve(exempt.getId(), "That the placement of " + SECRET + " be approved."));
        run(() -> s.minutes.addAction(exempt.getId(), "Visit " + SECRET, officer.getId(), null, null));

        PublicMeeting pm = s.published.meeting(m.getId());
        PublicItem item = itemNumbered(pm, exempt.getNumber());
        assertTrue(item.isExempt());
        assertEquals("Placement sufficiency: individual cases", item.title());
        assertEquals("Exempt under paragraphs 1 and 2 of Part 1 of Schedule 12A to the Local Government Act 1972",
                item.exemptNotice());
        assertNull(item.purpose());
        assertNull(item.minutes());
        assertTrue(item.documents().isEmpty());
        assertTrue(item.procedural().get(0).contains("the public be excluded from the meeting for item "
                + exempt.getNumber()), "the s.100A(4) resolution is part of the public minutes");
        assertFalse(pm.toString().contains("Tilbury"), "nothing of the exempt item anywhere in the public meeting");
        PublicItemDetail detail = s.published.item(exempt.getId());
        assertTrue(detail.item().isExempt());
        assertFalse(detail.toString().contains("Tilbury"));
        assertFalse(s.published.recentlyPublished(50).toString().contains("Tilbury"));
        assertFalse(s.published.recentlyPublished(50).toString().contains("Case summaries"));
        assertFalse(pdfText(s.published.minutesPdf(m.getId()).content()).contains("Tilbury"));
        assertFalse(pdfText(s.published.agendaPack(m.getId()).content()).contains("Tilbury"));
    }

    @Test
    void anExemptOrUnpublishedDocumentCannotBeFetchedAndAnswersLikeAMissingOne() {
        Meeting m = published(LocalDate.of(2026, 3, 19));
        AgendaItem item = addItem(m, "Children's Social Care Performance", "Quarterly performance");
        inTx(() -> s.meetings.publishSupplementaryAgenda(m.getId()));
        AgendaDocument report = upload(item, "Performance report", List.of());
        AgendaDocument appendix = upload(item, "Appendix: case list", List.of(1));
        Meeting draft = schedule(cpc, LocalDate.of(2026, 6, 18));
        AgendaItem draftItem = addItem(draft, "Fostering recruitment", null);
        AgendaDocument unpublished = upload(draftItem, "Recruitment plan", List.of());

        PublicFile file = s.published.document(report.getId());
        assertTrue(Arrays.equals(PDF, file.content()), "exactly as uploaded");
        assertEquals(report.getSha256(), file.etag());
        assertEquals("application/pdf", file.mediaType());
        assertEquals(List.of("Performance report"), itemNumbered(s.published.meeting(m.getId()), item.getNumber())
                .documents().stream().map(PublicDocument::title).toList(), "the exempt appendix is not listed");

        String missing = assertThrows(NotFoundException.class, () -> s.published.document(987_654_321L)).getMessage()
                .replace("987654321", "ID");
        for (AgendaDocument hidden : List.of(appendix, unpublished)) {
            NotFoundException e = assertThrows(NotFoundException.class, () -> s.published.document(hidden.getId()));
            assertEquals(missing, e.getMessage().replace(String.valueOf(hidden.getId()), "ID"));
            assertThrows(NotFoundException.class, () -> s.published.documentInfo(hidden.getId()));
        }
        assertThrows(NotFoundException.class, () -> s.published.item(draftItem.getId()));
    }

    @Test
    void aLateItemAppearsOnceOnASupplementaryAgenda() {
        Meeting m = published(LocalDate.of(2026, 3, 19));
        AgendaItem late = addItem(m, "Sufficiency update", "Placements for children in care");
        upload(late, "Sufficiency report", List.of());
        assertTrue(s.published.meeting(m.getId()).items().stream().noneMatch(i -> i.id() == late.getId()));
        assertThrows(NotFoundException.class, () -> s.published.item(late.getId()));
        inTx(() -> s.meetings.publishSupplementaryAgenda(m.getId()));
        PublicItem shown = s.published.item(late.getId()).item();
        assertTrue(shown.late());
        assertEquals(1, shown.documents().size());
        assertTrue(s.published.recentlyPublished(20).stream()
                .anyMatch(e -> e.kind() == PublicationEvent.Kind.SUPPLEMENTARY_AGENDA && e.itemId() == late.getId()));
    }

    @Test
    void draftMinutesAreMarkedAndConfirmedMinutesSayWhere() {
        Meeting july = published(LocalDate.of(2024, 7, 31));
        AgendaItem item = addItem(july, "Thurrock Young Voices", "Update from the Children in Care Council");
        holdAndDraft(july);
        run(() -> s.minutes.recordAttendance(july.getId(), chair.getId(), true, AttendanceStatus.PRESENT, null));
        run(() -> s.minutes.recordAttendance(july.getId(), officer.getId(), false, AttendanceStatus.PRESENT, null));
        run(() -> s.minutes.resolve(item.getId(), "That the Committee noted the report."));
        run(() -> s.minutes.resolve(item.getId(), "That the Committee thanked the young people."));
        PublicMeeting draft = s.published.meeting(july.getId());
        assertEquals("Draft minutes - not yet confirmed", draft.minutes().getNotice());
        assertEquals(PublicStatus.DRAFT_MINUTES, draft.summary().status());
        assertEquals(List.of("1.1 That the Committee noted the report.", "1.2 That the Committee thanked the young"
                + " people."), itemNumbered(draft, item.getNumber()).minutes().resolutions().stream()
                .map(r -> r.number() + " " + r.text()).toList());
        assertEquals(List.of("Head of Service for Children Looked After"), draft.minutes().inAttendance(),
                "officers by job title");
        assertTrue(pdfText(s.published.minutesPdf(july.getId()).content()).contains("DRAFT"));

        Meeting october = published(LocalDate.of(2024, 10, 24));
        s.clock.setDay(october.getDate());
        run(() -> s.meetings.markHeld(october.getId()));
        run(() -> s.minutes.approvePreviousMinutes(s.meetings.items(october.getId()).get(0).getId()));
        PublicMeeting confirmed = s.published.meeting(july.getId());
        assertFalse(confirmed.minutes().draft());
        assertEquals("Confirmed as a correct record at the meeting on 24 October 2024", confirmed.minutes().getNotice());
        assertEquals(october.getId(), confirmed.minutes().confirmedAtMeetingId());
        assertThrows(NotFoundException.class, () -> s.published.minutesPdf(october.getId()),
                "no minutes PDF before the minutes are drafted");
        assertTrue(s.published.recentlyPublished(50).stream().anyMatch(e -> e.kind()
                == PublicationEvent.Kind.CONFIRMED_MINUTES && e.meetingId() == july.getId()));
    }

    @Test
    void membersAreCouncillorsAndCoOptedMembersWithoutContactDetails() {
        run(() -> s.committees.addMembership(cpc.getId(), chair.getId(), MembershipRole.CHAIR,
                LocalDate.of(2024, 5, 1), null));
        run(() -> s.committees.addMembership(cpc.getId(), officer.getId(), MembershipRole.LEAD_OFFICER,
                LocalDate.of(2024, 5, 1), null));
        List<PublicMember> members = s.published.members(cpc.getId());
        assertEquals(List.of(new PublicMember(chair.getName(), "Chair", "Independent")), members);
        assertFalse(members.toString().contains("@"));
        assertFalse(members.toString().contains("01375"));
        Committee panel = inTx(() -> s.committees.create(new Committee("Fostering Panel "
                + UUID.randomUUID().toString().substring(0, 6), CommitteeKind.PANEL, 5)));
        assertTrue(s.published.members(panel.getId()).isEmpty(), "panels are listed, their members are not");
        assertFalse(s.published.committee(panel.getId()).meetsInPublic());
        assertThrows(NotFoundException.class, () -> s.published.committee(987_654_321L));
    }

    @Test
    void panelMeetingsAreNeverPublic() {
        Committee panel = inTx(() -> s.committees.create(new Committee("Adoption Panel "
                + UUID.randomUUID().toString().substring(0, 6), CommitteeKind.PANEL, 5)));
        Meeting m = schedule(panel, LocalDate.of(2026, 3, 19));
        s.clock.setDay(LocalDate.of(2026, 3, 9));
        run(() -> s.meetings.publishAgenda(m.getId(), null));
        assertThrows(NotFoundException.class, () -> s.published.meeting(m.getId()));
        assertEquals(0, s.published.meetings(panel.getId(), null, null, PageRequest.first(10)).total());
    }

    @Test
    void publishedPapersCannotBeRemovedOrUnpublishedWithinSixYears() {
        Meeting m = published(LocalDate.of(2026, 3, 19));
        AgendaItem item = addItem(m, "Children's Social Care Performance", "Quarterly performance");
        inTx(() -> s.meetings.publishSupplementaryAgenda(m.getId()));
        AgendaDocument report = upload(item, "Performance report", List.of());
        s.clock.setDay(LocalDate.of(2026, 3, 12));
        BusinessException refused = assertThrows(BusinessException.class, () -> run(() -> s.documents.remove(
                report.getId())));
        assertEquals("The report \"Performance report\" was published and cannot be deleted or unpublished: the report"
                + " is kept until 19 March 2032 (6 years after the meeting) under the Local Government Act 1972"
                + " s.100C.", refused.getMessage());
        BusinessException exempt = assertThrows(BusinessException.class, () -> makeExempt(item, 1));
        assertTrue(exempt.getMessage().startsWith("Item " + item.getNumber() + " (Children's Social Care Performance)"
                + " was published and cannot be deleted or unpublished: the agenda is kept until 19 March 2032"),
                exempt.getMessage());
        assertEquals(1, s.published.document(report.getId()).content().length > 0 ? 1 : 0);

        run(() -> s.meetings.postpone(m.getId(), "Chair unwell"));
        run(() -> s.meetings.reschedule(m.getId(), LocalDate.of(2026, 4, 2), LocalTime.of(18, 0)));
        BusinessException removed = assertThrows(BusinessException.class, () -> run(() -> s.meetings.removeItem(
                item.getId())));
        assertTrue(removed.getMessage().contains("kept until 2 April 2032 (6 years after the meeting)"),
                removed.getMessage());
        assertEquals(report.getId(), s.published.documentInfo(report.getId()).id(), "still public");

        Meeting draft = schedule(cpc, LocalDate.of(2026, 9, 17));
        AgendaItem mistake = addItem(draft, "Added by mistake", null);
        AgendaDocument wrong = upload(mistake, "Wrong file", List.of());
        run(() -> s.documents.remove(wrong.getId()));
        run(() -> s.meetings.removeItem(mistake.getId()));
    }

    @Test
    void readingAPublicMeetingTakesTheSameNumberOfStatementsHoweverBigItIs() {
        Meeting small = published(LocalDate.of(2024, 7, 31));
        Meeting big = published(LocalDate.of(2024, 10, 24));
        for (int i = 0; i < 12; i++) {
            AgendaItem item = addItem(big, "Report " + i, "Purpose " + i);
            upload(item, "Report " + i, List.of());
            upload(item, "Appendix " + i, List.of());
        }
        holdAndDraft(small);
        holdAndDraft(big);
        for (AgendaItem item : s.meetings.items(big.getId())) {
            run(() -> s.minutes.resolve(item.getId(), "Noted"));
            run(() -> s.minutes.addAction(item.getId(), "Report back", officer.getId(), null, null));
            run(() -> s.minutes.declare(item.getId(), chair.getId(), "Non-pecuniary interest", "a foster carer",
                    false, false, false));
        }
        run(() -> s.minutes.recordAttendance(big.getId(), chair.getId(), true, AttendanceStatus.PRESENT, null));
        em.clear();
        SqlCounter.reset();
        s.published.meeting(small.getId());
        int smallCount = SqlCounter.count();
        String smallSql = SqlCounter.statements();
        em.clear();
        SqlCounter.reset();
        PublicMeeting read = s.published.meeting(big.getId());
        int bigCount = SqlCounter.count();
        assertEquals(16, read.items().size());
        assertEquals(24, read.items().stream().mapToInt(i -> i.documents().size()).sum());
        assertEquals(smallCount, bigCount, "statements for a 4-item and a 16-item meeting:\nsmall:\n" + smallSql
                + "\nbig:\n" + SqlCounter.statements());
        assertTrue(bigCount <= 9, "at most 9 statements, was " + bigCount + ":\n" + SqlCounter.statements());
    }

    @Test
    void meetingsArePagedAndFilteredByCommitteeAndDates() {
        for (int month = 1; month <= 5; month++) {
            published(LocalDate.of(2025, month * 2, 12));
        }
        Committee other = inTx(() -> s.committees.create(new Committee("Scrutiny "
                + UUID.randomUUID().toString().substring(0, 6), CommitteeKind.SCRUTINY_COMMITTEE, 3)));
        Meeting elsewhere = schedule(other, LocalDate.of(2025, 6, 5));
        s.clock.setDay(LocalDate.of(2025, 5, 20));
        run(() -> s.meetings.publishAgenda(elsewhere.getId(), null));

        Page<PublicMeetingSummary> first = s.published.meetings(cpc.getId(), null, null, new PageRequest(0, 2, null, true));
        assertEquals(5, first.total());
        assertEquals(List.of(LocalDate.of(2025, 2, 12), LocalDate.of(2025, 4, 12)),
                first.items().stream().map(PublicMeetingSummary::date).toList());
        Page<PublicMeetingSummary> newest = s.published.meetings(cpc.getId(), null, null,
                new PageRequest(0, 2, "date", false));
        assertEquals(LocalDate.of(2025, 10, 12), newest.items().get(0).date());
        Page<PublicMeetingSummary> summer = s.published.meetings(null, LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 8, 31), PageRequest.first(10));
        assertTrue(summer.items().stream().map(PublicMeetingSummary::date).toList()
                .containsAll(List.of(LocalDate.of(2025, 6, 5), LocalDate.of(2025, 6, 12), LocalDate.of(2025, 8, 12))));
        assertTrue(summer.items().stream().allMatch(x -> !x.date().isBefore(LocalDate.of(2025, 6, 1))
                && !x.date().isAfter(LocalDate.of(2025, 8, 31))));
        assertEquals(List.of(2025), s.published.years(cpc.getId()));
        assertTrue(s.published.calendarLastModified(cpc.getId()) != null);
    }

    @Test
    void theWorkProgrammeLeavesOutWithdrawnItems() {
        Meeting m = published(LocalDate.of(2026, 3, 19));
        Meeting later = schedule(cpc, LocalDate.of(2026, 6, 18));
        var kept = inTx(() -> s.programme.plan(cpc.getId(), m.getId(), "Fostering annual report", "Service Manager",
                "To note the report"));
        var dropped = inTx(() -> s.programme.plan(cpc.getId(), later.getId(), "Joint inspection", null, null));
        run(() -> s.programme.withdraw(dropped.getId(), "Inspection postponed by Ofsted"));
        List<PublicProgrammeItem> programme = s.published.workProgramme(cpc.getId());
        assertEquals(List.of("Fostering annual report"), programme.stream().map(PublicProgrammeItem::title).toList());
        assertEquals(m.getId(), programme.get(0).meetingId(), "linked: the meeting is public");
        assertEquals(kept.getMunicipalYear(), programme.get(0).municipalYear());
    }

    static byte[] onePagePdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
