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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.shared.BusinessException;

/** An item the committee plans to take at a meeting of the municipal year (seed 004, Appendix 4). */
@Entity
@Table(name = "work_programme_item")
@NamedQuery(name = "WorkProgrammeItem.findByTargetMeeting", query = "SELECT w FROM WorkProgrammeItem w"
        + " WHERE w.targetMeeting.id = :meetingId ORDER BY w.id")
public class WorkProgrammeItem extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int TITLE_MAX = 300;
    public static final int LEAD_MAX = 200;
    public static final int PURPOSE_MAX = 1000;
    public static final int REASON_MAX = 1000;


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    /** "2024/25": municipal years run from May to May. */
    @Pattern(regexp = "\\d{4}/\\d{2}", message = "Write the municipal year like 2024/25")
    @Column(name = "municipal_year", nullable = false, length = 7)
    private String municipalYear;

    @NotBlank(message = "Enter the item")
    @Size(max = TITLE_MAX)
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = LEAD_MAX)
    @Column(name = "lead_contributor", length = LEAD_MAX)
    private String leadContributor;

    @Size(max = PURPOSE_MAX)
    @Column(name = "purpose", length = PURPOSE_MAX)
    private String purpose;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_meeting_id")
    private Meeting targetMeeting;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProgrammeStatus status = ProgrammeStatus.PLANNED;

    @Size(max = REASON_MAX)
    @Column(name = "status_reason", length = REASON_MAX)
    private String statusReason;

    /** The meeting it was deferred from, so the carry-forward shows. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deferred_from_meeting_id")
    private Meeting deferredFrom;

    protected WorkProgrammeItem() {
        // for JPA
    }

    public WorkProgrammeItem(Committee committee, String municipalYear, String title, String leadContributor,
                             String purpose, Meeting targetMeeting) {
        this.committee = Objects.requireNonNull(committee);
        this.municipalYear = municipalYear;
        this.title = title;
        this.leadContributor = leadContributor;
        this.purpose = purpose;
        this.targetMeeting = targetMeeting;
    }

    /** The municipal year a date falls in: from the May annual council meeting (taken as 1 May). */
    public static String municipalYearOf(LocalDate date) {
        int start = date.getMonthValue() >= 5 ? date.getYear() : date.getYear() - 1;
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }

    public void placeOnAgenda() {
        if (status != ProgrammeStatus.PLANNED && status != ProgrammeStatus.DEFERRED) {
            throw new BusinessException("Only planned or deferred items can go on an agenda; this one is "
                    + status.getLabel().toLowerCase(java.util.Locale.UK) + ".");
        }
        status = ProgrammeStatus.ON_AGENDA;
    }

    /** Moved to a later meeting, with the reason; it shows as carried forward. */
    public void defer(Meeting to, String reason) {
        if (status == ProgrammeStatus.TAKEN || status == ProgrammeStatus.WITHDRAWN) {
            throw new BusinessException("A " + status.getLabel().toLowerCase(java.util.Locale.UK) + " item cannot be deferred.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Record why the item is deferred.");
        }
        if (to == null || targetMeeting != null && !to.getDate().isAfter(targetMeeting.getDate())) {
            throw new BusinessException("Choose a later meeting to defer the item to.");
        }
        deferredFrom = targetMeeting;
        targetMeeting = to;
        statusReason = reason.strip();
        status = ProgrammeStatus.DEFERRED;
    }

    public void withdraw(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Record why the item is withdrawn.");
        }
        statusReason = reason.strip();
        status = ProgrammeStatus.WITHDRAWN;
    }

    public void markTaken() {
        status = ProgrammeStatus.TAKEN;
    }

    public Committee getCommittee() {
        return committee;
    }

    public String getMunicipalYear() {
        return municipalYear;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLeadContributor() {
        return leadContributor;
    }

    public void setLeadContributor(String leadContributor) {
        this.leadContributor = leadContributor;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Meeting getTargetMeeting() {
        return targetMeeting;
    }

    public void setTargetMeeting(Meeting targetMeeting) {
        this.targetMeeting = targetMeeting;
    }

    public ProgrammeStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Meeting getDeferredFrom() {
        return deferredFrom;
    }
}
