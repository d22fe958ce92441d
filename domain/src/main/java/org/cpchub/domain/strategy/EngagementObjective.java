package org.cpchub.domain.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.cpchub.domain.shared.VersionedEntity;

/** A numbered objective of the strategy's engagement plan (Appendix 3), delivered through its actions. */
@Entity
@Table(name = "engagement_objective")
@NamedQuery(name = "EngagementObjective.findByStrategy", query = "SELECT o FROM EngagementObjective o"
        + " WHERE o.strategy.id = :strategyId ORDER BY o.number")
public class EngagementObjective extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id", nullable = false)
    private Strategy strategy;

    @Min(value = 1, message = "Objectives are numbered from 1")
    @Column(name = "objective_number", nullable = false)
    private int number;

    @NotBlank(message = "Enter the objective")
    @Size(max = TEXT_MAX, message = "The objective can be at most {max} characters")
    @Column(name = "objective", nullable = false, length = TEXT_MAX)
    private String objective;

    protected EngagementObjective() {
        // for JPA
    }

    public EngagementObjective(Strategy strategy, int number, String objective) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.number = number;
        this.objective = Objects.requireNonNull(objective, "objective").strip();
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public int getNumber() {
        return number;
    }

    public String getObjective() {
        return objective;
    }

    public void setObjective(String objective) {
        this.objective = objective == null ? null : objective.strip();
    }
}
