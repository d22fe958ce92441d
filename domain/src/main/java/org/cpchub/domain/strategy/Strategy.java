package org.cpchub.domain.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.cpchub.domain.shared.BusinessException;
import org.cpchub.domain.shared.VersionedEntity;

/** A corporate parenting strategy (e.g. 2022-24): its period and whether it is being monitored. */
@Entity
@Table(name = "strategy")
@NamedQuery(name = "Strategy.findByStatus", query = "SELECT s FROM Strategy s WHERE s.status = :status"
        + " ORDER BY s.periodFrom DESC")
public class Strategy extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int NAME_MAX = 200;
    public static final int SUMMARY_MAX = 4000;

    @NotBlank(message = "Enter the strategy's name")
    @Size(max = NAME_MAX, message = "The name can be at most {max} characters")
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = SUMMARY_MAX, message = "The summary can be at most {max} characters")
    @Column(name = "summary", length = SUMMARY_MAX)
    private String summary;

    @NotNull(message = "Enter the date the strategy starts")
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @NotNull(message = "Enter the date the strategy ends")
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private StrategyStatus status = StrategyStatus.DRAFT;

    protected Strategy() {
        // for JPA
    }

    public Strategy(String name, LocalDate periodFrom, LocalDate periodTo) {
        this.name = Objects.requireNonNull(name, "name").strip();
        this.periodFrom = Objects.requireNonNull(periodFrom, "periodFrom");
        this.periodTo = Objects.requireNonNull(periodTo, "periodTo");
    }

    @AssertTrue(message = "The strategy must end after it starts")
    public boolean isPeriodInOrder() {
        return periodFrom == null || periodTo == null || periodTo.isAfter(periodFrom);
    }

    public void moveTo(StrategyStatus target) {
        if (!status.canMoveTo(target)) {
            throw new BusinessException("A strategy that is " + status.getLabel().toLowerCase(Locale.UK)
                    + " cannot become " + target.getLabel().toLowerCase(Locale.UK) + ".");
        }
        status = target;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(LocalDate periodTo) {
        this.periodTo = periodTo;
    }

    public StrategyStatus getStatus() {
        return status;
    }
}
