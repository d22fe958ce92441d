package org.cpchub.ejb.strategy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.meetings.ActionPoint;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.ItemKind;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.Resolution;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.platform.UserAccount;
import org.cpchub.domain.shared.AccessRefusedException;
import org.cpchub.domain.shared.EditConflictException;
import org.cpchub.domain.shared.ImportRejectedException;
import org.cpchub.domain.shared.ImportRejectedException.RowError;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.domain.shared.StillReferencedException;
import org.cpchub.domain.strategy.ComparatorGroup;
import org.cpchub.domain.strategy.Direction;
import org.cpchub.domain.strategy.EngagementAction;
import org.cpchub.domain.strategy.EngagementStatus;
import org.cpchub.domain.strategy.FocusArea;
import org.cpchub.domain.strategy.Frequency;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.MeasureUnit;
import org.cpchub.domain.strategy.MeasureValue;
import org.cpchub.domain.strategy.MeasureValueRevision;
import org.cpchub.domain.strategy.ParentingPrinciple;
import org.cpchub.domain.strategy.PerformanceReport;
import org.cpchub.domain.strategy.Polarity;
import org.cpchub.domain.strategy.Priority;
import org.cpchub.domain.strategy.Rag;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.domain.strategy.RevisionSource;
import org.cpchub.domain.strategy.Strategy;
import org.cpchub.domain.strategy.StrategyStatus;
import org.cpchub.domain.strategy.Target;
import org.cpchub.ejb.support.PersistenceTest;
import org.cpchub.ejb.support.SqlCounter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Strategy monitoring on a real database (Derby, or PostgreSQL with -Ppostgres): value entry and its history,
 * the owner rule, all-or-nothing imports, the dashboard's bounded SQL, traceability, the engagement plan and
 * the report archive. "Today" is 2 March 2026 (the test clock).
 */
class StrategyPersistenceTest extends PersistenceTest {
    private static final String OFFICER = "officer";
    private static final String OTHER_OFFICER = "officer2";
    private static final String ANALYST = "analyst";

    private Strategy strategy;
    private FocusArea area;
    private Measure eet;
    private Measure cla;
    private Measure rate;

    @BeforeEach
    void open() {
        run(() -> {
            for (String[] u : new String[][] {{OFFICER, "OFFICER"}, {OTHER_OFFICER, "OFFICER"}, {ANALYST, "ANALYST"},
                {"clerk", "CLERK"}}) {
                if (em.createNamedQuery("UserAccount.findByUsername", UserAccount.class).setParameter("username", u[0])
                        .getResultList().isEmpty()) {
                    em.persist(new UserAccount(u[0], u[0], "not-a-hash", EnumSet.of(Role.valueOf(u[1]))));
                }
            }
        });
        s.caller.signIn(ANALYST, Role.Names.ANALYST);
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        strategy = inTx(() -> s.strategies.create(new Strategy("Corporate Parenting Strategy " + suffix,
                LocalDate.of(2022, 4, 1), LocalDate.of(2026, 3, 31))));
        Priority priority = inTx(() -> s.strategies.addPriority(strategy.getId(), "Employment and Independence", null,
                Set.of(ParentingPrinciple.PREPARING_FOR_ADULTHOOD)));
        area = inTx(() -> s.strategies.addFocusArea(priority.getId(),
                "Care Leavers are engaged in employment, education or training"));
        eet = inTx(() -> s.measures.create(area.getId(), percentage("EET-" + suffix, OFFICER)));
        cla = inTx(() -> s.measures.create(area.getId(), count("CLA-" + suffix, Frequency.QUARTERLY, OFFICER)));
        rate = inTx(() -> {
            Measure m = new Measure(area, "RATE-" + suffix, "Children looked after per 10,000 children",
                    "Children looked after at 31 March per 10,000 children aged 0-17", MeasureUnit.RATE_PER_10000,
                    Polarity.LOWER_IS_BETTER, Frequency.ANNUAL);
            m.setFormula("Children looked after at period end", "Population aged 0-17 (ONS mid-year)");
            m.setOwnerUsername(ANALYST);
            return s.measures.create(area.getId(), m);
        });
    }

