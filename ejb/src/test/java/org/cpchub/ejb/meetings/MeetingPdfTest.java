package org.cpchub.ejb.meetings;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.directory.PersonKind;
import org.cpchub.domain.meetings.ActionPoint;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.Attendance;
import org.cpchub.domain.meetings.AttendanceStatus;
import org.cpchub.domain.meetings.Declaration;
import org.cpchub.domain.meetings.Exemption;
import org.cpchub.domain.meetings.ItemKind;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.MeetingStatus;
import org.cpchub.domain.meetings.ProceduralEvent;
import org.cpchub.domain.meetings.ProceduralKind;
import org.cpchub.domain.meetings.Resolution;
import org.cpchub.domain.meetings.StandardItem;
import org.cpchub.ejb.meetings.MeetingPdf.PackDocument;
import org.cpchub.ejb.support.Wiring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The agenda pack and minutes PDFs, read back with PDFBox. No database: the meeting record is built by hand. */
class MeetingPdfTest {
    /** Every piece of exempt content carries this word; no public PDF may contain it. */
    private static final String SECRET = "SECRET";
    private static final String TITLE = "Corporate Parenting Committee, 24 October 2024";
    private static final String PUBLIC_ACTION = "Bring the Quarter 3 figures to the January meeting.";
    private static final String PUBLIC_RESOLUTION = "Members noted the performance report.";

    private final Committee cpc = new Committee("Corporate Parenting Committee", CommitteeKind.COMMITTEE, 3);
    private final Person chair = new Person("Cllr Alex Morgan", PersonKind.COUNCILLOR);
    private final Person officer = new Person("Head of Service for Children Looked After", PersonKind.OFFICER);
    private Meeting meeting;
    private final List<AgendaItem> items = new ArrayList<>();
    private final Map<Long, List<Resolution>> resolutions = new HashMap<>();
    private final Map<Long, List<ActionPoint>> actions = new HashMap<>();
    private final Map<Long, List<Declaration>> declarations = new HashMap<>();
    private final Map<Long, List<ProceduralEvent>> events = new HashMap<>();
    private final List<Attendance> attendance = new ArrayList<>();
    private final List<ActionPoint> openActions = new ArrayList<>();

