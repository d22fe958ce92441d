package org.cpchub.ejb.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.directory.PersonKind;
import org.cpchub.domain.meetings.ActionStatus;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.AttendanceStatus;
import org.cpchub.domain.meetings.ItemKind;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.MeetingStatus;
import org.cpchub.domain.meetings.ProceduralKind;
import org.cpchub.domain.meetings.StandardItem;
import org.cpchub.domain.shared.BusinessException;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.ejb.support.PersistenceTest;
import org.cpchub.ejb.support.SqlCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Meetings on a real database: agenda building, the lifecycle, minutes and the bounded query count. */
class MeetingsPersistenceTest extends PersistenceTest {
    private Committee cpc;
    private Person chair;

    @BeforeEach
    void open() {
        cpc = inTx(() -> s.committees.create(new Committee("CPC " + UUID.randomUUID().toString().substring(0, 8),
                CommitteeKind.COMMITTEE, 2)));
        chair = inTx(() -> s.people.create(new Person("Cllr Chair " + UUID.randomUUID().toString().substring(0, 4),
                PersonKind.COUNCILLOR)));
    }

    private Meeting schedule(LocalDate date) {
        return inTx(() -> s.meetings.schedule(cpc.getId(), date, LocalTime.of(18, 0), LocalTime.of(21, 30), null));
    }

    /** Publishes (eight days before), holds and drafts the minutes of a meeting. */
    private Meeting held(LocalDate date) {
        Meeting m = schedule(date);
        s.clock.setDay(date.minusDays(8));
        run(() -> s.meetings.publishAgenda(m.getId(), null));
        s.clock.setDay(date);
        run(() -> s.meetings.markHeld(m.getId()));
        return m;
    }

    private List<String> titles(Meeting m) {
        return s.meetings.items(m.getId()).stream().map(i -> i.getNumber() + " " + i.getTitle()).toList();
    }

    @Test
    void aNewMeetingGetsTheStandardItemsAndAMinutesItemNamingThePreviousMeeting() {
        schedule(LocalDate.of(2024, 7, 31));
        Meeting october = schedule(LocalDate.of(2024, 10, 24));
        List<String> titles = titles(october);
        assertEquals("1 To approve as a correct record the minutes of the " + cpc.getName()
                + " meeting held on 31 July 2024.", titles.get(0));
        assertEquals(List.of("2 Items of Urgent Business", "3 Declaration of Interests", "4 Work Programme"),
                titles.subList(1, 4));
    }

    @Test
    void eachCommitteeHasItsOwnAgendaTemplate() {
        Committee panel = inTx(() -> {
            Committee c = new Committee("Panel " + UUID.randomUUID().toString().substring(0, 6), CommitteeKind.PANEL, 5);
            c.setAgendaTemplate(List.of("MINUTES", "DECLARATIONS"));
            return s.committees.create(c);
        });
        Meeting m = inTx(() -> s.meetings.schedule(panel.getId(), LocalDate.of(2026, 4, 14), LocalTime.of(10, 0), null, null));
        List<String> titles = titles(m);
        assertEquals(2, titles.size(), titles.toString());
        assertEquals("2 Declaration of Interests", titles.get(1));
        assertTrue(s.meetings.record(m.getId()).warnings().stream().noneMatch(w -> w.contains("Work Programme")),
                "no warning for an item the template leaves out");
    }

    @Test
    void itemsGoBeforeTheWorkProgrammeAndAreRenumberedWhenMoved() {
        Meeting m = schedule(LocalDate.of(2026, 3, 10));
        AgendaItem a = inTx(() -> s.meetings.addItem(m.getId(), "Thurrock Young Voices", ItemKind.REPORT, null, null));
        AgendaItem b = inTx(() -> s.meetings.addItem(m.getId(), "Children's Social Care Performance", ItemKind.REPORT,
                null, null));
        assertEquals(6, titles(m).size());
        assertEquals("5 Children's Social Care Performance", titles(m).get(4));
        assertEquals("6 Work Programme", titles(m).get(5));
        run(() -> s.meetings.moveItem(b.getId(), 4));
        assertEquals(List.of("4 Children's Social Care Performance", "5 Thurrock Young Voices", "6 Work Programme"),
                titles(m).subList(3, 6));
        AgendaItem minutes = s.meetings.items(m.getId()).get(0);
        assertThrows(BusinessException.class, () -> run(() -> s.meetings.moveItem(minutes.getId(), 3)));
        assertThrows(BusinessException.class, () -> run(() -> s.meetings.moveItem(a.getId(), 1)));
        run(() -> s.meetings.removeItem(a.getId()));
        assertEquals("5 Work Programme", titles(m).get(4), "no gap after removal");
    }

