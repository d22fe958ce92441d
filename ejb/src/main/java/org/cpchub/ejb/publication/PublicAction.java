package org.cpchub.ejb.publication;

import java.io.Serializable;
import java.time.LocalDate;

/** An action point from published minutes; officers are named by their job title. */
public record PublicAction(
        String text,
        String owner,
        LocalDate due,
        String status,
        String progress,
        LocalDate meetingDate) implements Serializable {
    // Bean-style getters: Jakarta EL 5 does not resolve record components.

    public String getText() {
        return text;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDue() {
        return due;
    }

    public String getStatus() {
        return status;
    }

    public String getProgress() {
        return progress;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getDueText() {
        return Dates.longDate(due);
    }

    public String getMeetingLongDate() {
        return Dates.longDate(meetingDate);
    }
}