    @BeforeEach
    void meeting() {
        meeting = new Meeting(cpc, LocalDate.of(2024, 10, 24), LocalTime.of(19, 0));
        meeting.setVenue("Council Chamber, Civic Offices, Grays");
        meeting.setRecordingUrl("https://www.example.gov.uk/recording");
        Wiring.set(meeting, "status", MeetingStatus.MINUTES_DRAFTED);
        Wiring.set(meeting, "agendaPublishedAt", Instant.parse("2024-10-16T09:00:00Z"));

        AgendaItem minutes = item(AgendaItem.standard(meeting, 1, StandardItem.MINUTES,
                StandardItem.minutesTitle(cpc.getName(), "31 July 2024")));
        minutes.setMinutesText("<p>The minutes of 31 July 2024 were approved as a correct record.</p>");

        AgendaItem performance = item(new AgendaItem(meeting, 2, "Children's Social Care Performance",
                ItemKind.REPORT));
        // markup characters to escape, and a vertical tab pasted from Word that XML cannot hold
        performance.setPurpose("To report the performance of Children's Social Care.\u000b");
        performance.setWardsAffected("Aveley & Uplands; <all wards>");
        performance.setLeadOfficer(officer);
        // As pasted by a clerk: a bare <br>, a table without tbody, a link, an ampersand.
        performance.setMinutesText("<p>Key points:<br>numbers in care fell</p><ul><li>Quarter 2 down to 267</li></ul>"
                + "<table><tr><td>Quarter 1</td><td>284</td></tr></table>"
                + "<p>See the <a href=\"https://www.example.gov.uk/report\">report</a> &amp; appendix.</p>");
        performance.setMembersNoted("Social worker visits in timescale were in the low 90%s.\n\n"
                + "UASC numbers were stable.");
        resolutions.put(performance.getId(), List.of(new Resolution(performance, 1, PUBLIC_RESOLUTION)));
        actions.put(performance.getId(), List.of(new ActionPoint(performance, PUBLIC_ACTION, null,
                "Business Intelligence", LocalDate.of(2025, 1, 21))));
        declarations.put(performance.getId(), List.of(new Declaration(performance, chair,
                "Non-registrable interest", "a relative works in the service", false, false, false)));

        AgendaItem placement = item(new AgendaItem(meeting, 3, "Placement review", ItemKind.REPORT));
        placement.setExemption(Exemption.of(List.of(1, 2), "It concerns an individual child."));
        placement.setPurpose(SECRET + " PURPOSE");
        placement.setMinutesText("<p>SECRET CHILD NAME</p>");
        placement.setMembersNoted(SECRET + " NOTED");
        resolutions.put(placement.getId(), List.of(new Resolution(placement, 1, SECRET + " RESOLUTION")));
        actions.put(placement.getId(), List.of(new ActionPoint(placement, SECRET + " ACTION", officer, null, null)));
        events.put(placement.getId(), List.of(new ProceduralEvent(meeting, placement,
                ProceduralKind.EXCLUSION_OF_PUBLIC, LocalTime.of(20, 5), null)));

        attendance.add(new Attendance(meeting, chair, true, AttendanceStatus.PRESENT));
        attendance.add(new Attendance(meeting, new Person("Cllr Priya Shah", PersonKind.COUNCILLOR), true,
                AttendanceStatus.PRESENT_REMOTELY));
        Person absent = new Person("Cllr James Whitfield", PersonKind.COUNCILLOR);
        attendance.add(new Attendance(meeting, absent, true, AttendanceStatus.APOLOGIES));
        Attendance substitute = new Attendance(meeting, new Person("Cllr Ruth Pemberton", PersonKind.COUNCILLOR), true,
                AttendanceStatus.PRESENT);
        substitute.setSubstituteFor(absent);
        attendance.add(substitute);
        attendance.add(new Attendance(meeting, officer, false, AttendanceStatus.PRESENT));

        Meeting july = new Meeting(cpc, LocalDate.of(2024, 7, 31), LocalTime.of(19, 0));
        AgendaItem fostering = new AgendaItem(july, 6, "Fostering Service Update", ItemKind.REPORT);
        openActions.add(new ActionPoint(fostering, "Share the Mockingbird video with the committee.", null,
                "Democratic Services", LocalDate.of(2025, 1, 21)));
        AgendaItem exemptInJuly = new AgendaItem(july, 7, "Complaint", ItemKind.REPORT);
        exemptInJuly.setExemption(Exemption.of(List.of(1), "An individual's complaint."));
        openActions.add(new ActionPoint(exemptInJuly, SECRET + " OLD ACTION", officer, null, null));
    }

    private AgendaItem item(AgendaItem item) {
        Wiring.set(item, "id", (long) item.getNumber());
        items.add(item);
        return item;
    }

    private MeetingRecord record() {
        return new MeetingRecord(meeting, items, resolutions, actions, declarations, events, Map.of(), attendance, List.of(),
                openActions, 2, false, null, 0, List.of());
    }

    // --- the agenda pack ---