    @Test
    void publishingWithFewerThanFiveClearDaysNeedsAReasonWhichIsKept() {
        s.clock.setDay(LocalDate.of(2026, 3, 2));
        Meeting tuesday = schedule(LocalDate.of(2026, 3, 10));
        MeetingRecord r = s.meetings.record(tuesday.getId());
        assertEquals(LocalDate.of(2026, 3, 2), r.latestPublication(), "DOMAIN.md worked example");
        run(() -> s.meetings.publishAgenda(tuesday.getId(), null));
        assertEquals(MeetingStatus.AGENDA_PUBLISHED, s.meetings.get(tuesday.getId()).getStatus());

        Meeting soon = schedule(LocalDate.of(2026, 3, 6));
        BusinessException e = assertThrows(BusinessException.class,
                () -> run(() -> s.meetings.publishAgenda(soon.getId(), " ")));
        assertTrue(e.getMessage().contains("only 3 clear days"), e.getMessage());
        run(() -> s.meetings.publishAgenda(soon.getId(), "Urgent decision on placements before the deadline"));
        assertEquals("Urgent decision on placements before the deadline",
                s.meetings.get(soon.getId()).getShortNoticeReason());
    }

    @Test
    void theLifecycleRefusesIllegalSteps() {
        s.clock.setDay(LocalDate.of(2026, 3, 2));
        Meeting m = schedule(LocalDate.of(2026, 3, 19));
        BusinessException early = assertThrows(BusinessException.class, () -> run(() -> s.meetings.markHeld(m.getId())));
        assertTrue(early.getMessage().contains("cannot become held"), early.getMessage());
        run(() -> s.meetings.publishAgenda(m.getId(), null));
        assertThrows(BusinessException.class, () -> run(() -> s.meetings.markHeld(m.getId())), "not before its date");
        assertThrows(BusinessException.class, () -> run(() -> s.meetings.cancel(m.getId(), "")), "reason required");
        run(() -> s.meetings.postpone(m.getId(), "Not quorate expected: several apologies"));
        run(() -> s.meetings.reschedule(m.getId(), LocalDate.of(2026, 3, 26), LocalTime.of(18, 0)));
        Meeting moved = s.meetings.get(m.getId());
        assertEquals(MeetingStatus.SCHEDULED, moved.getStatus());
        assertEquals(LocalDate.of(2026, 3, 26), moved.getDate());
    }

    @Test
    void minutesHaveNumberedResolutionsAndAreConfirmedAtTheNextMeeting() {
        Meeting july = held(LocalDate.of(2024, 7, 31));
        assertThrows(BusinessException.class, () -> run(() -> s.meetings.addItem(july.getId(), "Too late",
                ItemKind.REPORT, null, null)), "no new items once the meeting has been held");
        AgendaItem performance = s.meetings.items(july.getId()).get(1);
        run(() -> s.minutes.resolve(performance.getId(), "That the committee noted the report."));
        run(() -> s.minutes.resolve(performance.getId(), "That the committee commented on the figures."));
        run(() -> s.minutes.resolve(performance.getId(), "That officers report back in January."));
        MeetingRecord r = s.meetings.record(july.getId());
        assertEquals(List.of("1.1", "1.2", "1.3"), r.resolutionsOf(performance).stream().map(x -> x.getNumber()).toList());
        run(() -> s.minutes.removeResolution(r.resolutionsOf(performance).get(1).getId()));
        assertEquals(List.of("1.1", "1.2"), s.meetings.record(july.getId()).resolutionsOf(performance).stream()
                .map(x -> x.getNumber()).toList(), "renumbered without a gap");
        run(() -> s.meetings.markMinutesDrafted(july.getId()));

        Meeting october = held(LocalDate.of(2024, 10, 24));
        AgendaItem minutesItem = s.meetings.items(october.getId()).get(0);
        assertEquals(StandardItem.MINUTES, minutesItem.getStandardItem());
        run(() -> s.minutes.approvePreviousMinutes(minutesItem.getId()));
        Meeting confirmed = s.meetings.get(july.getId());
        assertEquals(MeetingStatus.MINUTES_CONFIRMED, confirmed.getStatus());
        assertEquals(october.getId(), confirmed.getMinutesConfirmedAt().getId());
        assertEquals("1.1", s.meetings.record(october.getId()).resolutionsOf(minutesItem).get(0).getNumber());
        BusinessException locked = assertThrows(BusinessException.class,
                () -> run(() -> s.minutes.resolve(performance.getId(), "An afterthought")));
        assertTrue(locked.getMessage().contains("confirmed as a correct record"), locked.getMessage());
    }

