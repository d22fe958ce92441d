package org.cpchub.ejb.meetings;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.util.Matrix;
import org.cpchub.domain.meetings.ActionPoint;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.Attendance;
import org.cpchub.domain.meetings.AttendanceStatus;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.MeetingStatus;
import org.cpchub.domain.meetings.ProceduralEvent;
import org.cpchub.domain.meetings.Resolution;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The PDFs the council publishes for a meeting: the agenda pack and the minutes, with the content and order of
 * the agenda and minutes pages. Both are public documents, so an exempt item shows only its number, title and
 * "Not for publication" with the Schedule 12A paragraphs, never its purpose, narrative, points noted, actions
 * or resolutions (nor its reports).
 *
 * <p>Both are tagged for accessibility (PDF/UA), in British English, with the document title shown by the
 * viewer, an embedded font (DejaVu Sans) and "Page N of M" and the meeting title at the foot of every page.
 * The minutes are also PDF/A-3u for archiving. Officers are named by their job title, as on the public pages.
 * Public reports are merged into the pack after rendering, as
 * supplied: a tagged report keeps its tags, an untagged one stays untagged. So the pack claims no PDF/A
 * conformance, and its PDF/UA identification holds for its own pages and for reports only as far as they are
 * tagged.
 */
public final class MeetingPdf {

    /** A public report or appendix to merge into the agenda pack: its item number, title and the original PDF bytes. */
    public record PackDocument(int itemNumber, String title, byte[] pdf) {
        public PackDocument {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(pdf, "pdf");
        }
    }

    /** A bookmark to an element of the rendered XHTML, by its id. */
    private record Bookmark(String id, String title) {
    }

    /** A face of the font family: DejaVu as shipped on the classpath by jasperreports-fonts. */
    private record Face(String file, int weight, FontStyle style) {
    }