    @Test
    void packIsFrontSheetAndAgendaThenEveryReportPageNumberedAndBookmarked() throws IOException {
        int ownPages = pageCount(MeetingPdf.agendaPack(record(), List.of()));
        byte[] pack = MeetingPdf.agendaPack(record(), List.of(
                new PackDocument(2, "Performance report", report("Performance", 2, "Summary")),
                new PackDocument(2, "Appendix A: data tables", report("Appendix A", 1, null)),
                new PackDocument(1, "Minutes of 31 July 2024", report("July minutes", 1, null))));
        // in item order: item 1's minutes first, then item 2's report and its appendix as given
        int total = ownPages + 4;

        try (PDDocument doc = Loader.loadPDF(pack)) {
            assertTrue(ownPages >= 2, "front sheet and agenda on pages of their own");
            assertEquals(total, doc.getNumberOfPages());
            assertTrue(textOf(doc, 1).contains("Page 1 of " + total), "first page numbered");
            assertTrue(textOf(doc, 1).contains(TITLE), "meeting title in the footer");
            assertTrue(textOf(doc, total).contains("Page " + total + " of " + total), "report pages numbered too");
            assertTrue(textOf(doc, ownPages + 2).contains("Performance page 1"), "reports in item order");

            PDDocumentOutline outline = doc.getDocumentCatalog().getDocumentOutline();
            List<PDOutlineItem> bookmarks = children(outline);
            assertEquals(List.of("Front sheet", "Agenda", "Item 1: Minutes of 31 July 2024",
                    "Item 2: Performance report", "Item 2: Appendix A: data tables"),
                    bookmarks.stream().map(PDOutlineItem::getTitle).toList());
            assertEquals(List.of(1, 2, ownPages + 1, ownPages + 2, ownPages + 4),
                    bookmarks.stream().map(b -> pageNumberOf(doc, b)).toList());
            List<PDOutlineItem> reportsOwn = children(bookmarks.get(3));
            assertEquals(List.of("Summary"), reportsOwn.stream().map(PDOutlineItem::getTitle).toList(),
                    "the report's own bookmarks sit under its bookmark");
            assertEquals(ownPages + 3, pageNumberOf(doc, reportsOwn.get(0)));
        }
    }

    @Test
    void frontSheetAndAgendaMirrorTheAgendaPage() throws IOException {
        String text = text(MeetingPdf.agendaPack(record(), List.of()));
        assertAll(
                () -> assertTrue(text.contains("Corporate Parenting Committee")),
                () -> assertTrue(text.contains("Date: 24 October 2024")),
                () -> assertTrue(text.contains("Time: 19:00")),
                () -> assertTrue(text.contains("Venue: Council Chamber, Civic Offices, Grays")),
                () -> assertTrue(text.contains("Date of publication: 16 October 2024")),
                () -> assertTrue(text.contains("Access to information")),
                () -> assertTrue(text.contains("2. Children's Social Care Performance")),
                () -> assertTrue(text.contains("To report the performance of Children's Social Care.")),
                () -> assertTrue(text.contains("Lead: Head of Service for Children Looked After \u00b7 Wards affected:"
                        + " Aveley & Uplands; <all wards>")),
                () -> assertTrue(text.contains("3. Placement review")),
                () -> assertTrue(text.contains("Not for publication. Exempt under paragraphs 1 and 2 of Part 1 of"
                        + " Schedule 12A")),
                () -> assertTrue(text.contains("Open actions from previous meetings")),
                () -> assertTrue(text.contains("Share the Mockingbird video")),
                () -> assertFalse(text.contains(SECRET), "nothing of an exempt item but its title"));
    }

    @Test
    void refusesReportsOfExemptItemsAndOfItemsNotOnTheAgenda() {
        byte[] report = report("Report", 1, null);
        assertThrows(IllegalArgumentException.class,
                () -> MeetingPdf.agendaPack(record(), List.of(new PackDocument(3, "Placement report", report))));
        assertThrows(IllegalArgumentException.class,
                () -> MeetingPdf.agendaPack(record(), List.of(new PackDocument(9, "Stray report", report))));
        assertThrows(IllegalArgumentException.class, () -> MeetingPdf.agendaPack(record(),
                List.of(new PackDocument(2, "Not a PDF", "<html/>".getBytes()))));
    }

    // --- the minutes ---

