package org.cpchub.ejb.publication;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The public part of a meeting's minutes: draft or confirmed, who attended, and meeting-wide procedural events. */
public record PublicMinutes(
        boolean draft,
        LocalDate confirmedOn,
        Long confirmedAtMeetingId,
        Instant publishedAt,
        List<String> present,
        List<String> apologies,
        List<String> inAttendance,
        List<String> procedural) implements Serializable {
    public static final String DRAFT_NOTICE = "Draft minutes - not yet confirmed";

    public PublicMinutes {
        present = List.copyOf(present);
        apologies = List.copyOf(apologies);
        inAttendance = List.copyOf(inAttendance);
        procedural = List.copyOf(procedural);
    }

    // Bean-style getters: Jakarta EL 5 does not resolve record components.

    public boolean isDraft() {
        return draft;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }

    public Long getConfirmedAtMeetingId() {
        return confirmedAtMeetingId;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<String> getPresent() {
        return present;
    }

    public List<String> getApologies() {
        return apologies;
    }

    public List<String> getInAttendance() {
        return inAttendance;
    }

    public List<String> getProcedural() {
        return procedural;
    }

    /** What the page and the feed say about the state of the minutes. */
    public String getNotice() {
        return draft ? DRAFT_NOTICE : "Confirmed as a correct record at the meeting on " + Dates.longDate(confirmedOn);
    }
}