    @Test
    void urgentBusinessWithoutTheChairsReasonBlocksConfirmation() {
        Meeting july = schedule(LocalDate.of(2024, 7, 31));
        s.clock.setDay(LocalDate.of(2024, 7, 22));
        run(() -> s.meetings.publishAgenda(july.getId(), null));
        AgendaItem urgent = inTx(() -> s.meetings.addItem(july.getId(), "Performance update", ItemKind.URGENT_BUSINESS,
                null, null));
        assertTrue(urgent.isLate(), "added after publication");
        s.clock.setDay(LocalDate.of(2024, 7, 31));
        run(() -> s.meetings.markHeld(july.getId()));
        run(() -> s.meetings.markMinutesDrafted(july.getId()));
        assertTrue(s.meetings.record(july.getId()).warnings().stream().anyMatch(w -> w.contains("special circumstances")));

        Meeting october = held(LocalDate.of(2024, 10, 24));
        AgendaItem minutesItem = s.meetings.items(october.getId()).get(0);
        BusinessException e = assertThrows(BusinessException.class,
                () -> run(() -> s.minutes.approvePreviousMinutes(minutesItem.getId())));
        assertTrue(e.getMessage().contains("s.100B(4)(b)"), e.getMessage());
        run(() -> s.minutes.saveItemMinutes(urgent.getId(), "<p>The figures were needed before the January report.</p>",
                null, true, "The DfE return deadline fell before the next meeting."));
        run(() -> s.minutes.approvePreviousMinutes(minutesItem.getId()));
        assertEquals(MeetingStatus.MINUTES_CONFIRMED, s.meetings.get(july.getId()).getStatus());
    }

    @Test
    void quorumCountsVotingMembersPhysicallyPresent() {
        Meeting m = held(LocalDate.of(2024, 10, 24));
        Person remote = inTx(() -> s.people.create(new Person("Cllr Remote", PersonKind.COUNCILLOR)));
        Person officer = inTx(() -> s.people.create(new Person("Head of Service", PersonKind.OFFICER)));
        run(() -> s.minutes.recordAttendance(m.getId(), chair.getId(), true, AttendanceStatus.PRESENT, null));
        run(() -> s.minutes.recordAttendance(m.getId(), remote.getId(), true, AttendanceStatus.PRESENT_REMOTELY, null));
        run(() -> s.minutes.recordAttendance(m.getId(), officer.getId(), false, AttendanceStatus.PRESENT, null));
        MeetingRecord r = s.meetings.record(m.getId());
        assertEquals(1, r.countedForQuorum());
        assertEquals(false, r.quorate(), "quorum 2: remote members and officers do not count");
        run(() -> s.minutes.recordAttendance(m.getId(), remote.getId(), true, AttendanceStatus.PRESENT, null));
        assertEquals(true, s.meetings.record(m.getId()).quorate());
    }

    @Test
    void minutesTextIsSanitisedAndProceduresAreMinuted() {
        Meeting m = held(LocalDate.of(2024, 10, 24));
        AgendaItem item = s.meetings.items(m.getId()).get(1);
        run(() -> s.minutes.saveItemMinutes(item.getId(),
                "<p onclick=\"x()\">There were no items.<script>alert(1)</script></p>", null, false, null));
        assertEquals("<p>There were no items.</p>", s.meetings.items(m.getId()).get(1).getMinutesText());
        run(() -> s.minutes.recordProcedure(m.getId(), item.getId(), ProceduralKind.STANDING_ORDERS_EXTENSION,
                LocalTime.of(21, 11), 30));
        assertEquals("Standing Orders were called at 9.11pm when it was agreed the meeting would be extended by 30"
                + " minutes.", s.meetings.record(m.getId()).eventsOf(item).get(0).getMinutedText());
    }

    @Test
    void actionsAreLoggedAcrossMeetingsAndClosedByTheCommittee() {
        Meeting july = held(LocalDate.of(2024, 7, 31));
        AgendaItem item = s.meetings.items(july.getId()).get(1);
        var action = inTx(() -> s.minutes.addAction(item.getId(), "Draft a mentoring programme", null,
                "Thurrock Young Voices", LocalDate.of(2024, 9, 30)));
        Meeting october = held(LocalDate.of(2024, 10, 24));
        MeetingRecord r = s.meetings.record(october.getId());
        assertEquals(1, r.openActionsOfCommittee().size(), "open actions come forward to the next meeting");
        assertEquals(1, s.actions.find(new ActionFilter(cpc.getId(), null, null, true), PageRequest.first(10)).total(),
                "overdue on 24 October");
        assertEquals(0, s.actions.find(new ActionFilter(cpc.getId(), chair.getId(), null, false), PageRequest.first(10))
                .total(), "filtered by owner: the chair owns none");
        run(() -> s.actions.close(action.getId(), october.getId()));
        assertEquals(ActionStatus.CLOSED, s.actions.get(action.getId()).getStatus());
        assertEquals(0, s.meetings.record(october.getId()).openActionsOfCommittee().size());
    }