    @Test
    void minutesMirrorTheMinutesPage() throws IOException {
        String text = text(MeetingPdf.minutes(record()));
        assertAll(
                () -> assertTrue(text.contains("Minutes of the meeting of the Corporate Parenting Committee held on"
                        + " 24 October 2024 at 19:00")),
                () -> assertTrue(text.contains("Cllr Priya Shah (remotely: not counted towards the quorum, no vote)")),
                () -> assertTrue(text.contains("Cllr Ruth Pemberton (substitute for Cllr James Whitfield)")),
                () -> assertTrue(text.contains("Apologies")),
                () -> assertTrue(text.contains("In attendance")),
                () -> assertTrue(text.contains("Recording of the meeting")),
                () -> assertTrue(text.contains("numbers in care fell"), "the narrative, converted to XHTML"),
                () -> assertTrue(text.contains("Quarter 2 down to 267")),
                () -> assertTrue(text.contains("284")),
                () -> assertTrue(text.contains("report & appendix")),
                () -> assertTrue(text.contains("Members noted and commented:")),
                () -> assertTrue(text.contains("UASC numbers were stable.")),
                () -> assertTrue(text.contains("Cllr Alex Morgan declared a non-registrable interest in that")),
                () -> assertTrue(text.contains("Action Point " + PUBLIC_ACTION
                        + " (Business Intelligence, by 21 January 2025)")),
                () -> assertTrue(text.contains("RESOLVED:")),
                () -> assertTrue(text.contains("1.1 " + PUBLIC_RESOLUTION)),
                () -> assertTrue(text.contains("the public be excluded from the meeting for item 3"),
                        "the exclusion of the public is minuted in public"),
                () -> assertTrue(text.contains("Not for publication. Exempt under paragraphs 1 and 2")));
    }

    @Test
    void noPublicPdfHoldsExemptContent() throws IOException {
        byte[] pack = MeetingPdf.agendaPack(record(), List.of(oneReport()));
        String minutes = text(MeetingPdf.minutes(record()));
        assertFalse(text(pack).contains("SECRET CHILD NAME"));
        assertFalse(minutes.contains("SECRET CHILD NAME"));
        assertFalse(text(pack).contains(SECRET), "no purpose, action or old action of an exempt item");
        assertFalse(minutes.contains(SECRET), "no narrative, points noted, action or resolution of an exempt item");
    }

    @Test
    void draftMinutesSayDraftOnEveryPageUntilConfirmed() throws IOException {
        try (PDDocument draft = Loader.loadPDF(MeetingPdf.minutes(record()))) {
            assertTrue(textOf(draft, 1).contains("DRAFT - not yet confirmed as a correct record."), "the notice");
            for (int page = 1; page <= draft.getNumberOfPages(); page++) {
                assertTrue(textOf(draft, page).contains("DRAFT - not yet confirmed"), "page " + page);
            }
        }
        Wiring.set(meeting, "status", MeetingStatus.MINUTES_CONFIRMED);
        Wiring.set(meeting, "minutesConfirmedAt", new Meeting(cpc, LocalDate.of(2025, 1, 21), LocalTime.of(19, 0)));
        String confirmed = text(MeetingPdf.minutes(record()));
        assertFalse(confirmed.contains("DRAFT"));
        assertTrue(confirmed.contains("Approved as a correct record at the meeting of 21 January 2025."));
    }

    // --- accessibility ---

    @Test
    void bothAreTaggedTitledAndInBritishEnglish() throws Exception {
        byte[] pack = MeetingPdf.agendaPack(record(), List.of(oneReport()));
        assertAccessible(pack, "Agenda: " + TITLE);
        assertAccessible(MeetingPdf.minutes(record()), "Minutes: " + TITLE);
    }

    @Test
    void minutesClaimPdfA3uAndThePackDoesNot() throws Exception {
        assertEquals("3U", pdfAConformance(MeetingPdf.minutes(record())));
        assertEquals("", pdfAConformance(MeetingPdf.agendaPack(record(), List.of())),
                "merged reports are not ours to vouch for");
    }

