package org.cpchub.domain.meetings;

import org.cpchub.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A clause of an item's "RESOLVED:" list, numbered 1.1, 1.2 ... in the order the committee agreed them. */
@Entity
@Table(name = "resolution")
@NamedQuery(name = "Resolution.findByMeeting", query = "SELECT r FROM Resolution r JOIN FETCH r.item"
        + " WHERE r.item.meeting.id = :meetingId ORDER BY r.item.number, r.sequence")
public class Resolution extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 4000;


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private AgendaItem item;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @NotBlank(message = "Enter the text of the resolution")
    @Size(max = TEXT_MAX, message = "A resolution can be at most {max} characters")
    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    protected Resolution() {
        // for JPA
    }

    public Resolution(AgendaItem item, int sequence, String text) {
        this.item = Objects.requireNonNull(item);
        this.sequence = sequence;
        this.text = text;
    }

    /** Thurrock numbering: each item's resolutions are 1.1, 1.2, ... */
    public static String number(int sequence) {
        return "1." + sequence;
    }

    public String getNumber() {
        return number(sequence);
    }

    public AgendaItem getItem() {
        return item;
    }

    public int getSequence() {
        return sequence;
    }

    public void renumber(int sequence) {
        this.sequence = sequence;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