    @Test
    void openingAMeetingTakesTheSameNumberOfStatementsHoweverBigItIs() {
        Meeting small = held(LocalDate.of(2024, 7, 31));
        Meeting big = held(LocalDate.of(2024, 10, 24));
        fill(small, 0, 1);
        fill(big, 26, 8);
        em.clear();
        SqlCounter.reset();
        MeetingRecord smallRecord = s.meetings.record(small.getId());
        int smallCount = SqlCounter.count();
        String smallSql = SqlCounter.statements();
        em.clear();
        SqlCounter.reset();
        MeetingRecord bigRecord = s.meetings.record(big.getId());
        int bigCount = SqlCounter.count();
        assertEquals(30, bigRecord.items().size());
        assertEquals(30 * 8, bigRecord.actions().values().stream().mapToInt(List::size).sum());
        assertEquals(60, bigRecord.documents().values().stream().mapToInt(List::size).sum());
        assertNotNull(smallRecord);
        assertEquals(smallCount, bigCount, "SQL statements to open a 4-item and a 30-item meeting:\nsmall:\n"
                + smallSql + "\nbig:\n" + SqlCounter.statements());
        assertTrue(bigCount <= 12, "at most 12 statements, was " + bigCount);
    }

    static final byte[] PDF = onePagePdf();

