package org.cpchub.ejb.strategy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.ImportRejectedException;
import org.cpchub.domain.shared.ImportRejectedException.RowError;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.MeasureValue;
import org.cpchub.domain.strategy.MeasureValueRules;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.domain.strategy.RevisionSource;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.Caller;

/**
 * Imports measure values from a CSV file or an XLSX workbook, one row per measure and period: measure code,
 * period, value or numerator and denominator, commentary. The whole file is checked first; if any row is
 * wrong (unknown measure, unreadable or wrong-frequency period, out-of-range or inconsistent figures, a
 * duplicate row...) nothing is imported and every bad row is reported with its line number. Values already
 * there are revised (their history keeps the old figures); identical rows change nothing.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
public class ValueImportService {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UK_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /**
     * Imports the file (CSV, or XLSX recognised by its content) as a whole.
     *
     * @throws ImportRejectedException listing every bad row; nothing is saved then
     */
    public ImportResult importValues(String fileName, byte[] content) {
        return run(fileName, content, true);
    }

    /** Checks the file as an import would, and counts what it would do, without saving anything. */
    public ImportResult check(String fileName, byte[] content) {
        return run(fileName, content, false);
    }

    /**
     * A CSV file to fill in: the header and one row per measure of the strategy, for the measure's last period
     * that has ended, with the value columns empty.
     */
    public String csvTemplate(long strategyId) {
        LocalDate today = LocalDate.now(clock);
        StringBuilder csv = new StringBuilder("Measure code,Period,Value,Numerator,Denominator,Commentary\r\n");
        new java.util.LinkedHashSet<>(em.createNamedQuery("Measure.findByStrategy", Measure.class)
                .setParameter("strategyId", strategyId).getResultList())
                .forEach(m -> csv.append(m.getCode()).append(',')
                        .append(ReportingPeriod.of(m.getFrequency(), today).previous().getCode()).append(",,,,\r\n"));
        return csv.toString();
    }

    /** A valid row, ready to write. */
    private record Planned(Measure measure, ReportingPeriod period, BigDecimal value, BigDecimal numerator,
                           BigDecimal denominator, String commentary) {
    }

    private ImportResult run(String fileName, byte[] content, boolean save) {
        List<ImportRow> rows = ImportFile.read(fileName, content).stream().filter(r -> !r.isBlank()).toList();
        if (rows.isEmpty()) {
            throw new ImportRejectedException(List.of(new RowError(1, "", "The file has no values below its first line.")));
        }
        Set<String> codes = rows.stream().map(ImportRow::code).filter(c -> c != null).map(Measure::normaliseCode)
                .collect(Collectors.toSet());
        Map<String, Measure> measures = codes.isEmpty() ? Map.of() : em.createNamedQuery("Measure.findByCodes",
                Measure.class).setParameter("codes", codes).getResultList().stream()
                .collect(Collectors.toMap(Measure::getCode, m -> m));
        Map<Long, Map<LocalDate, MeasureValue>> existing = new HashMap<>();
        if (!measures.isEmpty()) {
            em.createNamedQuery("MeasureValue.findByMeasures", MeasureValue.class)
                    .setParameter("ids", measures.values().stream().map(Measure::getId).toList()).getResultList()
                    .forEach(v -> existing.computeIfAbsent(v.getMeasure().getId(), k -> new HashMap<>())
                            .put(v.getPeriod().getStart(), v));
        }
        LocalDate today = LocalDate.now(clock);
        List<RowError> errors = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportRow row : rows) {
            Planned p = check(row, measures, today, errors);
            if (p == null) {
                continue;
            }
            String key = p.measure().getCode() + "|" + p.period().getStart();
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                errors.add(new RowError(row.line(), "", "Duplicate of line " + first + ": " + p.measure().getCode()
                        + " for " + p.period().getLabel() + " appears twice."));
                continue;
            }
            planned.add(p);
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        String by = Caller.name(context);
        Instant at = clock.instant();
        for (Planned p : planned) {
            MeasureValue current = existing.getOrDefault(p.measure().getId(), Map.of()).get(p.period().getStart());
            ValueRecorder.Outcome outcome;
            if (save) {
                outcome = ValueRecorder.write(em, audit, p.measure(), p.period(), current, p.value(), p.numerator(),
                        p.denominator(), p.commentary(), by, at, RevisionSource.IMPORT);
            } else {
                outcome = current == null ? ValueRecorder.Outcome.CREATED : same(current, p)
                        ? ValueRecorder.Outcome.UNCHANGED : ValueRecorder.Outcome.UPDATED;
            }
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                default -> unchanged++;
            }
        }
        ImportResult result = new ImportResult(planned.size(), created, updated, unchanged, save);
        if (save) {
            audit.record(AuditAction.UPDATE, "ValueImport", null, fileName, planned.size() + " rows: " + created
                    + " values created, " + updated + " changed, " + unchanged + " unchanged");
        }
        return result;
    }

    private static boolean same(MeasureValue v, Planned p) {
        return v.getValue().compareTo(p.value()) == 0 && eq(v.getNumerator(), p.numerator())
                && eq(v.getDenominator(), p.denominator()) && java.util.Objects.equals(v.getCommentary(), p.commentary());
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The row ready to write, or null with its problems added to {@code errors}. */
    private static Planned check(ImportRow row, Map<String, Measure> measures, LocalDate today, List<RowError> errors) {
        int before = errors.size();
        if (row.code() == null) {
            errors.add(new RowError(row.line(), "measure code", "No measure code."));
            return null;
        }
        Measure m = measures.get(Measure.normaliseCode(row.code()));
        if (m == null) {
            errors.add(new RowError(row.line(), "measure code", "Unknown measure code \"" + row.code() + "\"."));
            return null;
        }
        ReportingPeriod period = null;
        try {
            period = period(m, row.period());
            String problem = ValueRecorder.periodProblem(m, period, today);
            if (problem != null) {
                errors.add(new RowError(row.line(), "period", problem));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row.line(), "period", e.getMessage()));
        }
        BigDecimal value = number(row.line(), "value", row.value(), errors);
        BigDecimal numerator = number(row.line(), "numerator", row.numerator(), errors);
        BigDecimal denominator = number(row.line(), "denominator", row.denominator(), errors);
        if (row.commentary() != null && row.commentary().length() > MeasureValue.COMMENTARY_MAX) {
            errors.add(new RowError(row.line(), "commentary", "The commentary is longer than "
                    + MeasureValue.COMMENTARY_MAX + " characters."));
        }
        if (errors.size() > before) {
            return null;
        }
        MeasureValueRules.Checked checked = MeasureValueRules.check(m, value, numerator, denominator);
        if (!checked.isValid()) {
            checked.problems().forEach((field, message) -> errors.add(new RowError(row.line(), field, message)));
            return null;
        }
        boolean computed = m.getUnit().isComputed();
        return new Planned(m, period, checked.value(), computed ? numerator : null, computed ? denominator : null,
                row.commentary());
    }

    /** A period as written, or a date (2025-03-31, 31/03/2025) read as the measure's period that contains it. */
    private static ReportingPeriod period(Measure m, String text) {
        if (text != null && (ISO_DATE.matcher(text).matches() || UK_DATE.matcher(text).matches())) {
            try {
                LocalDate day = ISO_DATE.matcher(text).matches() ? LocalDate.parse(text) : LocalDate.parse(text, UK);
                return ReportingPeriod.of(m.getFrequency(), day);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"" + text + "\" is not a date.");
            }
        }
        return ReportingPeriod.parse(text);
    }

    private static BigDecimal number(int line, String column, String text, List<RowError> errors) {
        if (text == null) {
            return null;
        }
        BigDecimal n = ImportFile.number(text);
        if (n == null) {
            errors.add(new RowError(line, column, "\"" + text + "\" is not a number."));
        }
        return n;
    }
}
