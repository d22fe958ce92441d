package org.cpchub.ejb.publication;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/** A public meeting in a list or a calendar: when, where, its public status; sequence is the meeting's version, so calendar updates propagate. */
public record PublicMeetingSummary(
        long id,
        long committeeId,
        String committeeName,
        LocalDate date,
        LocalTime startTime,
        LocalTime guillotineTime,
        String venue,
        PublicStatus status,
        String statusReason,
        long sequence,
        Instant updated) implements Serializable {
    // Bean-style getters: Jakarta EL 5 does not resolve record components.

    public long getId() {
        return id;
    }

    public long getCommitteeId() {
        return committeeId;
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getGuillotineTime() {
        return guillotineTime;
    }

    public String getVenue() {
        return venue;
    }

    public PublicStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getUpdated() {
        return updated;
    }

    /** "Corporate Parenting Committee, 24 October 2024" */
    public String getTitle() {
        return committeeName + ", " + getLongDate();
    }

    /** "24 October 2024" */
    public String getLongDate() {
        return Dates.longDate(date);
    }

    /** "Thursday 24 October 2024" */
    public String getDayAndDate() {
        return Dates.dayAndDate(date);
    }

    /** "6pm", "6.30pm" */
    public String getTime() {
        return Dates.time(startTime);
    }
}
