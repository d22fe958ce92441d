package org.cpchub.domain.strategy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.cpchub.domain.shared.VersionedEntity;

/** One of a strategy's numbered priorities ("1 Safety and Permanence"), tagged with the principles it serves. */
@Entity
@Table(name = "strategy_priority")
@NamedQuery(name = "Priority.findByStrategy", query = "SELECT p FROM Priority p LEFT JOIN FETCH p.principles"
        + " WHERE p.strategy.id = :strategyId ORDER BY p.number")
public class Priority extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id", nullable = false)
    private Strategy strategy;

    @Min(value = 1, message = "Priorities are numbered from 1")
    @Column(name = "priority_number", nullable = false)
    private int number;

    @NotBlank(message = "Enter the priority's title")
    @Size(max = TITLE_MAX, message = "The title can be at most {max} characters")
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = DESCRIPTION_MAX, message = "The description can be at most {max} characters")
    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "priority_principle", joinColumns = @JoinColumn(name = "priority_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "principle", nullable = false, length = 40)
    private Set<ParentingPrinciple> principles = EnumSet.noneOf(ParentingPrinciple.class);

    protected Priority() {
        // for JPA
    }

    public Priority(Strategy strategy, int number, String title) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.number = number;
        this.title = Objects.requireNonNull(title, "title").strip();
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public int getNumber() {
        return number;
    }

    public void renumber(int number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public Set<ParentingPrinciple> getPrinciples() {
        return principles;
    }

    public void setPrinciples(Set<ParentingPrinciple> principles) {
        this.principles = principles == null || principles.isEmpty() ? EnumSet.noneOf(ParentingPrinciple.class)
                : EnumSet.copyOf(principles);
    }
}
