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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.shared.BusinessException;

/** A meeting of a committee, from scheduling to confirmed minutes. */
@Entity
@Table(name = "meeting")
@NamedQuery(name = "Meeting.previousOf", query = "SELECT m FROM Meeting m WHERE m.committee.id = :committeeId"
        + " AND m.date < :date AND m.status <> org.cpchub.domain.meetings.MeetingStatus.CANCELLED"
        + " AND m.status <> org.cpchub.domain.meetings.MeetingStatus.POSTPONED ORDER BY m.date DESC")
@NamedQuery(name = "Meeting.findWithCommittee", query = "SELECT m FROM Meeting m JOIN FETCH m.committee WHERE m.id = :id")
public class Meeting extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int VENUE_MAX = 200;
    public static final int URL_MAX = 500;
    public static final int REASON_MAX = 1000;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);


    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id", nullable = false)
    private Committee committee;

    @NotNull(message = "Enter the date of the meeting")
    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @NotNull(message = "Enter the start time")
    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "guillotine_time")
    private LocalTime guillotineTime;

    @Size(max = VENUE_MAX, message = "The venue can be at most {max} characters")
    @Column(name = "venue", length = VENUE_MAX)
    private String venue;

    @Size(max = URL_MAX)
    @Pattern(regexp = "^$|^https?://\\S+$", message = "Enter the recording link as a web address starting https://")
    @Column(name = "recording_url", length = URL_MAX)
    private String recordingUrl;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private MeetingStatus status = MeetingStatus.SCHEDULED;

    @Column(name = "agenda_published_at")
    private Instant agendaPublishedAt;

    /** Why the agenda went out with fewer than five clear days; required then. */
    @Size(max = REASON_MAX)
    @Column(name = "short_notice_reason", length = REASON_MAX)
    private String shortNoticeReason;

    @Size(max = REASON_MAX)
    @Column(name = "status_reason", length = REASON_MAX)
    private String statusReason;

    /**
     * When the agenda was first published. Unlike {@link #agendaPublishedAt} it survives postponing and
     * rescheduling: what the public has seen stays public (ss.100B, 100C).
     */
    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    /** When the draft minutes were first published. */
    @Column(name = "minutes_published_at")
    private Instant minutesPublishedAt;

    /** When this row last changed (time, venue, status ...): the revision time of the calendar entry. */
    @Column(name = "updated_at")
    private Instant updatedAt;

    /** The meeting at which these minutes were approved as a correct record. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "minutes_confirmed_at_meeting_id")
    private Meeting minutesConfirmedAt;

    protected Meeting() {
        // for JPA
    }

    public Meeting(Committee committee, LocalDate date, LocalTime startTime) {
        this.committee = Objects.requireNonNull(committee);
        this.date = Objects.requireNonNull(date);
        this.startTime = Objects.requireNonNull(startTime);
        this.venue = committee.getDefaultVenue();
    }

    @AssertTrue(message = "The guillotine must be after the start time")
    public boolean isGuillotineAfterStart() {
        return guillotineTime == null || startTime == null || guillotineTime.isAfter(startTime);
    }

    private void moveTo(MeetingStatus target) {
        if (!status.canMoveTo(target)) {
            throw new BusinessException("A meeting that is " + status.getLabel().toLowerCase(Locale.UK)
                    + " cannot become " + target.getLabel().toLowerCase(Locale.UK) + "."
                    + (status.next().isEmpty() ? "" : " Next it can be: " + status.next().stream()
                    .map(s -> s.getLabel().toLowerCase(Locale.UK)).reduce((a, b) -> a + ", " + b).orElse("") + "."));
        }
        status = target;
    }

    /**
     * Publishes the agenda. With fewer than five clear days (s.100B(3)) a reason must be recorded, and it is
     * kept with the meeting.
     */
    public void publishAgenda(Instant now, LocalDate today, ClearDays rule, String reasonIfShort) {
        if (!rule.isCompliant(today, date)) {
            if (reasonIfShort == null || reasonIfShort.isBlank()) {
                throw new BusinessException("The agenda would be published with only " + rule.between(today, date)
                        + " clear days before the meeting; 5 are required (Local Government Act 1972 s.100B(3))."
                        + " Record the reason to publish it anyway.");
            }
            shortNoticeReason = reasonIfShort.strip();
        }
        moveTo(MeetingStatus.AGENDA_PUBLISHED);
        agendaPublishedAt = now;
        if (firstPublishedAt == null) {
            firstPublishedAt = now;
        }
    }

    public void markHeld(LocalDate today) {
        if (status.canMoveTo(MeetingStatus.HELD) && today.isBefore(date)) {
            throw new BusinessException("The meeting cannot be marked as held before its date (" + getLongDate() + ").");
        }
        moveTo(MeetingStatus.HELD);
    }

    public void markMinutesDrafted() {
        moveTo(MeetingStatus.MINUTES_DRAFTED);
    }

    /** The minutes are drafted and, as draft minutes, published at {@code now}. */
    public void markMinutesDrafted(Instant now) {
        markMinutesDrafted();
        if (minutesPublishedAt == null) {
            minutesPublishedAt = now;
        }
    }

    /** Whether the agenda was ever published: from then on the meeting and its public papers are public. */
    public boolean isEverPublished() {
        return firstPublishedAt != null || agendaPublishedAt != null;
    }

    /** Whether the minutes are public: as a draft once drafted, then as confirmed. */
    public boolean isMinutesPublic() {
        return status == MeetingStatus.MINUTES_DRAFTED || status == MeetingStatus.MINUTES_CONFIRMED;
    }

    @jakarta.persistence.PrePersist
    @jakarta.persistence.PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    /** The minutes were approved as a correct record at a later meeting (Sch 12 para 41). */
    public void confirmMinutes(Meeting atMeeting) {
        if (atMeeting == null || !atMeeting.getDate().isAfter(date) && !atMeeting.equals(this)) {
            throw new BusinessException("Minutes are confirmed at this or a later meeting.");
        }
        moveTo(MeetingStatus.MINUTES_CONFIRMED);
        minutesConfirmedAt = atMeeting;
    }

    public void cancel(String reason) {
        requireReason(reason, "cancelled");
        moveTo(MeetingStatus.CANCELLED);
        statusReason = reason.strip();
    }

    public void postpone(String reason) {
        requireReason(reason, "postponed");
        moveTo(MeetingStatus.POSTPONED);
        statusReason = reason.strip();
    }

    /** A postponed meeting gets a new date and is scheduled again (its agenda must be published again). */
    public void reschedule(LocalDate newDate, LocalTime newStart) {
        moveTo(MeetingStatus.SCHEDULED);
        this.date = Objects.requireNonNull(newDate);
        this.startTime = Objects.requireNonNull(newStart);
        this.agendaPublishedAt = null;
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Record why the meeting is " + what + ".");
        }
    }

    /** Minutes can be written once the meeting has been held, and changed until they are confirmed. */
    public boolean isMinutesEditable() {
        return status == MeetingStatus.HELD || status == MeetingStatus.MINUTES_DRAFTED;
    }

    public String getLongDate() {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** "Corporate Parenting Committee, 24 October 2024" */
    public String getTitle() {
        return committee.getName() + ", " + getLongDate();
    }

    public Committee getCommittee() {
        return committee;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getGuillotineTime() {
        return guillotineTime;
    }

    public void setGuillotineTime(LocalTime guillotineTime) {
        this.guillotineTime = guillotineTime;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getRecordingUrl() {
        return recordingUrl;
    }

    public void setRecordingUrl(String recordingUrl) {
        this.recordingUrl = recordingUrl == null || recordingUrl.isBlank() ? null : recordingUrl.strip();
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Instant getAgendaPublishedAt() {
        return agendaPublishedAt;
    }

    public String getShortNoticeReason() {
        return shortNoticeReason;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Meeting getMinutesConfirmedAt() {
        return minutesConfirmedAt;
    }

    public Instant getFirstPublishedAt() {
        return firstPublishedAt != null ? firstPublishedAt : agendaPublishedAt;
    }

    public Instant getMinutesPublishedAt() {
        return minutesPublishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

}