    private static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Face REGULAR = new Face("DejaVuSans.ttf", 400, FontStyle.NORMAL);
    private static final List<Face> FACES = List.of(REGULAR, new Face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new Face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final String DRAFT = "DRAFT - not yet confirmed";

    /** Footer geometry in points: 8pt text on a 10mm baseline, within the 18mm side margins of the page style. */
    private static final float FOOTER_SIZE = 8f;
    private static final float FOOTER_BASELINE = 28.35f;
    private static final float FOOTER_SIDE = 51f;
    private static final float FOOTER_GAP = 12f;

    /** The bottom margin leaves room for the footer that is stamped on after rendering. */
    private static final String CSS = """
            @page { size: A4; margin: 18mm 18mm 22mm 18mm; }
            body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.4; color: #0b0c0c; }
            h1 { font-size: 18pt; margin: 0 0 5mm 0; }
            h2 { font-size: 13pt; margin: 6mm 0 2mm 0; page-break-after: avoid; }
            p, ul { margin: 0 0 2.5mm 0; }
            a { color: #1d70b8; }
            .front-sheet { page-break-after: always; }
            .front-sheet h1 { font-size: 24pt; margin-top: 40mm; }
            .document-kind { font-size: 20pt; font-weight: bold; margin-bottom: 12mm; }
            .lead { font-size: 11pt; }
            .hint { color: #505a5f; }
            .notice { border-left: 4pt solid #d4351c; padding: 1mm 0 1mm 3mm; font-weight: bold; }
            ol.agenda-items { list-style-type: none; margin: 0; padding: 0; }
            .resolution { margin-left: 10mm; text-indent: -10mm; }
            .resolution .number { font-weight: bold; }
            table { border-collapse: collapse; width: 100%; font-size: 8.5pt; -fs-table-paginate: paginate; }
            caption { text-align: left; font-weight: bold; padding-bottom: 1.5mm; }
            th, td { border: 0.5pt solid #b1b4b6; padding: 1.2mm; text-align: left; vertical-align: top; }
            """;

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private MeetingPdf() {
    }

    // --- the agenda pack ---

    /**
     * The agenda pack: a front sheet, the agenda, then each public report PDF in item order, with page numbers on
     * every page and a bookmark per part and per report (a report's own bookmarks go under its bookmark). The
     * front sheet and agenda are tagged (PDF/UA); reports are merged after rendering, as supplied.
     *
     * @throws IllegalArgumentException if a report is for an item that is not on the agenda or is exempt, or is
     *         not a readable PDF
     */
    public static byte[] agendaPack(MeetingRecord record, List<PackDocument> publicReports) {
        Meeting meeting = record.getMeeting();
        List<PackDocument> reports = publishable(record, publicReports);
        Xhtml body = new Xhtml();
        frontSheet(body, record);
        agenda(body, record);
        String xhtml = document("Agenda: " + meeting.getTitle(), "The agenda and public reports of the meeting of the "
                + meeting.getTitle() + ".", List.of(new Bookmark("front-sheet", "Front sheet"),
                new Bookmark("agenda", "Agenda")), body);
        return render(xhtml, false, pack -> {
            for (PackDocument report : reports) {
                append(pack, report);
            }
            stampFooters(pack, meeting.getTitle());
        });
    }

    /** The reports in item order; refuses any for an exempt item or an item not on the agenda. */
    private static List<PackDocument> publishable(MeetingRecord record, List<PackDocument> reports) {
        for (PackDocument report : reports) {
            List<AgendaItem> items = record.getItems().stream()
                    .filter(i -> i.getNumber() == report.itemNumber()).toList();
            if (items.isEmpty()) {
                throw refused(report, "which is not on the agenda");
            }
            if (items.stream().anyMatch(AgendaItem::isExempt)) {
                throw refused(report, "which is exempt: its reports are not for publication");
            }
        }
        return reports.stream().sorted(Comparator.comparingInt(PackDocument::itemNumber)).toList();
    }

    private static IllegalArgumentException refused(PackDocument report, String why) {
        return new IllegalArgumentException("\"" + report.title() + "\" is for item " + report.itemNumber() + ", "
                + why + ".");
    }

    private static void frontSheet(Xhtml out, MeetingRecord record) {
        Meeting meeting = record.getMeeting();
        out.open("div class=\"front-sheet\" id=\"front-sheet\"");
        out.element("h1", meeting.getCommittee().getName());
        out.element("p class=\"document-kind\"", "Agenda");
        detail(out, "Date", meeting.getLongDate());
        detail(out, "Time", TIME.format(meeting.getStartTime()));
        if (meeting.getVenue() != null) {
            detail(out, "Venue", meeting.getVenue());
        }
        if (meeting.getAgendaPublishedAt() != null) {
            detail(out, "Date of publication", DATE.format(LocalDate.ofInstant(meeting.getAgendaPublishedAt(), UK)));
        }
        out.element("h2", "Access to information");
        out.element("p", "Members of the public may attend this meeting and inspect this agenda and the public"
                + " reports (Local Government Act 1972, section 100B). Items marked \u201cNot for publication\u201d"
                + " involve exempt information under Part 1 of Schedule 12A to the Act: their reports are not in this"
                + " pack, and the public may be excluded from the meeting while they are considered.");
        out.close("div");
    }

    private static void detail(Xhtml out, String label, String value) {
        out.open("p").element("strong", label + ":").text(" " + value).close("p");
    }

    /** As the agenda page: the items, then the open actions brought forward. */
    private static void agenda(Xhtml out, MeetingRecord record) {
        Meeting meeting = record.getMeeting();
        out.open("div id=\"agenda\"").element("h1", "Agenda");
        out.open("p class=\"lead\"").text(meeting.getCommittee().getName()).open("br/")
                .text(meeting.getLongDate() + ", " + TIME.format(meeting.getStartTime()));
        if (meeting.getVenue() != null) {
            out.open("br/").text(meeting.getVenue());
        }
        out.close("p");
        if (meeting.getStatus() == MeetingStatus.SCHEDULED) {
            out.element("p", "Draft agenda: not yet published.");
        }
        out.open("ol class=\"agenda-items\"");
        for (AgendaItem item : record.getItems()) {
            out.open("li");
            agendaItem(out, item);
            out.close("li");
        }
        out.close("ol");
        openActions(out, record);
        out.close("div");
    }

    private static void agendaItem(Xhtml out, AgendaItem item) {
        out.element("h2", item.getNumber() + ". " + item.getTitle() + (item.isLate() ? " (late item)" : ""));
        if (item.isExempt()) {
            notForPublication(out, item);
            return;
        }
        if (present(item.getPurpose())) {
            out.element("p", item.getPurpose());
        }
        String lead = (item.getLeadOfficer() == null ? "" : "Lead: " + item.getLeadOfficer().getPublicName())
                + (present(item.getWardsAffected()) ? " \u00b7 Wards affected: " + item.getWardsAffected() : "");
        if (!lead.isEmpty()) {
            out.element("p class=\"hint\"", lead);
        }
        if (item.isUrgentBusiness()) {
            out.element("p class=\"hint\"", "Urgent business (s.100B(4)(b)): "
                    + (present(item.getUrgencyReason()) ? item.getUrgencyReason()
                    : "the Chair\u2019s special circumstances are to be recorded in the minutes."));
        }
    }

    private static void notForPublication(Xhtml out, AgendaItem item) {
        out.element("p class=\"notice\"", "Not for publication. " + item.getExemption().describe() + ".");
    }

    /** Actions from exempt items are left out: their text is exempt too. */
    private static void openActions(Xhtml out, MeetingRecord record) {
        List<ActionPoint> actions = record.getOpenActionsOfCommittee().stream()
                .filter(a -> !a.getItem().isExempt()).toList();
        if (actions.isEmpty()) {
            return;
        }
        out.element("h2", "Open actions from previous meetings");
        out.open("table").element("caption", "Open action points brought forward");
        out.open("thead").open("tr");
        for (String heading : List.of("Meeting", "Action", "Owner", "Due", "Progress")) {
            out.element("th scope=\"col\"", heading);
        }
        out.close("tr").close("thead").open("tbody");
        for (ActionPoint a : actions) {
            out.open("tr").element("td", a.getItem().getMeeting().getLongDate()).element("td", a.getText())
                    .element("td", a.getPublicOwnerName()).element("td", date(a.getDueDate()))
                    .element("td", a.getStatus().getLabel()
                            + (present(a.getProgressNote()) ? ": " + a.getProgressNote() : "")).close("tr");
        }
        out.close("tbody").close("table");
    }

    /** Appends a report, its bookmarks under one for the report. */
    private static void append(PDDocument pack, PackDocument report) throws IOException {
        try (PDDocument source = load(report)) {
            PDDocumentCatalog catalog = source.getDocumentCatalog();
            // How the report opened and numbered its own pages is not the pack's: the pack opens at its front sheet.
            catalog.getCOSObject().removeItem(COSName.OPEN_ACTION);
            catalog.getCOSObject().removeItem(COSName.PAGE_LABELS);
            PDOutlineItem bookmark = new PDOutlineItem();
            bookmark.setTitle("Item " + report.itemNumber() + ": " + report.title());
            bookmark.setDestination(source.getPage(0));
            if (catalog.getDocumentOutline() != null) {
                adoptChildren(bookmark, catalog.getDocumentOutline());
            }
            PDDocumentOutline outline = new PDDocumentOutline();
            outline.addLast(bookmark);
            catalog.setDocumentOutline(outline);
            new PDFMergerUtility().appendDocument(pack, source);
        }
    }

    private static PDDocument load(PackDocument report) {
        try {
            PDDocument source = Loader.loadPDF(report.pdf());
            if (source.getNumberOfPages() > 0) {
                return source;
            }
            source.close();
            throw new IOException("it has no pages");
        } catch (IOException e) {
            throw new IllegalArgumentException("\"" + report.title() + "\" (item " + report.itemNumber()
                    + ") is not a PDF that can be merged: " + e.getMessage(), e);
        }
    }

    /** Moves the top-level bookmarks of {@code from} under {@code parent}, as copies that keep their destinations. */
    private static void adoptChildren(PDOutlineItem parent, PDOutlineNode from) {
        List<PDOutlineItem> children = new ArrayList<>();
        from.children().forEach(children::add);
        for (PDOutlineItem child : children) {
            COSDictionary copy = new COSDictionary(child.getCOSObject());
            copy.removeItem(COSName.PARENT);
            copy.removeItem(COSName.PREV);
            copy.removeItem(COSName.NEXT);
            PDOutlineItem moved = new PDOutlineItem(copy);
            parent.addLast(moved);
            moved.children().forEach(grandchild -> grandchild.getCOSObject().setItem(COSName.PARENT, copy));
        }
    }

    // --- the minutes ---

    /** The minutes, as the minutes page; marked "DRAFT - not yet confirmed" on every page until confirmed. */
    public static byte[] minutes(MeetingRecord record) {
        Meeting meeting = record.getMeeting();
        boolean draft = meeting.getStatus() != MeetingStatus.MINUTES_CONFIRMED;
        Xhtml body = new Xhtml();
        List<Bookmark> bookmarks = new ArrayList<>();
        minutesOpening(body, record, draft);
        bookmarks.add(new Bookmark("attendance", "Attendance"));
        for (AgendaItem item : record.getItems()) {
            String id = "item-" + item.getNumber();
            String heading = item.getNumber() + ". " + item.getTitle();
            bookmarks.add(new Bookmark(id, heading));
            body.open("div id=\"" + id + "\"").element("h2", heading);
            minutesOf(body, record, item);
            body.close("div");
        }
        String xhtml = document("Minutes: " + meeting.getTitle(), (draft ? "Draft minutes" : "Minutes")
                + " of the meeting of the " + meeting.getTitle() + ".", bookmarks, body);
        String footer = meeting.getTitle() + (draft ? " (" + DRAFT + ")" : "");
        return render(xhtml, true, doc -> stampFooters(doc, footer));
    }

    private static void minutesOpening(Xhtml out, MeetingRecord record, boolean draft) {
        Meeting meeting = record.getMeeting();
        out.element("h1", "Minutes: " + meeting.getTitle());
        if (draft) {
            out.element("p class=\"notice\"", DRAFT + " as a correct record.");
        }
        out.element("p class=\"lead\"", "Minutes of the meeting of the " + meeting.getCommittee().getName()
                + " held on " + meeting.getLongDate() + " at " + TIME.format(meeting.getStartTime())
                + (meeting.getVenue() == null ? "" : ", " + meeting.getVenue()) + ".");
        if (meeting.getMinutesConfirmedAt() != null) {
            out.element("p", "Approved as a correct record at the meeting of "
                    + meeting.getMinutesConfirmedAt().getLongDate() + ".");
        }
        out.open("div id=\"attendance\"").element("h2", "Present");
        bulleted(out, record.getMembersPresent().stream().map(MeetingPdf::presentAs).toList());
        if (!record.getApologies().isEmpty()) {
            out.element("h2", "Apologies");
            bulleted(out, record.getApologies().stream().map(a -> a.getPerson().getPublicName()).toList());
        }
        out.element("h2", "In attendance");
        bulleted(out, record.getInAttendance().stream().map(a -> a.getPerson().getPublicName()).toList());
        out.close("div");
        if (present(meeting.getRecordingUrl())) {
            out.open("p").open("a href=\"" + escape(meeting.getRecordingUrl())
                    + "\" title=\"Recording of the meeting\"").text("Recording of the meeting").close("a").close("p");
        }
    }

    private static String presentAs(Attendance a) {
        return a.getPerson().getPublicName()
                + (a.getStatus() == AttendanceStatus.PRESENT_REMOTELY
                ? " (remotely: not counted towards the quorum, no vote)" : "")
                + (a.getSubstituteFor() == null ? "" : " (substitute for " + a.getSubstituteFor().getPublicName() + ")");
    }

    private static void bulleted(Xhtml out, List<String> lines) {
        if (lines.isEmpty()) {
            out.element("p", "None recorded.");
            return;
        }
        out.open("ul");
        lines.forEach(line -> out.element("li", line));
        out.close("ul");
    }

    /**
     * An item's minutes in the order of the minutes page. For an exempt item only the notice and the procedural
     * events (the resolution excluding the public, which the law requires in the public minutes and which repeats
     * only the item's number, title and exemption).
     */
    private static void minutesOf(Xhtml out, MeetingRecord record, AgendaItem item) {
        if (item.isExempt()) {
            notForPublication(out, item);
        }
        for (ProceduralEvent event : record.eventsOf(item)) {
            out.open("p").element("em", event.getMinutedText()).close("p");
        }
        if (item.isExempt()) {
            return;
        }
        if (item.isUrgentBusiness()) {
            out.element("p", "The Chair agreed to take this item as urgent business: "
                    + Objects.toString(item.getUrgencyReason(), ""));
        }
        out.raw(xhtmlFragment(item.getMinutesText()));
        List<String> noted = lines(item.getMembersNoted());
        if (!noted.isEmpty()) {
            out.element("p", "Members noted and commented:");
            bulleted(out, noted);
        }
        record.declarationsOf(item).forEach(d -> out.element("p", d.getMinutedText()));
        if (item.isNoDeclarations()) {
            out.element("p", "There were no declarations of interest.");
        }
        for (ActionPoint a : record.actionsOf(item)) {
            out.open("p class=\"action-point\"").element("strong", "Action Point").text(" " + a.getText() + " ("
                    + Objects.toString(a.getPublicOwnerName(), "")
                    + (a.getDueDate() == null ? "" : ", by " + date(a.getDueDate())) + ")").close("p");
        }
        resolutions(out, record.resolutionsOf(item));
    }

    private static void resolutions(Xhtml out, List<Resolution> resolutions) {
        if (resolutions.isEmpty()) {
            return;
        }
        out.open("p").element("strong", "RESOLVED:").close("p");
        for (Resolution r : resolutions) {
            out.open("p class=\"resolution\"").element("span class=\"number\"", r.getNumber())
                    .text(" " + r.getText()).close("p");
        }
    }

    /**
     * The clerk's narrative as well-formed XHTML. It was sanitised on save; it is sanitised again because this is
     * a public document and rows may predate the sanitiser; then jsoup writes it as XML for the renderer.
     */
    private static String xhtmlFragment(String html) {
        String safe = MinutesText.sanitise(html);
        if (safe == null) {
            return "";
        }
        Document fragment = Jsoup.parseBodyFragment(safe);
        // PDF/UA: a link is described to screen readers by its title
        for (Element link : fragment.select("a[href]:not([title])")) {
            link.attr("title", link.text().isBlank() ? link.attr("href") : link.text());
        }
        fragment.outputSettings().syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml).prettyPrint(false);
        return fragment.body().html();
    }