    static byte[] onePagePdf() {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] zipWith(String entry) {
        try (var bytes = new java.io.ByteArrayOutputStream(); var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            zip.write("<x/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void documentsAreCheckedByContentAndKeptUnaltered() {
        Meeting m = schedule(LocalDate.of(2026, 3, 10));
        AgendaItem item = inTx(() -> s.meetings.addItem(m.getId(), "Performance", ItemKind.REPORT, null, null));
        var report = inTx(() -> s.documents.upload(item.getId(), "Performance report", "report.pdf", PDF,
                List.of(), null, "Children looked after data, DfE SSDA903 2024"));
        assertEquals(64, report.getSha256().length());
        assertTrue(java.util.Arrays.equals(PDF, s.documents.content(report.getId())), "the original bytes");
        inTx(() -> s.documents.upload(item.getId(), "Data", "data.xlsx", zipWith("xl/workbook.xml"), List.of(3),
                "Prices of a provider under negotiation", "None"));
        var damaged = assertThrows(org.cpchub.domain.shared.InvalidInputException.class, () -> inTx(() ->
                s.documents.upload(item.getId(), "Damaged", "damaged.pdf", "%PDF-1.4 truncated".getBytes(
                        java.nio.charset.StandardCharsets.US_ASCII), List.of(), null, "None")));
        assertTrue(damaged.getMessage().contains("cannot be read"), damaged.getMessage());
        var e = assertThrows(org.cpchub.domain.shared.InvalidInputException.class, () -> inTx(() -> s.documents.upload(
                item.getId(), "Renamed", "report.docx", PDF, List.of(), null, "None")));
        assertTrue(e.getMessage().contains("its content is a PDF file"), e.getMessage());
        assertThrows(org.cpchub.domain.shared.InvalidInputException.class, () -> inTx(() -> s.documents.upload(
                item.getId(), "Script", "run.exe", PDF, List.of(), null, "None")));
        var papers = assertThrows(org.cpchub.domain.shared.InvalidInputException.class, () -> inTx(() ->
                s.documents.upload(item.getId(), "No papers", "x.pdf", PDF, List.of(), null, " ")));
        assertTrue(papers.getFieldErrors().containsKey("backgroundPapers"), "background papers, or 'None', required");
        var exempt = assertThrows(org.cpchub.domain.shared.InvalidInputException.class, () -> inTx(() ->
                s.documents.upload(item.getId(), "Exempt", "x.pdf", PDF, List.of(8), "note", "None")));
        assertTrue(exempt.getMessage().contains("paragraph 1 to 7"), exempt.getMessage());
        MeetingRecord r = s.meetings.record(m.getId());
        AgendaItem loaded = r.items().stream().filter(i -> i.getId().equals(item.getId())).findFirst().orElseThrow();
        assertEquals(2, r.documentsOf(loaded).size());
        assertTrue(r.documentsOf(loaded).get(1).isExempt());
    }

    @Test
    void lateItemsGoOnASupplementaryAgendaOrAreUrgent() {
        s.clock.setDay(LocalDate.of(2026, 3, 2));
        Meeting m = schedule(LocalDate.of(2026, 3, 12));
        run(() -> s.meetings.publishAgenda(m.getId(), null));
        AgendaItem late = inTx(() -> s.meetings.addItem(m.getId(), "Sufficiency update", ItemKind.REPORT, null, null));
        assertTrue(s.meetings.record(m.getId()).warnings().stream().anyMatch(w -> w.contains("supplementary agenda")));
        assertEquals(1, inTx(() -> s.meetings.publishSupplementaryAgenda(m.getId())));
        assertTrue(s.meetings.record(m.getId()).warnings().stream().noneMatch(w -> w.contains("supplementary")));
        assertNotNull(s.meetings.items(m.getId()).stream().filter(i -> i.getId().equals(late.getId())).findFirst()
                .orElseThrow().getSupplementaryPublishedAt());
    }

    @Test
    void declarationsUseTheCouncilsCategories() {
        Meeting m = held(LocalDate.of(2024, 10, 24));
        AgendaItem item = s.meetings.items(m.getId()).get(2);
        assertEquals(List.of("Disclosable pecuniary interest", "Other registrable interest", "Non-registrable interest",
                "Non-pecuniary interest"), s.settings.declarationCategories(), "the defaults from the migration");
        assertThrows(org.cpchub.domain.shared.InvalidInputException.class, () -> run(() -> s.minutes.declare(
                item.getId(), chair.getId(), "Personal prejudicial interest", null, false, false, false)));
        run(() -> s.settings.setDeclarationCategories(List.of("Disclosable pecuniary interest", " Personal prejudicial interest ")));
        run(() -> s.minutes.declare(item.getId(), chair.getId(), "Personal prejudicial interest", "a relative is a carer",
                false, false, true));
        assertEquals(chair.getName() + " declared a personal prejudicial interest in that a relative is a carer, and"
                + " left the room for the item.", s.meetings.record(m.getId()).declarationsOf(item).get(0).getMinutedText());
        run(() -> s.settings.setDeclarationCategories(List.of(org.cpchub.domain.meetings.Declaration.CATEGORIES)));
    }

    @Test
    void confirmedMinutesAreCorrectedOnlyByARecordedCorrection() {
        Meeting july = held(LocalDate.of(2024, 7, 31));
        run(() -> s.meetings.markMinutesDrafted(july.getId()));
        Meeting october = held(LocalDate.of(2024, 10, 24));
        run(() -> s.minutes.approvePreviousMinutes(s.meetings.items(october.getId()).get(0).getId()));
        AgendaItem item = s.meetings.items(july.getId()).get(1);
        assertThrows(BusinessException.class, () -> run(() -> s.minutes.saveItemMinutes(item.getId(), "new", null,
                false, null)));
        run(() -> s.minutes.recordCorrection(item.getId(), "The figure of 267 should read 276 (typing error)."));
        assertEquals("24 October 2024: The figure of 267 should read 276 (typing error).",
                s.meetings.items(july.getId()).get(1).getCorrectionNote());
    }

    /** Adds items (before the meeting is held would be the usual way; here straight into the tables) with actions. */
    private void fill(Meeting m, int extraItems, int actionsPerItem) {
        em.getTransaction().begin();
        Meeting managed = em.find(Meeting.class, m.getId());
        for (int i = 0; i < extraItems; i++) {
            em.persist(new AgendaItem(managed, 5 + i, "Report " + i, ItemKind.REPORT));
        }
        em.getTransaction().commit();
        em.clear();
        for (AgendaItem item : s.meetings.items(m.getId())) {
            for (int a = 0; a < actionsPerItem; a++) {
                int n = a;
                run(() -> s.minutes.addAction(item.getId(), "Action " + n, chair.getId(), null, null));
            }
            run(() -> s.minutes.resolve(item.getId(), "Noted"));
            for (int d = 0; d < actionsPerItem / 4; d++) {
                run(() -> s.documents.upload(item.getId(), "Report", "report.pdf", PDF, List.of(), null, "None"));
            }
            run(() -> s.minutes.declare(item.getId(), chair.getId(), "Non-pecuniary interest", "a foster carer",
                    false, false, false));
        }
    }
}