    private static void assertAccessible(byte[] pdf, String title) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertNotNull(catalog.getMarkInfo(), "mark info");
            assertTrue(catalog.getMarkInfo().isMarked(), "tagged");
            assertNotNull(catalog.getStructureTreeRoot(), "structure tree");
            assertEquals("en-GB", catalog.getLanguage());
            assertEquals(title, doc.getDocumentInformation().getTitle());
            assertEquals(title, xmp(doc).getDublinCoreSchema().getTitle());
            assertTrue(catalog.getViewerPreferences().displayDocTitle(), "viewers show the title, not the file name");
        }
    }

    @Test
    void linksDescribeThemselvesToScreenReaders() throws IOException {
        try (PDDocument doc = Loader.loadPDF(MeetingPdf.minutes(record()))) {
            List<String> descriptions = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                page.getAnnotations().forEach(link -> descriptions.add(link.getContents()));
            }
            assertEquals(List.of("Recording of the meeting", "report"), descriptions, "the recording and the"
                    + " narrative's link, described by their text");
        }
    }

    private static String pdfAConformance(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFAIdentificationSchema id = xmp(doc).getPDFAIdentificationSchema();
            return id == null ? "" : id.getPart() + id.getConformance();
        }
    }

    private static XMPMetadata xmp(PDDocument doc) throws IOException, XmpParsingException {
        DomXmpParser parser = new DomXmpParser();
        parser.setStrictParsing(false); // xmpbox knows no PDF/UA schema
        return parser.parse(doc.getDocumentCatalog().getMetadata().exportXMPMetadata());
    }

    // --- size ---

    /** The October 2024 demo meeting: twelve items, eight of them with a report, here eight pages each. */
    @Test
    void rendersADemoSizePack() throws IOException {
        items.clear();
        List<PackDocument> reports = new ArrayList<>();
        for (int n = 1; n <= 12; n++) {
            AgendaItem item = item(new AgendaItem(meeting, n, "Item " + n + " of the October meeting",
                    ItemKind.REPORT));
            item.setPurpose("To inform the committee of the matters set out in the report for item " + n + ".");
            item.setLeadOfficer(officer);
            if (n >= 4 && n <= 11) {
                reports.add(new PackDocument(n, "Report for item " + n, report("Report " + n, 8, "Summary")));
            }
        }
        List<Long> millis = new ArrayList<>();
        byte[] pack = null;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            pack = MeetingPdf.agendaPack(record(), reports);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        System.out.printf("Demo-size agenda pack (12 items, 8 reports of 8 pages): %d pages, %d KiB, %s ms%n",
                pageCount(pack), pack.length / 1024, millis);
        assertEquals(pageCount(MeetingPdf.agendaPack(record(), List.of())) + 64, pageCount(pack));
    }

    // --- helpers ---

    /** A report as an officer might upload it: text on each page, and optionally a bookmark of its own to page 2. */
    private static byte[] report(String name, int pages, String ownBookmark) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(helvetica, 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(name + " page " + n);
                    cs.endText();
                }
            }
            if (ownBookmark != null) {
                PDDocumentOutline outline = new PDDocumentOutline();
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(ownBookmark);
                item.setDestination(doc.getPage(Math.min(1, pages - 1)));
                outline.addLast(item);
                doc.getDocumentCatalog().setDocumentOutline(outline);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PackDocument oneReport() {
        return new PackDocument(2, "Report", report("Report", 1, null));
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return textOf(doc, 1, doc.getNumberOfPages());
        }
    }

    private static String textOf(PDDocument doc, int page) throws IOException {
        return textOf(doc, page, page);
    }

    /** The text as a reader sees it (in reading position, not drawing order), line breaks as spaces. */
    private static String textOf(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        return stripper.getText(doc).replaceAll("\\s+", " ");
    }

    private static List<PDOutlineItem> children(PDOutlineNode node) {
        List<PDOutlineItem> children = new ArrayList<>();
        node.children().forEach(children::add);
        return children;
    }

    private static int pageNumberOf(PDDocument doc, PDOutlineItem bookmark) {
        try {
            return doc.getPages().indexOf(bookmark.findDestinationPage(doc)) + 1;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