    /** "Members noted and commented" points, one per line. */
    private static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    // --- rendering ---

    private static String document(String title, String subject, List<Bookmark> bookmarks, Xhtml body) {
        Xhtml out = new Xhtml();
        out.open("html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\"").open("head");
        out.element("title", title);
        out.open("meta name=\"subject\" content=\"" + escape(subject) + "\"/");
        out.element("style", CSS);
        out.open("bookmarks");
        bookmarks.forEach(b -> out.open("bookmark name=\"" + escape(b.title()) + "\" href=\"#" + b.id() + "\"/"));
        out.close("bookmarks").close("head");
        out.open("body").raw(body.toString()).close("body").close("html");
        return out.toString();
    }

    /** Work on the rendered document before it is saved. */
    @FunctionalInterface
    private interface Finishing {
        void finish(PDDocument doc) throws IOException;
    }

    /**
     * Renders tagged XHTML, lets {@code finishing} add to it, and saves it. It is saved while the renderer is
     * still open: the renderer's fonts are subset on saving.
     */
    private static byte[] render(String xhtml, boolean pdfA, Finishing finishing) {
        return render(xhtml, pdfA, finishing, false);
    }

    /**
     * A generated report (XHTML body, no links out) as a tagged PDF/UA and PDF/A-3u document; its charts are
     * images in {@code data:} URIs, the only resources it may load.
     */
    public static byte[] report(String title, String subject, String bodyXhtml) {
        return render(document(title, subject, List.of(), new Xhtml().raw(bodyXhtml)), true, doc -> { }, true);
    }

