package org.cpchub.ejb.publication;

import java.io.Serializable;
import java.time.LocalDate;

/** An item of a committee's published work programme (withdrawn items are left out). */
public record PublicProgrammeItem(
        String municipalYear,
        String title,
        String leadContributor,
        String purpose,
        String status,
        LocalDate meetingDate,
        Long meetingId,
        LocalDate deferredFrom) implements Serializable {
    // Bean-style getters: Jakarta EL 5 does not resolve record components.

    public String getMunicipalYear() {
        return municipalYear;
    }

    public String getTitle() {
        return title;
    }

    public String getLeadContributor() {
        return leadContributor;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public LocalDate getDeferredFrom() {
        return deferredFrom;
    }

    public String getMeetingLongDate() {
        return Dates.longDate(meetingDate);
    }

    public String getDeferredFromText() {
        return Dates.longDate(deferredFrom);
    }
}
