package org.cpchub.domain.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.shared.VersionedEntity;

/**
 * Traceability: an agenda item at which a measure was reported or discussed, so that a measure's page shows
 * the meetings, resolutions and action points about it, and a meeting's item the measures it covered.
 */
@Entity
@Table(name = "measure_agenda_item")
@NamedQuery(name = "MeasureAgendaLink.findByMeasure", query = "SELECT l FROM MeasureAgendaLink l"
        + " JOIN l.agendaItem i JOIN i.meeting m WHERE l.measure.id = :measureId ORDER BY m.date DESC, i.number",
        hints = @QueryHint(name = Measure.JOIN_FETCH, value = "l.agendaItem.meeting.committee"))
@NamedQuery(name = "MeasureAgendaLink.findByItem", query = "SELECT l FROM MeasureAgendaLink l JOIN FETCH l.measure m"
        + " WHERE l.agendaItem.id = :itemId ORDER BY m.code")
@NamedQuery(name = "MeasureAgendaLink.find", query = "SELECT l FROM MeasureAgendaLink l"
        + " WHERE l.measure.id = :measureId AND l.agendaItem.id = :itemId")
public class MeasureAgendaLink extends VersionedEntity {
    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id", nullable = false)
    private Measure measure;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem agendaItem;

    @Column(name = "linked_by", nullable = false, length = 60)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected MeasureAgendaLink() {
        // for JPA
    }

    public MeasureAgendaLink(Measure measure, AgendaItem agendaItem, String linkedBy, Instant linkedAt) {
        this.measure = Objects.requireNonNull(measure);
        this.agendaItem = Objects.requireNonNull(agendaItem);
        this.linkedBy = Objects.requireNonNull(linkedBy);
        this.linkedAt = Objects.requireNonNull(linkedAt);
    }

    public Measure getMeasure() {
        return measure;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public String getLinkedBy() {
        return linkedBy;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