    private static Measure percentage(String code, String owner) {
        Measure m = new Measure(placeholderArea(), code, "Care leavers in education, employment or training",
                "Care leavers aged 19-21 in education, employment or training, as a percentage of all care leavers"
                        + " aged 19-21", MeasureUnit.PERCENTAGE, Polarity.HIGHER_IS_BETTER, Frequency.QUARTERLY);
        m.setFormula("Care leavers aged 19-21 in EET", "Care leavers aged 19-21");
        m.setOwnerUsername(owner);
        m.setPrinciples(Set.of(ParentingPrinciple.PREPARING_FOR_ADULTHOOD, ParentingPrinciple.HIGH_ASPIRATIONS));
        return m;
    }

    private static Measure count(String code, Frequency frequency, String owner) {
        Measure m = new Measure(placeholderArea(), code, "Children looked after", "Children looked after at the end"
                + " of the period", MeasureUnit.COUNT, Polarity.LOWER_IS_BETTER, frequency);
        m.setOwnerUsername(owner);
        return m;
    }

    /** The service puts a new measure in the area it is given; the constructor only needs one to be there. */
    private static FocusArea placeholderArea() {
        return new FocusArea(new Priority(new Strategy("x", LocalDate.MIN, LocalDate.MAX), 1, "x"), 1, "x");
    }

    private static BigDecimal n(String v) {
        return new BigDecimal(v);
    }

    private MeasureValue enter(Measure m, ReportingPeriod p, String value, String num, String den, String comment,
                               Long version) {
        return inTx(() -> s.values.enter(new ValueEntry(m.getId(), p, value == null ? null : n(value),
                num == null ? null : n(num), den == null ? null : n(den), comment, version)));
    }

    // ---------------------------------------------------------------- value entry

