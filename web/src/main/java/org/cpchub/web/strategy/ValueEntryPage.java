package org.cpchub.web.strategy;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cpchub.domain.shared.BusinessException;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.strategy.Frequency;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.MeasureValue;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.ejb.strategy.MeasureService;
import org.cpchub.ejb.strategy.MeasureValueService;
import org.cpchub.ejb.strategy.ValueEntry;
import org.cpchub.web.security.CurrentUser;

/**
 * /staff/strategy/entry.xhtml: an officer enters a quarter's values for the measures they own (an analyst for
 * all): a value, or for a rate or percentage its numerator and denominator (the value is computed). Each row is
 * saved on its own: a bad row is explained next to the measure and keeps its input; good rows are saved.
 */
@Named
@ViewScoped
public class ValueEntryPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient MeasureService measures;

    @EJB
    transient MeasureValueService values;

    @Inject
    transient Clock clock;

    @Inject
    CurrentUser user;

    private String quarter;
    private List<Row> rows = List.of();

    /** One measure's entry for the period. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long measureId;
        private final String code;
        private final String name;
        private final String unit;
        private final boolean computed;
        private final String numeratorLabel;
        private final String denominatorLabel;
        private final ReportingPeriod period;
        private Long version;
        private BigDecimal value;
        private BigDecimal numerator;
        private BigDecimal denominator;
        private String commentary;
        private String error;
        private String saved;

        Row(Measure m, ReportingPeriod period, Optional<MeasureValue> current) {
            measureId = m.getId();
            code = m.getCode();
            name = m.getName();
            unit = m.getUnit().getLabel();
            computed = m.getUnit().isComputed();
            numeratorLabel = m.getNumeratorLabel();
            denominatorLabel = m.getDenominatorLabel();
            this.period = period;
            current.ifPresent(v -> {
                version = v.getVersion();
                value = v.getValue();
                numerator = v.getNumerator();
                denominator = v.getDenominator();
                commentary = v.getCommentary();
                saved = v.getFormatted();
            });
        }

        boolean isFilled() {
            return computed ? numerator != null || denominator != null : value != null;
        }

        public long getMeasureId() { return measureId; }
        public String getCode() { return code; }
        public String getName() { return name; }
        public String getUnit() { return unit; }
        public boolean isComputed() { return computed; }
        public String getNumeratorLabel() { return numeratorLabel; }
        public String getDenominatorLabel() { return denominatorLabel; }
        public ReportingPeriod getPeriod() { return period; }
        public BigDecimal getValue() { return value; }
        public void setValue(BigDecimal value) { this.value = value; }
        public BigDecimal getNumerator() { return numerator; }
        public void setNumerator(BigDecimal numerator) { this.numerator = numerator; }
        public BigDecimal getDenominator() { return denominator; }
        public void setDenominator(BigDecimal denominator) { this.denominator = denominator; }
        public String getCommentary() { return commentary; }
        public void setCommentary(String commentary) { this.commentary = commentary; }
        public String getError() { return error; }
        public String getSaved() { return saved; }
    }

    public void load() {
        if (quarter == null) {
            quarter = getQuarters().get(0).getCode();
        }
        ReportingPeriod q = ReportingPeriod.parse(quarter);
        List<Measure> mine = user.is("ANALYST") || user.isAdmin()
                ? measures.find(org.cpchub.ejb.strategy.MeasureFilter.all(),
                        org.cpchub.domain.shared.PageRequest.first(200)).items()
                : measures.ownedByCaller();
        List<Row> list = new ArrayList<>();
        for (Measure m : mine) {
            ReportingPeriod p = ReportingPeriod.of(m.getFrequency(), q.getEnd());
            list.add(new Row(m, p, values.value(m.getId(), p)));
        }
        rows = list;
    }

    /** The last eight quarters that have ended, latest first. */
    public List<ReportingPeriod> getQuarters() {
        return ReportingPeriod.lastEnded(Frequency.QUARTERLY, LocalDate.now(clock), 8);
    }

    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        int savedCount = 0;
        int failed = 0;
        for (Row row : rows) {
            row.error = null;
            if (!row.isFilled()) {
                continue;
            }
            try {
                MeasureValue v = values.enter(new ValueEntry(row.measureId, row.period, row.computed ? null : row.value,
                        row.computed ? row.numerator : null, row.computed ? row.denominator : null, row.commentary,
                        row.version));
                row.version = v.getVersion();
                row.value = v.getValue();
                row.saved = v.getFormatted();
                savedCount++;
            } catch (InvalidInputException e) {
                row.error = String.join(" ", e.getFieldErrors().isEmpty() ? List.of(e.getMessage())
                        : e.getFieldErrors().values());
                failed++;
            } catch (BusinessException e) {
                row.error = e.getMessage();
                failed++;
            } catch (EJBAccessException e) {
                row.error = "You do not enter this measure: its owner does.";
                failed++;
            }
        }
        if (failed > 0) {
            faces.validationFailed();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failed + (failed == 1 ? " value was"
                    : " values were") + " not saved: see the reasons next to the measures. " + savedCount
                    + " saved.", null));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, savedCount + (savedCount == 1
                    ? " value saved." : " values saved."), null));
        }
    }

    public void changeQuarter() {
        load();
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }
}
