package org.cpchub.ejb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.Exemption;
import org.cpchub.domain.meetings.ItemKind;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.search.SearchKind;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.ejb.support.PersistenceTest;
import org.cpchub.ejb.support.SqlCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The search finds what the public may read - items, minutes, resolutions and the text of reports (PDF and Word,
 * extracted at upload) - and nothing else, kept current by the services in the same transaction.
 */
class SearchPersistenceTest extends PersistenceTest {
    private static final String CONSONANTS = "bcdfghjkmnpqrtvwxz";
    private String tag;
    private Committee cpc;
    private Committee scrutiny;

    @BeforeEach
    void open() {
        // a word of its own per test, so tests sharing the database do not see each other's entries
        // (consonants only: no English ending to fold, whatever letters are drawn)
        tag = "zq" + ThreadLocalRandom.current().ints(6, 0, CONSONANTS.length())
                .mapToObj(i -> String.valueOf(CONSONANTS.charAt(i))).collect(Collectors.joining());
        cpc = inTx(() -> s.committees.create(new Committee("Corporate Parenting " + tag, CommitteeKind.COMMITTEE, 2)));
        scrutiny = inTx(() -> s.committees.create(new Committee("Scrutiny " + tag, CommitteeKind.COMMITTEE, 2)));
    }

    private Meeting scheduled(Committee c, LocalDate date) {
        return inTx(() -> s.meetings.schedule(c.getId(), date, LocalTime.of(18, 0), LocalTime.of(21, 30), null));
    }

    private void publish(Meeting m) {
        s.clock.setDay(m.getDate().minusDays(10));
        run(() -> s.meetings.publishAgenda(m.getId(), null));
    }

    private AgendaItem item(Meeting m, String title, String purpose) {
        return inTx(() -> s.meetings.addItem(m.getId(), title, ItemKind.REPORT, purpose, null));
    }

    private SearchResults search(String q) {
        return s.search.search(q, null, null, null, 1);
    }

    @Test
    void publishedItemsMinutesAndReportTextAreFoundWithHighlightedSnippets() {
        Meeting m = scheduled(cpc, LocalDate.of(2026, 3, 19));
        AgendaItem voices = item(m, "Thurrock Young Voices " + tag, "To hear the views of children in care.");
        assertEquals(0, search("voices " + tag).total(), "not before the agenda is published");
        publish(m);
        run(() -> s.documents.upload(voices.getId(), "Participation report", "participation.pdf",
                pdf("Young people asked for help with travel costs to college " + tag + "."), List.of(), null, "None"));
        run(() -> s.documents.upload(voices.getId(), "Workshop notes", "notes.docx",
                docx("The workshops on pathway plans " + tag + " were well attended."), List.of(), null, "None"));

        SearchResults byTitle = search("voices " + tag);
        assertEquals(1, byTitle.total());
        SearchHit hit = byTitle.hits().get(0);
        assertEquals(SearchKind.ITEM, hit.kind());
        assertEquals("/item.xhtml?id=" + voices.getId(), hit.url());
        assertEquals(m.getDate(), hit.meetingDate());

        SearchHit report = search("travels " + tag).hits().get(0); // stemmed: travel, travels
        assertEquals(SearchKind.DOCUMENT, report.kind());
        assertEquals("Participation report", report.title());
        assertTrue(report.url().matches("/documents/\\d+/participation.pdf"), report.url());
        assertTrue(report.snippetHtml().contains("<mark>travel</mark> costs"), report.snippetHtml());

        SearchHit word = search("pathway " + tag).hits().get(0);
        assertEquals("Workshop notes", word.title());
        assertTrue(word.snippetHtml().contains("<mark>pathway</mark>"), word.snippetHtml());

        // the minutes join the index when they are published as a draft
        s.clock.setDay(m.getDate());
        run(() -> s.meetings.markHeld(m.getId()));
        run(() -> s.minutes.saveItemMinutes(voices.getId(), "<p>Members praised the <b>apprenticeship</b> scheme "
                + tag + ".</p>", null, true, null));
        run(() -> s.minutes.resolve(voices.getId(), "That the committee visits the scheme " + tag + "."));
        assertEquals(0, search("apprenticeships " + tag).total(), "minutes are not public until drafted");
        s.clock.setDay(m.getDate().plusDays(7));
        run(() -> s.meetings.markMinutesDrafted(m.getId()));
        SearchHit minutes = search("apprenticeships " + tag).hits().get(0);
        assertEquals(voices.getId(), (long) Long.valueOf(minutes.url().replaceAll("\\D", "")));
        assertTrue(minutes.snippetHtml().contains("<mark>apprenticeship</mark>"), minutes.snippetHtml());
        assertEquals(1, search("visits " + tag).total(), "resolutions are found");
    }