    private static byte[] render(String xhtml, boolean pdfA, Finishing finishing, boolean dataImages) {
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(xhtml, null)
                .usePdfUaAccessibility(true)
                .withProducer("Corporate Parenting Hub")
                // Everything is in the XHTML: nothing is fetched, whatever a narrative might link to.
                .useExternalResourceAccessControl((uri, type) -> dataImages && uri.startsWith("data:image/png"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        if (pdfA) {
            builder.usePdfAConformance(PdfAConformance.PDFA_3_U).useColorProfile(SRGB);
        }
        for (Face face : FACES) {
            builder.useFont(() -> font(face), FONT_FAMILY, face.weight(), face.style(), true);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            try (PDDocument doc = renderer.getPdfDocument()) {
                describeLinks(doc);
                finishing.finish(doc);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be made", e);
        }
    }

    /**
     * PDF/UA wants each link annotation to describe itself (/Contents); the renderer puts the description (the
     * link's title) only on the link's tag, so it is copied across.
     */
    private static void describeLinks(PDDocument doc) throws IOException {
        PDStructureTreeRoot tags = doc.getDocumentCatalog().getStructureTreeRoot();
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink && annotation.getContents() == null) {
                    annotation.setContents(descriptionOf(tags, annotation));
                }
            }
        }
    }

