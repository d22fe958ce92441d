package org.cpchub.ejb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.directory.PersonKind;
import org.cpchub.domain.strategy.Direction;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.MeasureValue;
import org.cpchub.domain.strategy.Rag;
import org.cpchub.domain.strategy.Strategy;
import org.cpchub.domain.strategy.StrategyStatus;
import org.cpchub.ejb.strategy.EngagementPlan;
import org.cpchub.ejb.strategy.MeasureRecord;
import org.cpchub.ejb.strategy.MeasureStatus;
import org.cpchub.ejb.strategy.StrategyDashboard;
import org.cpchub.ejb.strategy.TracedItem;
import org.cpchub.ejb.support.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo strategy loads on a real database next to the demo meetings (as DemoData does at first start) and
 * reads back through the services: the seed's priorities, the quoted figures, the invented ones marked, the
 * links to the October 2024 meeting. "Today" is 2 March 2026.
 */
class DemoStrategyPersistenceTest extends PersistenceTest {
    private static Strategy strategy;

    @BeforeEach
    void loadOnce() {
        if (strategy != null && em.find(Strategy.class, strategy.getId()) != null) {
            return;
        }
        strategy = inTx(() -> {
            Committee cpc = new Committee("Corporate Parenting Committee", CommitteeKind.COMMITTEE, 3);
            em.persist(cpc);
            Map<String, Person> people = new HashMap<>();
            new DemoMeetings(em, key -> people.computeIfAbsent(key, k -> {
                Person p = new Person(k, PersonKind.OFFICER);
                em.persist(p);
                return p;
            })).load(cpc);
            em.flush();
            return new DemoStrategy(em, LocalDate.now(s.clock)).load();
        });
    }

    private Measure measure(String code) {
        return s.measures.byCode(code).orElseThrow();
    }

    @Test
    void theStrategyHasTheSeedsFourPrioritiesWithTheirFocusAreasAndMeasures() {
        StrategyDashboard d = s.strategies.dashboard(strategy.getId());
        assertEquals(StrategyStatus.ACTIVE, d.strategy().getStatus());
        assertEquals(List.of("Safety and Permanence", "Mental and Physical Health and Wellbeing",
                "Educational Achievement", "Employment and Independence"),
                d.priorities().stream().map(p -> p.priority().getTitle()).toList());
        assertEquals(List.of(7, 4, 4, 5), d.priorities().stream().map(p -> p.focusAreas().size()).toList());
        assertTrue(d.priorities().stream().allMatch(p -> !p.priority().getPrinciples().isEmpty()));
        assertTrue(d.getMeasures().size() >= 25, "measures: " + d.getMeasures().size());
        assertTrue(d.getMeasures().stream().allMatch(m -> m.latest() != null), "every measure has values");
        assertTrue(d.getMeasures().stream().allMatch(m -> !m.measure().getPrinciples().isEmpty()));
        assertTrue(d.priorities().stream().allMatch(p -> p.rag() != null));
    }

    @Test
    void theFiguresThePapersQuoteAreThereWithTheirSources() {
        List<MeasureValue> cla = s.values.values(measure("SP-01").getId());
        assertEquals("294", value(cla, "Q4 2021-22"));
        assertEquals("284", value(cla, "Q1 2024-25"));
        assertEquals("267", value(cla, "Q2 2024-25"));

        List<MeasureValue> rate = s.values.values(measure("SP-02").getId());
        assertEquals(List.of("2021-22 65", "2022-23 65", "2023-24 64", "2024-25 60"), rate.stream()
                .map(v -> v.getPeriod().getLabel() + " " + v.getValue().stripTrailingZeros().toPlainString()).toList());
        assertEquals(0, new BigDecimal("46271").compareTo(rate.get(3).getDenominator()));
        MeasureRecord rateRecord = s.measures.record(measure("SP-02").getId());
        assertEquals(Direction.IMPROVING, rateRecord.status().direction());
        assertEquals(2, rateRecord.benchmarks().size(), "statistical neighbours 65, England 67");

        MeasureRecord eet = s.measures.record(measure("EI-01").getId());
        MeasureRecord.ValueRow august = eet.values().stream()
                .filter(r -> r.value().getPeriod().getLabel().equals("Q2 2024-25")).findFirst().orElseThrow();
        assertEquals("43.3%", august.value().getFormatted());
        assertEquals(Rag.RED, august.rag(), "against the 70% ambition");
        assertEquals(Direction.IMPROVING, august.direction(), "41% -> 43.3%");
        assertEquals(2, eet.revisionsOf(august.value()).size(), "the first entry and its correction");

        assertEquals("93.0%", value(s.values.values(measure("MH-01").getId()), "Q3 2022-23"));
        assertEquals("30.0%", value(s.values.values(measure("SP-06").getId()), "Q2 2024-25"));
        assertEquals("94.5%", value(s.values.values(measure("SP-10").getId()), "June 2022"));
        assertEquals("58.0%", value(s.values.values(measure("EI-03").getId()), "April 2022"));
        assertEquals("12", value(s.values.values(measure("SP-04").getId()), "2022-23"));
        assertEquals(0, new BigDecimal("44").compareTo(s.measures.targets(measure("SP-13").getId()).get(0).getValue()),
                "UASC against the NTS threshold");
    }

