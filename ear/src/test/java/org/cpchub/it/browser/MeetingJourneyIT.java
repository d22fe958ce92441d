package org.cpchub.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cpchub.it.support.Browser;
import org.cpchub.it.support.StaffSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * A clerk takes a meeting from scheduled to confirmed minutes: schedules it (standard items appear),
 * adds a report, publishes the agenda (short notice needs a reason), marks it held, records attendance,
 * minutes with a numbered resolution, marks the minutes drafted; then at the next meeting approves them
 * as a correct record, and they are confirmed.
 */
class MeetingJourneyIT {
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Test
    void fromScheduledToConfirmedMinutes() throws Exception {
        String committee = "Care Journey Committee " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate first = LocalDate.now().minusDays(14);
        LocalDate second = LocalDate.now();
        try (Browser b = new Browser()) {
            b.signIn("CLERK");
            b.open("/staff/directory/committee.xhtml");
            b.type(By.id("details:name"), committee);
            b.type(By.id("details:quorum"), "1");
            b.click(By.id("details:save"));
            b.waitForText(committee + " was created.");

            schedule(b, committee, first);
            b.waitForText("was scheduled with the standard items");
            String agenda = b.waitForTextIn(By.id("agenda:items"), "Work Programme");
            assertTrue(agenda.contains("Declaration of Interests"), agenda);

            b.type(By.id("addItem:title"), "Children's Social Care Performance");
            b.click(By.id("addItem:add"));
            b.waitForTextIn(By.id("agenda:items"), "Children's Social Care Performance");
            b.type(By.id("addItem:title"), "Thurrock Young Voices");
            b.click(By.id("addItem:add"));
            b.waitForTextIn(By.id("agenda:items"), "Thurrock Young Voices");
            // items: 1 Minutes, 2 Urgent Business, 3 Declarations, 4 Performance, 5 Young Voices, 6 Work Programme
            b.click(By.cssSelector("button[aria-label='Move item 5 up']"));
            b.waitForTextIn(By.xpath("//table//tr[td[1][normalize-space()='4']]/td[2]"), "Thurrock Young Voices");
            assertTrue(b.find(By.xpath("//table//tr[td[1][normalize-space()='5']]/td[2]")).getText()
                    .contains("Children's Social Care Performance"), "renumbered after the move");
            b.assertAccessible("agenda being built, with reordering");

            b.click(By.xpath("//a[contains(., \"Children's Social Care Performance\")]"));
            b.waitForTextIn(By.id("itemHeading"), "Children's Social Care Performance");
            Path pdf = Files.createTempFile("performance", ".pdf");
            Files.write(pdf, REPORT);
            b.attach(By.id("upload:file"), pdf);
            b.type(By.id("upload:documentTitle"), "Performance report Q2");
            b.type(By.id("upload:backgroundPapers"), "None");
            b.click(By.id("upload:uploadButton"));
            b.waitForText("\"Performance report Q2\" was uploaded.");
            String href = b.find(By.partialLinkText("Performance report Q2")).getAttribute("href");
            assertTrue(java.util.Arrays.equals(REPORT, download(href, b.driver().manage().getCookieNamed("JSESSIONID").getValue())),
                    "the document comes back exactly as uploaded");
            assertEquals(302, StaffSession.anonymous().get(href.substring(href.indexOf("/staff/"))).statusCode(),
                    "anonymous users are sent to sign in");
            String packUrl = b.find(By.partialLinkText("Agenda pack (PDF)")).getAttribute("href");
            try (var pack = org.apache.pdfbox.Loader.loadPDF(download(packUrl, b.driver().manage()
                    .getCookieNamed("JSESSIONID").getValue()))) {
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pack);
                assertTrue(text.contains("Children's Social Care Performance"), "the agenda is in the pack");
                assertTrue(pack.getDocumentCatalog().getDocumentOutline().getFirstChild() != null, "bookmarks");
                assertTrue(text.contains("Page " + pack.getNumberOfPages() + " of " + pack.getNumberOfPages()),
                        "page numbers on every page, the merged report included");
            }

            b.click(By.id("lifecycle:publish"));
            b.waitForText("Record the reason to publish it anyway");
            b.type(By.id("lifecycle:reason"), "Demonstration of a short-notice publication");
            b.click(By.id("lifecycle:publish"));
            b.waitForText("The agenda was published.");
            b.click(By.id("lifecycle:held"));
            b.waitForText("is marked as held");

            b.type(By.id("attendance:attendee_input"), "Priya");
            b.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., 'Cllr Priya Shah')]"));
            b.click(By.id("attendance:recordAttendance"));
            String quorum = b.waitForTextIn(By.id("quorum"), "1 voting member(s) physically present");
            assertTrue(quorum.contains("quorum 1: quorate"), quorum);

            b.click(By.xpath("//a[contains(., \"Children's Social Care Performance\")]"));
            b.type(By.id("item:narrative"), "The Head of Service presented the report.\n\nCLA numbers fell from 284 to 267.");
            b.click(By.id("item:saveMinutes"));
            b.waitForText("were saved");
            b.type(By.id("item:resolution"), "That the committee noted the report.");
            b.click(By.id("item:addResolution"));
            b.waitForTextIn(By.cssSelector("ol.resolutions"), "1.1");
            b.click(By.id("lifecycle:drafted"));
            b.waitForText("The minutes are drafted");
            b.assertAccessible("meeting with drafted minutes");

            schedule(b, committee, second);
            b.waitForText("was scheduled with the standard items");
            String minutesTitle = "To approve as a correct record the minutes of the " + committee + " meeting held on "
                    + LONG.format(first) + ".";
            b.waitForTextIn(By.id("agenda:items"), minutesTitle);
            b.type(By.id("lifecycle:reason"), "Demonstration");
            b.click(By.id("lifecycle:publish"));
            b.waitForText("The agenda was published.");
            b.click(By.id("lifecycle:held"));
            b.waitForText("is marked as held");
            b.click(By.xpath("//a[contains(., 'To approve as a correct record')]"));
            b.click(By.id("item:approve"));
            b.waitForText("were approved as a correct record and are now confirmed");

            b.open("/staff/meetings/meetings.xhtml");
            new Select(b.find(By.id("list:committee"))).selectByVisibleText(committee);
            b.waitForTextIn(By.id("list:table"), LONG.format(second));
            new Select(b.find(By.id("list:when"))).selectByValue("all");
            String table = b.waitForTextIn(By.id("list:table"), "Minutes confirmed");
            assertTrue(table.contains(LONG.format(first)), table);
            b.click(By.linkText(LONG.format(first)));
            b.click(By.linkText("Minutes"));
            b.waitForText("Approved as a correct record at the meeting of " + LONG.format(second));
            assertEquals(0, b.driver().findElements(By.id("draftNotice")).size(), "no longer marked as a draft");
        }
    }

    private static final byte[] REPORT = onePagePdf();

    /** A real one-page PDF, made with PDFBox (an unreadable PDF is refused at upload). */
    private static byte[] onePagePdf() {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] download(String url, String sessionId) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + sessionId).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
        return r.body();
    }

    private static void schedule(Browser b, String committee, LocalDate date) {
        b.open("/staff/meetings/meetings.xhtml");
        new Select(b.find(By.id("schedule:committee"))).selectByVisibleText(committee);
        b.type(By.id("schedule:date_input"), INPUT.format(date) + Keys.ESCAPE);
        b.click(By.id("schedule:scheduleButton"));
    }
}
