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
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.shared.BusinessException;

/** An "Action Point" from an item's minutes: what, who (a person or a team) and by when. */
@Entity
@Table(name = "action_point")
@NamedQuery(name = "ActionPoint.findByMeeting", query = "SELECT a FROM ActionPoint a JOIN FETCH a.item"
        + " LEFT JOIN FETCH a.owner WHERE a.item.meeting.id = :meetingId ORDER BY a.item.number, a.id")
@NamedQuery(name = "ActionPoint.findOpenByCommittee", query = "SELECT a FROM ActionPoint a JOIN FETCH a.item i"
        + " JOIN FETCH i.meeting m LEFT JOIN FETCH a.owner WHERE m.committee.id = :committeeId"
        + " AND a.status <> org.cpchub.domain.meetings.ActionStatus.CLOSED AND m.date < :before ORDER BY m.date, i.number, a.id")
public class ActionPoint extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int TEXT_MAX = 2000;
    public static final int TEAM_MAX = 160;
    public static final int NOTE_MAX = 4000;


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private AgendaItem item;

    @NotBlank(message = "Enter what is to be done")
    @Size(max = TEXT_MAX, message = "The action can be at most {max} characters")
    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_person_id")
    private Person owner;

    @Size(max = TEAM_MAX, message = "The team can be at most {max} characters")
    @Column(name = "owner_team", length = TEAM_MAX)
    private String ownerTeam;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    /** The latest progress note; earlier ones are in the audit trail. */
    @Size(max = NOTE_MAX)
    @Column(name = "progress_note", length = NOTE_MAX)
    private String progressNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "closed_at_meeting_id")
    private Meeting closedAtMeeting;

    protected ActionPoint() {
        // for JPA
    }

    public ActionPoint(AgendaItem item, String text, Person owner, String ownerTeam, LocalDate dueDate) {
        this.item = Objects.requireNonNull(item);
        this.text = text;
        this.owner = owner;
        this.ownerTeam = ownerTeam == null || ownerTeam.isBlank() ? null : ownerTeam.strip();
        this.dueDate = dueDate;
    }

    @AssertTrue(message = "Name who owns the action: a person or a team")
    public boolean isOwned() {
        return owner != null || ownerTeam != null;
    }

    public String getOwnerName() {
        return owner != null ? owner.getName() : ownerTeam;
    }

    /** The owner as published papers name them: an officer by job title. */
    public String getPublicOwnerName() {
        return owner != null ? owner.getPublicName() : ownerTeam;
    }

    public boolean isOverdueOn(LocalDate today) {
        return status != ActionStatus.CLOSED && dueDate != null && dueDate.isBefore(today);
    }

    /** The owner's progress; "complete" asks the committee to close it. */
    public void reportProgress(String note, boolean complete) {
        if (status == ActionStatus.CLOSED) {
            throw new BusinessException("This action was closed by the committee; it takes no more updates.");
        }
        if (note == null || note.isBlank()) {
            throw new BusinessException("Write a progress note.");
        }
        progressNote = note.strip();
        status = complete ? ActionStatus.COMPLETED : ActionStatus.OPEN;
    }

    /** The committee agreed at a meeting that the action is done. */
    public void close(Meeting atMeeting) {
        if (status == ActionStatus.CLOSED) {
            throw new BusinessException("The action is already closed.");
        }
        closedAtMeeting = Objects.requireNonNull(atMeeting);
        status = ActionStatus.CLOSED;
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getText() {
        return text;
    }

    public Person getOwner() {
        return owner;
    }

    public String getOwnerTeam() {
        return ownerTeam;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public String getProgressNote() {
        return progressNote;
    }

    public Meeting getClosedAtMeeting() {
        return closedAtMeeting;
    }
}
