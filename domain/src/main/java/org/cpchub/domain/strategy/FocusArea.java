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

/** A key area of focus of a priority ("Children move to permanent family care without delay"). */
@Entity
@Table(name = "focus_area")
@NamedQuery(name = "FocusArea.findByStrategy", query = "SELECT f FROM FocusArea f JOIN FETCH f.priority p"
        + " WHERE p.strategy.id = :strategyId ORDER BY p.number, f.number")
public class FocusArea extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "priority_id", nullable = false)
    private Priority priority;

    @Min(value = 1, message = "Areas of focus are numbered from 1")
    @Column(name = "area_number", nullable = false)
    private int number;

    @NotBlank(message = "Describe the area of focus")
    @Size(max = TEXT_MAX, message = "The area of focus can be at most {max} characters")
    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    protected FocusArea() {
        // for JPA
    }

    public FocusArea(Priority priority, int number, String text) {
        this.priority = Objects.requireNonNull(priority, "priority");
        this.number = number;
        this.text = Objects.requireNonNull(text, "text").strip();
    }

    public Priority getPriority() {
        return priority;
    }

    public int getNumber() {
        return number;
    }

    public void renumber(int number) {
        this.number = number;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? null : text.strip();
    }
}