    @Test
    void anOfficerEntersAValueAndEveryChangeIsKept() {
        s.caller.signIn(OFFICER, Role.Names.OFFICER);
        ReportingPeriod q1 = ReportingPeriod.quarter(2024, 1);
        MeasureValue first = enter(eet, q1, null, "80", "195", "End of Q1", null);
        assertEquals(0, n("41.0").compareTo(first.getValue()), "computed from 80/195");
        assertEquals("41.0%", first.getFormatted());

        MeasureValue second = enter(eet, q1, null, "84", "194", "Corrected after the August audit", first.getVersion());
        assertEquals(0, n("43.3").compareTo(second.getValue()));
        assertEquals(OFFICER, second.getEnteredBy());

        assertThrows(EditConflictException.class, () -> enter(eet, q1, null, "85", "194", "stale form",
                first.getVersion()), "the form showed the first version");
        assertThrows(EditConflictException.class, () -> enter(eet, q1, null, "85", "194", "thought it was new", null));

        MeasureValue same = enter(eet, q1, null, "84", "194", "Corrected after the August audit", second.getVersion());
        List<MeasureValueRevision> history = s.values.history(same.getId());
        assertEquals(2, history.size(), "an unchanged save adds no revision");
        assertNull(history.get(0).getOldValue());
        assertEquals(0, n("41.0").compareTo(history.get(1).getOldValue()));
        assertEquals(0, n("43.3").compareTo(history.get(1).getNewValue()));
        assertEquals("End of Q1", history.get(1).getOldCommentary());
        assertEquals("Corrected after the August audit", history.get(1).getNewCommentary());
        assertEquals(OFFICER, history.get(1).getChangedBy());
        assertEquals(RevisionSource.ENTRY, history.get(1).getSource());
        long audited = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.entityType = 'MeasureValue'"
                + " AND a.entityId = :id AND a.actor = :who", Long.class).setParameter("id", same.getId())
                .setParameter("who", OFFICER).getSingleResult();
        assertEquals(2, audited, "the entry and the correction are in the audit trail");
    }

    @Test
    void onlyTheOwnerOrAnAnalystEntersAMeasuresValues() {
        s.caller.signIn(OTHER_OFFICER, Role.Names.OFFICER);
        AccessRefusedException refused = assertThrows(AccessRefusedException.class,
                () -> enter(eet, ReportingPeriod.quarter(2024, 1), null, "80", "195", null, null));
        assertTrue(refused.getMessage().contains(OFFICER), refused.getMessage());
        s.caller.signIn(ANALYST, Role.Names.ANALYST);
        enter(eet, ReportingPeriod.quarter(2024, 1), null, "80", "195", null, null);
        s.caller.signIn(OFFICER, Role.Names.OFFICER);
        assertTrue(s.values.mayEnter(eet));
        assertFalse(s.values.mayEnter(rate), "the rate is the analyst's");
    }

    @Test
    void enteredValuesAreValidatedPerField() {
        s.caller.signIn(OFFICER, Role.Names.OFFICER);
        InvalidInputException month = assertThrows(InvalidInputException.class,
                () -> enter(cla, ReportingPeriod.month(2024, 9), "267", null, null, null, null));
        assertTrue(month.getFieldErrors().get("period").contains("quarterly"), month.getFieldErrors().toString());
        InvalidInputException future = assertThrows(InvalidInputException.class,
                () -> enter(cla, ReportingPeriod.quarter(2026, 1), "267", null, null, null, null));
        assertTrue(future.getFieldErrors().get("period").contains("not started"));
        InvalidInputException half = assertThrows(InvalidInputException.class,
                () -> enter(cla, ReportingPeriod.quarter(2024, 2), "26.5", null, null, null, null));
        assertTrue(half.getFieldErrors().containsKey("value"));
        InvalidInputException over = assertThrows(InvalidInputException.class,
                () -> enter(eet, ReportingPeriod.quarter(2024, 2), null, "200", "194", null, null));
        assertTrue(over.getFieldErrors().get("numerator").contains("cannot be more than the denominator"));
        InvalidInputException zero = assertThrows(InvalidInputException.class,
                () -> enter(eet, ReportingPeriod.quarter(2024, 2), null, "0", "0", null, null));
        assertTrue(zero.getFieldErrors().containsKey("denominator"));
        assertEquals(0, s.values.values(cla.getId()).size() + s.values.values(eet.getId()).size(), "nothing saved");
    }

    @Test
    void theCouncilsPublishedRatesAreComputedFromTheirInputs() {
        enter(rate, ReportingPeriod.financialYear(2022), null, "292", "44804", "DfE 2023", null);
        enter(rate, ReportingPeriod.financialYear(2023), null, "290", "45530", "DfE 2024", null);
        enter(rate, ReportingPeriod.financialYear(2024), null, "276", "46271", "DfE 2025", null);
        assertEquals(List.of("65 per 10,000", "64 per 10,000", "60 per 10,000"),
                s.values.values(rate.getId()).stream().map(MeasureValue::getFormatted).toList());
        MeasureStatus status = s.measures.record(rate.getId()).status();
        assertEquals(Direction.IMPROVING, status.direction(), "64 -> 60, lower is better");
    }

    // ---------------------------------------------------------------- import

    @Test
    void aCsvImportWithAnyBadRowImportsNothingAndNamesEveryBadLine() {
        String csv = "Measure code,Period,Value,Numerator,Denominator,Commentary\n"
                + eet.getCode() + ",2024-25 Q1,,80,195,End of Q1\n"                       // 2 fine
                + "NOPE-1,2024-25 Q1,12,,,\n"                                              // 3 unknown measure
                + cla.getCode() + ",2024-26 Q1,284,,,\n"                                   // 4 bad period
                + cla.getCode() + ",2024-09,267,,,\n"                                      // 5 wrong frequency
                + eet.getCode() + ",2024-25 Q2,,200,194,\n"                                // 6 out of range
                + eet.getCode() + ",Q1 2024-25,,81,195,again\n"                            // 7 duplicate of 2
                + cla.getCode() + ",2024-25 Q2,lots,,,\n"                                  // 8 not a number
                + "\"" + cla.getCode() + "\",2024-25 Q3,\"267\",,,\"Fell from 284, see report\"\n"; // 9 fine
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> inTx(() -> s.imports.importValues("values.csv", csv.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of(3, 4, 5, 6, 7, 8), e.getErrors().stream().map(RowError::line).toList(), e.getErrors().toString());
        assertTrue(message(e, 3).contains("Unknown measure code \"NOPE-1\""));
        assertTrue(message(e, 4).contains("2024-25"));
        assertTrue(message(e, 5).contains("quarterly"));
        assertTrue(message(e, 6).contains("cannot be more than the denominator"));
        assertTrue(message(e, 7).contains("Duplicate of line 2"));
        assertTrue(message(e, 8).contains("\"lots\" is not a number"));
        assertTrue(e.getMessage().startsWith("Nothing was imported: 6 lines have problems"), e.getMessage());
        assertEquals(0, s.values.values(eet.getId()).size() + s.values.values(cla.getId()).size(), "all or nothing");
    }

    private static String message(ImportRejectedException e, int line) {
        return e.getErrors().stream().filter(r -> r.line() == line).map(RowError::message).collect(Collectors.joining(" "));
    }

    @Test
    void aValidCsvCreatesThenRevisesValues() {
        String csv = "code;period;value;numerator;denominator;commentary\r\n"
                + cla.getCode() + ";2024-25 Q1;284;;;\r\n"
                + cla.getCode() + ";2024-25 Q2;267;;;\"Fell from 284; lowest August for a year\"\r\n"
                + eet.getCode() + ";2024-25 Q1;41.0%;80;195;\r\n"
                + "\r\n"
                + rate.getCode() + ";2025-03-31;;276;46,271;DfE published 60\r\n";
        String template = s.imports.csvTemplate(strategy.getId());
        assertTrue(template.startsWith("Measure code,Period,Value,Numerator,Denominator,Commentary\r\n"));
        assertTrue(template.contains(eet.getCode() + ",2025-26 Q3,,,,"), template);
        assertTrue(template.contains(rate.getCode() + ",2024-25,,,,"), "the last year that has ended: " + template);
        ImportResult checked = inTx(() -> s.imports.check("values.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(4, checked.created());
        assertFalse(checked.saved());
        assertEquals(0, s.values.values(cla.getId()).size(), "a check saves nothing");

        ImportResult first = inTx(() -> s.imports.importValues("values.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new ImportResult(4, 4, 0, 0, true), first);
        assertEquals("Fell from 284; lowest August for a year", s.values.values(cla.getId()).get(1).getCommentary());
        MeasureValue dfe = s.values.values(rate.getId()).get(0);
        assertEquals("2024-25", dfe.getPeriod().getLabel(), "a date is read as the period containing it");
        assertEquals("60 per 10,000", dfe.getFormatted());

        String corrected = "Measure code,Period,Value,Commentary\n" + cla.getCode() + ",2024-25 Q1,284,\n"
                + cla.getCode() + ",Q2 2024-25,268,Corrected count\n";
        ImportResult second = inTx(() -> s.imports.importValues("corrected.csv",
                corrected.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new ImportResult(2, 0, 1, 1, true), second);
        MeasureValue q2 = s.values.values(cla.getId()).get(1);
        List<MeasureValueRevision> history = s.values.history(q2.getId());
        assertEquals(2, history.size());
        assertEquals(RevisionSource.IMPORT, history.get(1).getSource());
        assertEquals(0, n("267").compareTo(history.get(1).getOldValue()));
        assertEquals(ANALYST, history.get(1).getChangedBy());
    }

    @Test
    void anXlsxImportIsCheckedAsAWholeToo() {
        byte[] bad = workbook(new Object[][] {
                {"Measure code", "Period", "Value", "Numerator", "Denominator", "Commentary"},
                {cla.getCode(), "2024-25 Q1", 284, null, null, "from the workbook"},
                {cla.getCode(), LocalDate.of(2024, 9, 30), -3, null, null, null},
                {eet.getCode(), "2024-25 Q1", null, 80, null, null},
        });
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> inTx(() -> s.imports.importValues("values.xlsx", bad)));
        assertEquals(Set.of(3, 4), e.getErrors().stream().map(RowError::line).collect(Collectors.toSet()),
                e.getErrors().toString());
        assertTrue(message(e, 3).contains("whole number"), e.getErrors().toString());
        assertTrue(message(e, 4).contains("Enter the denominator: Care leavers aged 19-21"));
        assertEquals(0, s.values.values(cla.getId()).size());

        byte[] good = workbook(new Object[][] {
                {"Measure code", "Period", "Value", "Numerator", "Denominator", "Commentary"},
                {cla.getCode(), "2024-25 Q1", 284, null, null, "from the workbook"},
                {cla.getCode(), LocalDate.of(2024, 9, 30), 267, null, null, null},
                {eet.getCode(), "Q1 2024-25", null, 80, 195, null},
        });
        assertEquals(new ImportResult(3, 3, 0, 0, true), inTx(() -> s.imports.importValues("values.xlsx", good)));
        assertEquals(List.of("Q1 2024-25", "Q2 2024-25"), s.values.values(cla.getId()).stream()
                .map(v -> v.getPeriod().getLabel()).toList(), "an Excel date in the period column is read as its quarter");

        ImportRejectedException notExcel = assertThrows(ImportRejectedException.class, () -> inTx(() ->
                s.imports.importValues("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3, 4})));
        assertTrue(notExcel.getErrors().get(0).message().contains(".xlsx"));
    }

    static byte[] workbook(Object[][] rows) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook wb = new Workbook(out, "cpchub-test", "1.0");
            Worksheet sheet = wb.newWorksheet("Values");
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof String text) {
                        sheet.value(r, c, text);
                    } else if (v instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (v instanceof LocalDate date) {
                        sheet.value(r, c, date);
                        sheet.style(r, c).format("dd/mm/yyyy").set();
                    }
                }
            }
            wb.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- dashboard

    @Test
    void theDashboardRatesMeasuresAndRollsUpThePriority() {
        run(() -> {
            s.measures.setTarget(eet.getId(), ReportingPeriod.financialYear(2024), n("70"), n("5"), "Ambition");
            s.measures.setTarget(cla.getId(), ReportingPeriod.financialYear(2024), n("270"), n("10"), null);
            s.measures.setBenchmark(rate.getId(), ReportingPeriod.financialYear(2023), ComparatorGroup.ENGLAND, n("70"),
                    "DfE CLA 2024", LocalDate.of(2024, 11, 14));
            s.measures.setBenchmark(rate.getId(), ReportingPeriod.financialYear(2024), ComparatorGroup.ENGLAND, n("67"),
                    "DfE CLA 2025", LocalDate.of(2025, 11, 13));
        });
        enter(cla, ReportingPeriod.quarter(2024, 1), "284", null, null, null, null);
        enter(cla, ReportingPeriod.quarter(2024, 2), "267", null, null, null, null);
        enter(eet, ReportingPeriod.quarter(2024, 1), null, "80", "195", null, null);
        enter(eet, ReportingPeriod.quarter(2024, 2), null, "84", "194", null, null);
        StrategyDashboard d = s.strategies.dashboard(strategy.getId());
        assertEquals(1, d.priorities().size());
        StrategyDashboard.PriorityRow p = d.priorities().get(0);
        assertEquals(Set.of(ParentingPrinciple.PREPARING_FOR_ADULTHOOD), p.priority().getPrinciples());
        MeasureStatus claStatus = status(d, cla);
        assertEquals(Rag.GREEN, claStatus.rag(), "267 against 270, lower is better");
        assertEquals(Direction.IMPROVING, claStatus.direction());
        MeasureStatus eetStatus = status(d, eet);
        assertEquals(Rag.RED, eetStatus.rag(), "43.3% against 70% +/- 5");
        assertEquals(Direction.IMPROVING, eetStatus.direction());
        assertEquals(2, eetStatus.trend().size());
        assertEquals(Set.of(ParentingPrinciple.PREPARING_FOR_ADULTHOOD, ParentingPrinciple.HIGH_ASPIRATIONS),
                eetStatus.measure().getPrinciples());
        MeasureStatus rateStatus = status(d, rate);
        assertEquals(Rag.NONE, rateStatus.rag(), "no value, no target");
        assertEquals(0, n("67").compareTo(rateStatus.benchmark(ComparatorGroup.ENGLAND).orElseThrow().getValue()),
                "the latest England figure");
        assertEquals(Rag.RED, p.rag(), "one red measure makes the priority red");
    }

    private static MeasureStatus status(StrategyDashboard d, Measure m) {
        return d.getMeasures().stream().filter(x -> x.measure().getId().equals(m.getId())).findFirst().orElseThrow();
    }

    @Test
    void theDashboardTakesTheSameFewStatementsForSixtyMeasuresOfFiveYearsAsForOne() {
        Strategy tiny = inTx(() -> s.strategies.create(new Strategy("Tiny " + UUID.randomUUID(), LocalDate.of(2021, 4, 1),
                LocalDate.of(2026, 3, 31))));
        Strategy big = inTx(() -> s.strategies.create(new Strategy("Big " + UUID.randomUUID(), LocalDate.of(2021, 4, 1),
                LocalDate.of(2026, 3, 31))));
        fill(tiny, 1, 1, 1, 2);
        fill(big, 4, 3, 5, 60);
        em.clear();
        SqlCounter.reset();
        StrategyDashboard small = s.strategies.dashboard(tiny.getId());
        int smallCount = SqlCounter.count();
        String smallSql = SqlCounter.statements();
        em.clear();
        SqlCounter.reset();
        StrategyDashboard large = s.strategies.dashboard(big.getId());
        int bigCount = SqlCounter.count();
        assertEquals(1, small.getMeasures().size());
        assertEquals(60, large.getMeasures().size());
        assertTrue(large.getMeasures().stream().allMatch(m -> m.trend().size() == 12), "twelve values per sparkline");
        MeasureStatus last = large.getMeasures().get(59);
        assertEquals("February 2026", last.latest().getPeriod().getLabel());
        assertEquals("January 2026", last.previous().getPeriod().getLabel());
        assertEquals("March 2025", last.trend().get(0).getPeriod().getLabel());
        assertEquals(Rag.AMBER, last.rag(), "value 219 against 210 +/- 10, lower is better");
        assertEquals(Direction.WORSENING, last.direction());
        assertEquals(smallCount, bigCount, "SQL statements for 1 and for 60 measures:\nsmall:\n" + smallSql
                + "\nbig:\n" + SqlCounter.statements());
        assertTrue(bigCount <= 8, "at most 8 statements, was " + bigCount + ":\n" + SqlCounter.statements());
    }

    /** Priorities x areas x measures, each measure with {@code months} monthly values up to February 2026. */
    private void fill(Strategy st, int priorities, int areasEach, int measuresEach, int months) {
        em.getTransaction().begin();
        Strategy managed = em.find(Strategy.class, st.getId());
        Instant at = Instant.parse("2026-03-01T09:00:00Z");
        int k = 0;
        for (int p = 1; p <= priorities; p++) {
            Priority priority = new Priority(managed, p, "Priority " + p);
            priority.setPrinciples(Set.of(ParentingPrinciple.SAFETY_AND_STABILITY, ParentingPrinciple.BEST_INTERESTS));
            em.persist(priority);
            for (int a = 1; a <= areasEach; a++) {
                FocusArea fa = new FocusArea(priority, a, "Area " + a);
                em.persist(fa);
                for (int m = 1; m <= measuresEach; m++) {
                    Measure measure = new Measure(fa, "B" + managed.getId() + "-" + k, "Measure " + k, "Counts",
                            MeasureUnit.COUNT, Polarity.LOWER_IS_BETTER, Frequency.MONTHLY);
                    measure.setOwnerUsername(OFFICER);
                    measure.setPrinciples(Set.of(ParentingPrinciple.SAFETY_AND_STABILITY));
                    em.persist(measure);
                    ReportingPeriod month = ReportingPeriod.month(2026, 2);
                    for (int i = 0; i < months; i++) {
                        em.persist(new MeasureValue(measure, month.plus(-i), BigDecimal.valueOf(100 + k + months - i), null, null,
                                null, "test", at));
                    }
                    em.persist(new Target(measure, ReportingPeriod.financialYear(2025), BigDecimal.valueOf(151 + k),
                            BigDecimal.TEN));
                    em.persist(new org.cpchub.domain.strategy.Benchmark(measure, ReportingPeriod.financialYear(2024),
                            ComparatorGroup.ENGLAND, BigDecimal.valueOf(200), "DfE", null));
                    k++;
                }
            }
        }
        em.getTransaction().commit();
    }

    // ---------------------------------------------------------------- traceability and the measure page

    @Test
    void aMeasureListsTheMeetingsResolutionsAndActionsThatDiscussedIt() {
        AgendaItem item = inTx(() -> {
            Committee cpc = new Committee("CPC " + UUID.randomUUID().toString().substring(0, 8), CommitteeKind.COMMITTEE, 3);
            em.persist(cpc);
            Meeting october = new Meeting(cpc, LocalDate.of(2024, 10, 24), LocalTime.of(19, 0));
            em.persist(october);
            AgendaItem performance = new AgendaItem(october, 5, "Children's Social Care Performance", ItemKind.REPORT);
            em.persist(performance);
            em.persist(new Resolution(performance, 1, "Members scrutinised the performance data."));
            em.persist(new ActionPoint(performance, "Break the figures down for Thurrock children.", null,
                    "Children's Services", LocalDate.of(2025, 1, 21)));
            return performance;
        });
        s.caller.signIn("clerk", Role.Names.CLERK);
        run(() -> s.traceability.link(cla.getId(), item.getId()));
        assertThrows(InvalidInputException.class, () -> run(() -> s.traceability.link(cla.getId(), item.getId())));

        List<TracedItem> trace = s.traceability.trace(cla.getId());
        assertEquals(1, trace.size());
        TracedItem t = trace.get(0);
        assertEquals(LocalDate.of(2024, 10, 24), t.getMeetingDate());
        assertTrue(t.getCommitteeName().startsWith("CPC "));
        assertEquals("5 Children's Social Care Performance", t.getItemTitle());
        assertEquals(List.of("1.1 Members scrutinised the performance data."),
                t.resolutions().stream().map(r -> r.getNumber() + " " + r.getText()).toList());
        assertEquals(List.of("Break the figures down for Thurrock children."),
                t.actions().stream().map(ActionPoint::getText).toList());
        assertEquals("clerk", t.linkedBy());
        assertEquals(List.of(cla.getCode()), s.traceability.measuresOf(item.getId()).stream().map(Measure::getCode).toList());

        s.caller.signIn(ANALYST, Role.Names.ANALYST);
        enter(cla, ReportingPeriod.quarter(2024, 1), "284", null, null, null, null);
        enter(cla, ReportingPeriod.quarter(2024, 2), "267", null, null, null, null);
        run(() -> s.measures.setTarget(cla.getId(), ReportingPeriod.financialYear(2024), n("260"), n("5"), null));
        em.clear();
        SqlCounter.reset();
        MeasureRecord r = s.measures.record(cla.getId());
        int statements = SqlCounter.count();
        assertTrue(statements <= 8, "the measure page in at most 8 statements, was " + statements + ":\n"
                + SqlCounter.statements());
        assertEquals(List.of("Q2 2024-25", "Q1 2024-25"), r.values().stream()
                .map(v -> v.value().getPeriod().getLabel()).toList(), "newest first");
        assertEquals(Rag.RED, r.values().get(0).rag(), "267 against 260: 7 worse, beyond the tolerance of 5");
        assertEquals(Direction.IMPROVING, r.values().get(0).direction());
        assertEquals(2, r.revisions().size());
        assertEquals(1, r.trace().size());
        assertEquals(strategy.getName(), r.measure().getFocusArea().getPriority().getStrategy().getName());

        run(() -> s.traceability.unlink(cla.getId(), item.getId()));
        assertTrue(s.traceability.trace(cla.getId()).isEmpty());
    }

    // ---------------------------------------------------------------- structure, engagement, archive, settings

    @Test
    void aStrategysStructureIsManagedAndItsHistoryProtected() {
        enter(cla, ReportingPeriod.quarter(2024, 1), "284", null, null, null, null);
        StrategyTree tree = s.strategies.tree(strategy.getId());
        assertEquals(3, tree.measuresOf(tree.focusAreasOf(tree.priorities().get(0)).get(0)).size());
        Measure edited = inTx(() -> s.measures.get(cla.getId()));
        edited.setFrequency(Frequency.MONTHLY);
        assertThrows(InvalidInputException.class, () -> inTx(() -> s.measures.update(edited)), "values exist");
        Measure renamed = inTx(() -> s.measures.get(cla.getId()));
        renamed.setName("Children looked after (snapshot)");
        inTx(() -> s.measures.update(renamed));
        assertThrows(StillReferencedException.class, () -> run(() -> s.measures.remove(cla.getId())));
        Measure stranger = count("OWNED-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(), Frequency.ANNUAL, "clerk");
        InvalidInputException owner = assertThrows(InvalidInputException.class,
                () -> inTx(() -> s.measures.create(area.getId(), stranger)));
        assertTrue(owner.getFieldErrors().containsKey("ownerUsername"), "a clerk cannot own a measure");
        Measure duplicate = count(cla.getCode().toLowerCase(), Frequency.ANNUAL, OFFICER);
        assertThrows(InvalidInputException.class, () -> inTx(() -> s.measures.create(area.getId(), duplicate)));
        run(() -> s.strategies.changeStatus(strategy.getId(), StrategyStatus.ACTIVE));
        assertTrue(s.strategies.active().stream().anyMatch(x -> x.getId().equals(strategy.getId())));
        assertEquals(1, s.measures.find(new MeasureFilter(strategy.getId(), ANALYST, null, null), PageRequest.first(10))
                .total(), "the analyst owns the rate");
        s.caller.signIn(OFFICER, Role.Names.OFFICER);
        assertEquals(2, s.measures.ownedByCaller().stream().filter(m -> m.getFocusArea().getId().equals(area.getId()))
                .count());
    }

    @Test
    void engagementActionsCarryDatedProgressAndOverdueReviews() {
        var objective = inTx(() -> s.engagement.addObjective(strategy.getId(),
                "Ensure that all Elected Members and partners are aware of their Corporate Parenting responsibilities"));
        EngagementAction distribute = inTx(() -> s.engagement.addAction(objective.getId(),
                "Provide copy of corporate parenting strategy to all Elected Members and partners.",
                "Strategy distributed", "Strategic Lead for Looked After Children", LocalDate.of(2026, 2, 28), null));
        EngagementAction training = inTx(() -> s.engagement.addAction(objective.getId(),
                "Offer Corporate Parenting training to all Elected members and partners.",
                "Training delivered to all members; training evaluation", "Strategic Lead for Looked After Children",
                LocalDate.of(2026, 6, 30), "Quarterly"));
        assertEquals(List.of(distribute.getId()), s.engagement.overdueReviews(strategy.getId()).stream()
                .map(EngagementAction::getId).toList(), "28 February has passed on 2 March");
        s.caller.signIn(OFFICER, Role.Names.OFFICER);
        run(() -> s.engagement.recordProgress(distribute.getId(), "Sent to all 49 members and partners.",
                EngagementStatus.COMPLETE, null));
        run(() -> s.engagement.recordProgress(training.getId(), "Session held; 12 members attended.",
                EngagementStatus.ONGOING, LocalDate.of(2026, 9, 30)));
        assertTrue(s.engagement.overdueReviews(strategy.getId()).isEmpty());
        EngagementPlan plan = s.engagement.plan(strategy.getId());
        assertEquals(2, plan.actionsOf(plan.objectives().get(0)).size());
        EngagementAction reloaded = plan.actionsOf(plan.objectives().get(0)).get(1);
        assertEquals(LocalDate.of(2026, 9, 30), reloaded.getReviewDate());
        assertEquals(OFFICER, plan.notesOf(reloaded).get(0).getWrittenBy());
        assertEquals("Session held; 12 members attended.", plan.notesOf(reloaded).get(0).getText());
    }

    @Test
    void aReportIsArchivedOncePerPeriodAndVersionWithItsHtmlAndPdf() {
        ReportingPeriod q2 = ReportingPeriod.quarter(2024, 2);
        byte[] pdf = "%PDF-1.7 pretend".getBytes(StandardCharsets.US_ASCII);
        PerformanceReport first = inTx(() -> s.reports.store(strategy.getId(), q2, true, "<h1>Q2</h1>", pdf, true, false));
        PerformanceReport again = inTx(() -> s.reports.store(strategy.getId(), q2, true, "<h1>Q2 rerun</h1>", pdf, true,
                false));
        assertEquals(first.getId(), again.getId(), "a rerun of the timer files nothing new");
        assertEquals("<h1>Q2</h1>", s.reports.html(first.getId()));
        assertEquals(PerformanceReport.TIMER, first.getGeneratedBy());
        inTx(() -> s.reports.store(strategy.getId(), q2, false, "<h1>Q2 internal</h1>", null, false, false));
        inTx(() -> s.reports.store(strategy.getId(), q2, true, "<h1>Q2 corrected</h1>", pdf, false, true));
        assertEquals("<h1>Q2 corrected</h1>", s.reports.html(first.getId()));
        assertArrayEquals(pdf, s.reports.pdf(first.getId()));
        assertEquals(ANALYST, s.reports.get(first.getId()).getGeneratedBy());
        assertEquals(2, s.reports.find(strategy.getId(), null, PageRequest.first(10)).total());
        s.caller.signIn("member", Role.Names.MEMBER);
        assertEquals(1, s.reports.find(strategy.getId(), null, PageRequest.first(10)).total(), "councillors: public only");
        long count = em.createQuery("SELECT COUNT(r) FROM PerformanceReport r WHERE r.strategy.id = :s", Long.class)
                .setParameter("s", strategy.getId()).getSingleResult();
        assertEquals(2, count);
    }

    @Test
    void theSmallCountThresholdIsACouncilSetting() {
        assertEquals(5, s.settings.suppressionThreshold(), "the default from the migration");
        run(() -> s.settings.setSuppressionThreshold(10));
        assertEquals(10, s.settings.suppressionThreshold());
        assertThrows(InvalidInputException.class, () -> run(() -> s.settings.setSuppressionThreshold(0)));
        run(() -> s.settings.setSuppressionThreshold(5));
    }
}