    private static String value(List<MeasureValue> values, String period) {
        return values.stream().filter(v -> v.getPeriod().getLabel().equals(period)).findFirst()
                .map(MeasureValue::getFormatted).orElse("none");
    }

    @Test
    void everyInventedValueSaysSoAndNoneIsForAPeriodNotYetOver() {
        LocalDate today = LocalDate.now(s.clock);
        List<MeasureValue> all = em.createQuery("SELECT v FROM MeasureValue v WHERE"
                + " v.measure.focusArea.priority.strategy.id = :s", MeasureValue.class)
                .setParameter("s", strategy.getId()).getResultList();
        assertTrue(all.size() > 300, "values: " + all.size());
        for (MeasureValue v : all) {
            String c = v.getCommentary();
            assertNotNull(c, v.getMeasure().getCode() + " " + v.getPeriod());
            assertTrue(c.contains("Demo data") || c.contains("committee") || c.contains("DfE") || c.contains("strategy"),
                    "invented values are marked, quoted ones say where from: " + c);
            assertTrue(v.getPeriod().getEnd().isBefore(today), v.getMeasure().getCode() + " " + v.getPeriod());
        }
        assertFalse(all.stream().anyMatch(v -> v.getPeriod().getLabel().equals("Q4 2025-26")), "not over on 2 March 2026");
    }

    @Test
    void measuresAreLinkedToTheMeetingsThatDiscussedThem() {
        List<TracedItem> trace = s.traceability.trace(measure("SP-01").getId());
        assertEquals(List.of(LocalDate.of(2024, 10, 24), LocalDate.of(2024, 7, 31)),
                trace.stream().map(TracedItem::getMeetingDate).toList());
        assertEquals("5 Children's Social Care Performance", trace.get(0).getItemTitle());
        assertEquals("Corporate Parenting Committee", trace.get(0).getCommitteeName());
        assertEquals(1, trace.get(1).resolutions().size(), "July resolved to scrutinise the data");
        List<TracedItem> health = s.traceability.trace(measure("MH-03").getId());
        assertEquals(2, health.get(0).resolutions().size());
        assertEquals(1, health.get(0).actions().size(), "the data to be brought back");
    }

    @Test
    void theEngagementPlanHasAppendixThreesObjectives() {
        EngagementPlan plan = s.engagement.plan(strategy.getId());
        assertEquals(6, plan.objectives().size());
        assertEquals(2, plan.actionsOf(plan.objectives().get(0)).size());
        assertFalse(plan.getOverdue().isEmpty(), "reviews left open since the strategy ended");
        assertEquals(plan.getOverdue().size(), s.engagement.overdueReviews(strategy.getId()).size());
        MeasureStatus uasc = s.strategies.dashboard(strategy.getId()).getMeasures().stream()
                .filter(m -> m.measure().getCode().equals("SP-13")).findFirst().orElseThrow();
        assertNotNull(uasc.target());
    }

    /** The demo meetings (loaded above with the strategy) give the public site papers, and exempt ones to withhold. */
    @Test
    void julysPublicPapersArePublishedAndItsExemptPapersAreNot() {
        long julyId = s.published.meetings(null, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31),
                org.cpchub.domain.shared.PageRequest.first(10)).items().get(0).id();
        org.cpchub.ejb.publication.PublicMeeting july = s.published.meeting(julyId);
        org.cpchub.ejb.publication.PublicItem performance = july.items().get(4);
        assertEquals(1, performance.documents().size(), "the exempt appendix is withheld");
        byte[] report = s.published.document(performance.documents().get(0).id()).content();
        assertTrue(report.length > 500 && new String(report, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF-"));
        org.cpchub.ejb.publication.PublicItem allowances = july.items().get(7);
        assertEquals(8, allowances.number());
        assertTrue(allowances.exemptNotice().contains("paragraphs 1 and 3"), allowances.exemptNotice());
        assertTrue(allowances.documents().isEmpty());
        assertTrue(allowances.minutes() == null || !allowances.minutes().narrativeHtml().contains("Wrenfield"));
        long exemptReports = em.createQuery("SELECT COUNT(d) FROM AgendaDocument d WHERE d.item.meeting.id = :m",
                Long.class).setParameter("m", julyId).getSingleResult() - july.items().stream()
                .mapToLong(i -> i.documents().size()).sum();
        assertEquals(2, exemptReports, "the appendix and the exempt item's report exist for staff only");
    }
}
