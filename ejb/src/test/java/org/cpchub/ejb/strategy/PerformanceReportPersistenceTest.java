package org.cpchub.ejb.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.directory.PersonKind;
import org.cpchub.domain.meetings.AgendaDocument;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.ItemKind;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.MeasureUnit;
import org.cpchub.domain.strategy.PerformanceReport;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.domain.strategy.Strategy;
import org.cpchub.ejb.platform.DemoData;
import org.cpchub.ejb.support.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The quarterly performance report made from the demo strategy: every measure grouped by priority with RAG and
 * direction in words, small counts suppressed only for publication, a tagged PDF with the same text; made once
 * by the schedule on its due day; attached to an agenda item as its document.
 */
class PerformanceReportPersistenceTest extends PersistenceTest {
    private static final ReportingPeriod Q2 = ReportingPeriod.quarter(2024, 2);
    private static Strategy strategy;

    @BeforeEach
    void loadOnce() {
        s.caller.signIn("analyst", Role.Names.ANALYST);
        if (strategy != null && em.find(Strategy.class, strategy.getId()) != null) {
            return;
        }
        strategy = inTx(() -> {
            Committee cpc = new Committee("Corporate Parenting Committee (report test)", CommitteeKind.COMMITTEE, 3);
            em.persist(cpc);
            Map<String, Person> people = new HashMap<>();
            return DemoData.loadMeetingsAndStrategy(em, cpc, key -> people.computeIfAbsent(key, k -> {
                Person p = new Person(k, PersonKind.OFFICER);
                em.persist(p);
                return p;
            }), LocalDate.now(s.clock));
        });
    }

    @Test
    void theReportHasEveryMeasureByPriorityWithRagDirectionAndTrend() throws IOException {
        PerformanceReport report = inTx(() -> s.reportService.generate(strategy.getId(), Q2, false));
        String html = s.reports.html(report.getId());
        StrategyDashboard dashboard = s.strategies.dashboard(strategy.getId());
        assertTrue(html.contains("Children&#39;s Social Care Performance: " + Q2.getLabel())
                || html.contains("Children's Social Care Performance: " + Q2.getLabel()), "title");
        for (MeasureStatus m : dashboard.getMeasures()) {
            assertTrue(html.contains(">" + m.measure().getCode() + " "), m.measure().getCode());
        }
        for (StrategyDashboard.PriorityRow p : dashboard.priorities()) {
            assertTrue(html.contains(PerformanceReportWriter.esc(p.priority().getTitle())), p.priority().getTitle());
        }
        assertTrue(html.contains(">Green<") || html.contains(">Amber<") || html.contains(">Red<"), "RAG in words");
        assertTrue(html.contains("alt=\"Trend: "), "charts have their values as text");
        assertFalse(html.contains("2024-25 Q3"), "nothing after the quarter");
        try (PDDocument pdf = Loader.loadPDF(s.reports.pdf(report.getId()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Children's Social Care Performance"), text);
            assertTrue(text.contains("SP-01"));
            assertTrue(pdf.getDocumentCatalog().getStructureTreeRoot() != null, "tagged");
        }
        assertThrows(InvalidInputException.class, () -> s.reportService.generate(strategy.getId(),
                ReportingPeriod.quarter(2026, 1), false), "a quarter that has not ended");
    }

    @Test
    void smallCountsAreShownAsCOnlyInTheVersionForPublication() {
        Measure count = s.strategies.dashboard(strategy.getId()).getMeasures().stream().map(MeasureStatus::measure)
                .filter(m -> m.getUnit() == MeasureUnit.COUNT).findFirst().orElseThrow();
        ReportingPeriod period = ReportingPeriod.of(count.getFrequency(), Q2.getEnd());
        long version = s.values.value(count.getId(), period).map(v -> v.getVersion()).orElse(-1L);
        run(() -> s.values.enter(new ValueEntry(count.getId(), period, new BigDecimal("3"), null, null,
                "Only 3 children this quarter (test)", version < 0 ? null : version)));
        String internal = s.reports.html(inTx(() -> s.reportService.generate(strategy.getId(), Q2, false)).getId());
        String published = s.reports.html(inTx(() -> s.reportService.generate(strategy.getId(), Q2, true)).getId());
        String row = count.getCode() + " ";
        assertTrue(cell(internal, row).startsWith("3"), cell(internal, row));
        assertEquals("c", cell(published, row));
        assertTrue(internal.contains("Only 3 children this quarter"));
        assertTrue(published.contains("Only c children this quarter"), "nor in the commentary");
    }

    /** The value cell of a measure's row. */
    private static String cell(String html, String rowStart) {
        int row = html.indexOf(">" + rowStart);
        int td = html.indexOf("<td>", row) + 4;
        return html.substring(td, html.indexOf("</td>", td));
    }

    @Test
    void theScheduleMakesTheReportOnceOnItsDueDay() {
        // Q3 2024-25 ends on 31 December 2024; with no bank holidays loaded its tenth working day is 14 January 2025
        ReportingPeriod q3 = ReportingPeriod.quarter(2024, 3);
        LocalDate due = org.cpchub.domain.strategy.ReportSchedule.dueDate(q3, 10, s.settings.workingDays(q3.getEnd()));
        assertEquals(List.of(), inTx(() -> s.reportService.runDue(due.minusDays(1))), "not due the day before");
        List<PerformanceReport> made = inTx(() -> s.reportService.runDue(due));
        assertEquals(1, made.size());
        assertEquals(PerformanceReport.TIMER, made.get(0).getGeneratedBy());
        assertTrue(made.get(0).isForPublication());
        assertEquals(List.of(), inTx(() -> s.reportService.runDue(due)), "a repeated run makes none");
        assertEquals(1, s.reports.find(strategy.getId(), true, org.cpchub.domain.shared.PageRequest.first(50)).items()
                .stream().filter(r -> r.getPeriod().equals(q3)).count());
    }

    @Test
    void aClerkAttachesTheReportToAnAgendaItemAsItsDocument() {
        PerformanceReport report = inTx(() -> s.reportService.generate(strategy.getId(), Q2, true));
        Committee c = inTx(() -> s.committees.create(new Committee("Attach test " + System.nanoTime(),
                CommitteeKind.COMMITTEE, 2)));
        Meeting m = inTx(() -> s.meetings.schedule(c.getId(), LocalDate.of(2026, 4, 23), LocalTime.of(18, 0), null,
                null));
        AgendaItem item = inTx(() -> s.meetings.addItem(m.getId(), "Children's Social Care Performance",
                ItemKind.REPORT, null, null));
        s.caller.signIn("clerk", Role.Names.CLERK);
        AgendaDocument document = inTx(() -> s.reportService.attachToAgendaItem(report.getId(), item.getId()));
        assertEquals("application/pdf", document.getType().getMediaType());
        assertTrue(document.getTitle().contains(Q2.getLabel()));
        assertEquals(item.getId(), s.reports.get(report.getId()).getAgendaItem().getId());
        assertEquals(1, s.documents.ofMeeting(m.getId()).size());
    }
}
