package org.cpchub.domain.meetings;

import org.cpchub.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.cpchub.domain.shared.InvalidInputException;

/**
 * A procedural decision during a meeting: standing orders called to extend the meeting, an adjournment,
 * or the exclusion of the public before an exempt item (a s.100A(4) resolution citing the paragraphs).
 */
@Entity
@Table(name = "procedural_event")
@NamedQuery(name = "ProceduralEvent.findByMeeting", query = "SELECT e FROM ProceduralEvent e LEFT JOIN FETCH e.item"
        + " WHERE e.meeting.id = :meetingId ORDER BY e.at")
public class ProceduralEvent extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h.mma", Locale.UK);


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    /** The item it comes before (exclusion) or during. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private AgendaItem item;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private ProceduralKind kind;

    @Column(name = "at_time", nullable = false)
    private LocalTime at;

    /** Extension or adjournment length. */
    @Column(name = "minutes_length")
    private Integer minutes;

    protected ProceduralEvent() {
        // for JPA
    }

    public ProceduralEvent(Meeting meeting, AgendaItem item, ProceduralKind kind, LocalTime at, Integer minutes) {
        this.meeting = Objects.requireNonNull(meeting);
        this.item = item;
        this.kind = Objects.requireNonNull(kind);
        this.at = Objects.requireNonNull(at);
        this.minutes = minutes;
        if ((kind == ProceduralKind.STANDING_ORDERS_EXTENSION || kind == ProceduralKind.ADJOURNMENT)
                && (minutes == null || minutes < 1)) {
            throw InvalidInputException.of("minutes", "Enter how many minutes the meeting was extended or adjourned for.");
        }
        if (kind == ProceduralKind.EXCLUSION_OF_PUBLIC && (item == null || !item.isExempt())) {
            throw InvalidInputException.of("item",
                    "The public is excluded only for an exempt item; choose the item, and mark it exempt first.");
        }
    }

    /** The sentence for the minutes. */
    public String getMinutedText() {
        String time = CLOCK.format(at).toLowerCase(Locale.UK);
        return switch (kind) {
            case STANDING_ORDERS_EXTENSION -> "Standing Orders were called at " + time
                    + " when it was agreed the meeting would be extended by " + minutes + " minutes.";
            case ADJOURNMENT -> "The meeting was adjourned at " + time + " for " + minutes + " minutes.";
            case EXCLUSION_OF_PUBLIC -> "At " + time + " it was RESOLVED that, under section 100A(4) of the Local"
                    + " Government Act 1972, the public be excluded from the meeting for item " + item.getNumber()
                    + " (" + item.getTitle() + ") as it involves the likely disclosure of exempt information as"
                    + " defined in " + item.getExemption().describe().replaceFirst("^Exempt under ", "")
                    + ", and the public interest in maintaining the exemption outweighs the public interest in"
                    + " disclosing the information.";
        };
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public AgendaItem getItem() {
        return item;
    }

    public ProceduralKind getKind() {
        return kind;
    }

    public LocalTime getAt() {
        return at;
    }

    public Integer getMinutes() {
        return minutes;
    }
}
