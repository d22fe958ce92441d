package org.cpchub.domain.directory;

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
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/** A person's seat or role on a committee from one date, and until another if it has ended. */
@Entity
@Table(name = "membership")
@NamedQuery(name = "Membership.findCurrentByCommittee",
        query = "SELECT m FROM Membership m JOIN FETCH m.person WHERE m.committee.id = :committeeId"
                + " AND m.fromDate <= :on AND (m.toDate IS NULL OR m.toDate >= :on)")
@NamedQuery(name = "Membership.findByCommittee",
        query = "SELECT m FROM Membership m JOIN FETCH m.person WHERE m.committee.id = :committeeId"
                + " ORDER BY m.fromDate DESC, m.person.name")
@NamedQuery(name = "Membership.findByPerson",
        query = "SELECT m FROM Membership m JOIN FETCH m.committee WHERE m.person.id = :personId ORDER BY m.fromDate DESC")
@NamedQuery(name = "Membership.countByCommittee",
        query = "SELECT COUNT(m) FROM Membership m WHERE m.committee.id = :committeeId")
@NamedQuery(name = "Membership.countByCommitteeAndPerson",
        query = "SELECT COUNT(m) FROM Membership m WHERE m.committee.id = :committeeId AND m.person.id = :personId")
@NamedQuery(name = "Membership.countByPerson",
        query = "SELECT COUNT(m) FROM Membership m WHERE m.person.id = :personId")
public class Membership extends VersionedEntity {
    private static final long serialVersionUID = 1L;


    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    @NotNull(message = "Choose the person")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @NotNull(message = "Choose the role")
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private MembershipRole role;

    @NotNull(message = "Enter the date the membership starts")
    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    protected Membership() {
        // for JPA
    }

    public Membership(Committee committee, Person person, MembershipRole role, LocalDate fromDate) {
        this.committee = Objects.requireNonNull(committee, "committee");
        this.person = Objects.requireNonNull(person, "person");
        this.role = Objects.requireNonNull(role, "role");
        this.fromDate = Objects.requireNonNull(fromDate, "fromDate");
    }

    @AssertTrue(message = "The end date cannot be before the start date")
    public boolean isPeriodInOrder() {
        return toDate == null || fromDate == null || !toDate.isBefore(fromDate);
    }

    /** Whether the membership holds on the given day (both ends inclusive). */
    public boolean isCurrentOn(LocalDate day) {
        return !fromDate.isAfter(day) && (toDate == null || !toDate.isBefore(day));
    }

    /** Ends the membership on the given day. */
    public void endOn(LocalDate day) {
        if (day.isBefore(fromDate)) {
            throw new IllegalArgumentException("A membership cannot end before it starts");
        }
        this.toDate = day;
    }

    public Committee getCommittee() {
        return committee;
    }

    public Person getPerson() {
        return person;
    }

    public MembershipRole getRole() {
        return role;
    }

    public void setRole(MembershipRole role) {
        this.role = role;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public void setToDate(LocalDate toDate) {
        this.toDate = toDate;
    }

}
