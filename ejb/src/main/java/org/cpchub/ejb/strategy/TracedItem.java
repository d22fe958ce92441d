package org.cpchub.ejb.strategy;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.cpchub.domain.meetings.ActionPoint;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.Resolution;

/** An agenda item at which a measure was discussed, with what the committee resolved and the actions it set. */
public record TracedItem(AgendaItem item, List<Resolution> resolutions, List<ActionPoint> actions, String linkedBy,
                         Instant linkedAt) implements Serializable {

    public TracedItem {
        resolutions = List.copyOf(resolutions);
        actions = List.copyOf(actions);
    }

    public AgendaItem getItem() {
        return item;
    }

    public LocalDate getMeetingDate() {
        return item.getMeeting().getDate();
    }

    public Long getMeetingId() {
        return item.getMeeting().getId();
    }

    public String getCommitteeName() {
        return item.getMeeting().getCommittee().getName();
    }

    /** "5 Children's Social Care Performance" */
    public String getItemTitle() {
        return item.getNumber() + " " + item.getTitle();
    }

    public List<Resolution> getResolutions() {
        return resolutions;
    }

    public List<ActionPoint> getActions() {
        return actions;
    }

    public String getLinkedBy() {
        return linkedBy;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