    @Test
    void nothingUnpublishedOrExemptIsEverFound() {
        Meeting draft = inTx(() -> s.meetings.schedule(cpc.getId(), LocalDate.of(2026, 5, 1), LocalTime.of(18, 0),
                null, null));
        item(draft, "Draft agenda item " + tag, "Not yet published.");
        assertEquals(0, search("draft " + tag).total(), "an agenda that is not published is not indexed");

        Meeting m = scheduled(cpc, LocalDate.of(2026, 3, 19));
        AgendaItem exempt = item(m, "Individual carer allowances " + tag, "Wrenfield household " + tag);
        run(() -> s.documents.upload(exempt.getId(), "Carer report", "carer.pdf",
                pdf("Wrenfield " + tag + " allowance"), List.of(), null, "None"));
        AgendaItem edited = inTx(() -> s.meetings.item(exempt.getId()));
        run(() -> {
            edited.setExemption(Exemption.of(List.of(1, 3), "Identifies carers"));
            s.meetings.updateItem(edited);
        });
        AgendaItem open = item(m, "Fostering update " + tag, "Foster East " + tag);
        run(() -> s.documents.upload(open.getId(), "Placement appendix", "appendix.pdf",
                pdf("Larkspur " + tag + " placement"), List.of(2), "Names a child", "None"));
        publish(m);
        s.clock.setDay(m.getDate());
        run(() -> s.meetings.markHeld(m.getId()));
        run(() -> s.minutes.saveItemMinutes(exempt.getId(), "<p>The Wrenfield " + tag + " carers were discussed.</p>",
                null, true, null));
        s.clock.setDay(m.getDate().plusDays(7));
        run(() -> s.meetings.markMinutesDrafted(m.getId()));

        assertEquals(0, search("wrenfield " + tag).total(), "an exempt item's purpose, minutes and report");
        assertEquals(1, search("allowances " + tag).total(), "its title is public, as on the agenda");
        assertEquals(0, search("larkspur " + tag).total(), "an exempt appendix is not found");
        assertEquals(1, search("foster east " + tag).total());
    }

    @Test
    void filtersByCommitteeAndDatesAndPagesInTheDatabase() {
        Meeting march = scheduled(cpc, LocalDate.of(2025, 3, 13));
        Meeting june = scheduled(cpc, LocalDate.of(2025, 6, 12));
        Meeting other = scheduled(scrutiny, LocalDate.of(2025, 6, 19));
        for (Meeting m : List.of(march, june, other)) {
            for (int i = 0; i < 15; i++) {
                item(m, "Placement stability report " + i + " " + tag, "Placements " + tag);
            }
            publish(m);
        }
        assertEquals(45, search("placement " + tag).total());
        // one word, counted without grouping: the 45 reports and the three Minutes items naming the committee
        assertEquals(48, search(tag).total());
        assertEquals(32, s.search.search(tag, cpc.getId(), null, null, 1).total());
        assertEquals(30, s.search.search("placement " + tag, cpc.getId(), null, null, 1).total());
        SearchResults june2025 = s.search.search("placement " + tag, null, LocalDate.of(2025, 6, 1),
                LocalDate.of(2025, 6, 15), 1);
        assertEquals(15, june2025.total());
        assertTrue(june2025.hits().stream().allMatch(h -> h.meetingId() == june.getId()));
        SearchResults second = s.search.search("placement stability " + tag, null, null, null, 3);
        assertEquals(45, second.total());
        assertEquals(5, second.hits().size(), "page 3 of 20 a page");
        assertEquals(3, second.getPages());

        SqlCounter.reset();
        s.search.search("placement stability " + tag, null, null, null, 2);
        assertTrue(SqlCounter.count() <= 3, "a page of results in at most 3 statements:\n" + SqlCounter.statements());
    }

    @Test
    void aReportUploadedBeforeTextWasExtractedIsReadWhenFirstIndexed() {
        Meeting m = scheduled(cpc, LocalDate.of(2026, 4, 16));
        AgendaItem item = item(m, "Health assessments " + tag, null);
        long documentId = inTx(() -> s.documents.upload(item.getId(), "Health report", "health.pdf",
                pdf("Dental checks " + tag), List.of(), null, "None")).getId();
        // as an installation upgraded from before the search has it: the file, no text
        run(() -> em.createNativeQuery("UPDATE document_content SET extracted_text = NULL WHERE document_id = ?")
                .setParameter(1, documentId).executeUpdate());
        em.clear();
        publish(m);
        assertEquals(1, search("dental " + tag).total());
        assertTrue(inTx(() -> em.find(org.cpchub.domain.meetings.DocumentContent.class, documentId))
                .getExtractedText().contains("Dental checks"), "and the text is kept");
    }

    @Test
    void aQueryOfOnlyStopWordsFindsNothingAndAnOverlongOneIsRefused() {
        assertTrue(search("the and of").hits().isEmpty());
        assertTrue(search("").hits().isEmpty());
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> search("x".repeat(201)));
        assertTrue(tooLong.getMessage().contains("at most 200 characters"), tooLong.getMessage());
        assertThrows(InvalidInputException.class, () -> s.search.search("care", null, LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 1, 1), 1));
    }

    static byte[] pdf(String text) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal Word document: the package parts Word needs, the text in one paragraph. */
    static byte[] docx(String text) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\""
                    + " ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w="
                    + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    + text + "</w:t></w:r></w:p></w:body></w:document>");
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