    private static String descriptionOf(PDStructureTreeRoot tags, PDAnnotation link) throws IOException {
        Object tag = tags == null || tags.getParentTree() == null || link.getStructParent() < 0 ? null
                : tags.getParentTree().getValue(link.getStructParent());
        if (tag instanceof PDParentTreeValue value && value.getCOSObject() instanceof COSDictionary element) {
            String description = new PDStructureElement(element).getAlternateDescription();
            if (present(description)) {
                return description;
            }
        }
        return "Link";
    }

    private static InputStream font(Face face) {
        InputStream in = MeetingPdf.class.getResourceAsStream(FONT_FOLDER + face.file());
        if (in == null) {
            throw new IllegalStateException("The font " + face.file() + " is missing (jasperreports-fonts)");
        }
        return in;
    }

    /**
     * "Page N of M" and {@code title} at the foot of every page, the merged reports' pages too, marked as a
     * pagination artifact so that screen readers skip it.
     */
    private static void stampFooters(PDDocument doc, String title) throws IOException {
        PDFont font;
        try (InputStream in = font(REGULAR)) {
            font = PDType0Font.load(doc, in, true);
        }
        COSDictionary artifact = new COSDictionary();
        artifact.setName(COSName.TYPE, "Pagination");
        artifact.setName(COSName.SUBTYPE, "Footer");
        int total = doc.getNumberOfPages();
        int number = 0;
        for (PDPage page : doc.getPages()) {
            number++;
            String pageOf = "Page " + number + " of " + total;
            float width = uprightWidth(page);
            float pageOfWidth = textWidth(font, pageOf);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
                cs.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(artifact));
                cs.transform(upright(page));
                cs.setFont(font, FOOTER_SIZE);
                write(cs, fit(font, title, width - 2 * FOOTER_SIDE - pageOfWidth - FOOTER_GAP), FOOTER_SIDE);
                write(cs, pageOf, width - FOOTER_SIDE - pageOfWidth);
                cs.endMarkedContent();
            }
        }
    }

    private static void write(PDPageContentStream cs, String text, float x) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, FOOTER_BASELINE);
        cs.showText(text);
        cs.endText();
    }

    private static float textWidth(PDFont font, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * FOOTER_SIZE;
    }

    /** The text, shortened with an ellipsis to fit {@code width}. */
    private static String fit(PDFont font, String text, float width) throws IOException {
        if (textWidth(font, text) <= width) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && textWidth(font, shorter + "\u2026") > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter.strip() + "\u2026";
    }

    /** The width of the page as the reader sees it, after any /Rotate of a merged report's page. */
    private static float uprightWidth(PDPage page) {
        PDRectangle box = page.getCropBox();
        return page.getRotation() % 180 == 0 ? box.getWidth() : box.getHeight();
    }

    /** Maps the reader's upright coordinates, from the bottom-left corner they see, to the page's own. */
    private static Matrix upright(PDPage page) {
        PDRectangle box = page.getCropBox();
        return switch (Math.floorMod(page.getRotation(), 360)) {
            case 90 -> new Matrix(0, 1, -1, 0, box.getUpperRightX(), box.getLowerLeftY());
            case 180 -> new Matrix(-1, 0, 0, -1, box.getUpperRightX(), box.getUpperRightY());
            case 270 -> new Matrix(0, -1, 1, 0, box.getLowerLeftX(), box.getUpperRightY());
            default -> new Matrix(1, 0, 0, 1, box.getLowerLeftX(), box.getLowerLeftY());
        };
    }

    // --- text ---

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Text for XHTML: markup characters escaped, control characters that XML forbids (pasted from Word) dropped. */
    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= ' ' || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** XHTML written by hand: text always goes through {@link #escape}, so nothing a user typed becomes markup. */
    private static final class Xhtml {
        private final StringBuilder out = new StringBuilder(8192);

        /** A start tag with its attributes (values escaped by the caller), or an empty element ending in "/". */
        Xhtml open(String tag) {
            out.append('<').append(tag).append('>');
            return this;
        }

        Xhtml close(String name) {
            out.append("</").append(name).append('>');
            return this;
        }

        Xhtml text(String text) {
            out.append(escape(text));
            return this;
        }

        /** An element holding text: {@code tag} may carry attributes, the end tag takes its name. */
        Xhtml element(String tag, String text) {
            int space = tag.indexOf(' ');
            return open(tag).text(text).close(space < 0 ? tag : tag.substring(0, space));
        }

        /** Markup that is already well-formed XHTML. */
        Xhtml raw(String xhtml) {
            out.append(xhtml);
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
