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
import java.util.Objects;
import org.cpchub.domain.directory.Person;

/**
 * One person's attendance at a meeting: a member with a seat, a substitute for a named member, or an
 * officer or other person in attendance.
 */
@Entity
@Table(name = "attendance")
@NamedQuery(name = "Attendance.findByMeeting", query = "SELECT a FROM Attendance a JOIN FETCH a.person"
        + " LEFT JOIN FETCH a.substituteFor WHERE a.meeting.id = :meetingId ORDER BY a.votingMember DESC, a.person.name")
public class Attendance extends VersionedEntity {
    private static final long serialVersionUID = 1L;


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    /** Whether the person holds a voting seat (a member, or a substitute for one). */
    @Column(name = "voting_member", nullable = false)
    private boolean votingMember;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "substitute_for_id")
    private Person substituteFor;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AttendanceStatus status;

    protected Attendance() {
        // for JPA
    }

    public Attendance(Meeting meeting, Person person, boolean votingMember, AttendanceStatus status) {
        this.meeting = Objects.requireNonNull(meeting);
        this.person = Objects.requireNonNull(person);
        this.votingMember = votingMember;
        this.status = Objects.requireNonNull(status);
    }

    /** Counts towards the quorum: a voting member, physically present. */
    public boolean isCountedForQuorum() {
        return votingMember && status == AttendanceStatus.PRESENT;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public boolean isVotingMember() {
        return votingMember;
    }

    public Person getSubstituteFor() {
        return substituteFor;
    }

    public void setSubstituteFor(Person substituteFor) {
        this.substituteFor = substituteFor;
        if (substituteFor != null) {
            this.votingMember = true;
        }
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public void setStatus(AttendanceStatus status) {
        this.status = Objects.requireNonNull(status);
    }
}
