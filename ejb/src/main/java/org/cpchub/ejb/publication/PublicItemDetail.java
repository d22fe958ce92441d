package org.cpchub.ejb.publication;

import java.io.Serializable;

/** One public item with the meeting it belongs to. */
public record PublicItemDetail(
        PublicMeetingSummary meeting,
        PublicItem item,
        PublicMinutes minutes) implements Serializable {
    // Bean-style getters: Jakarta EL 5 does not resolve record components.

    public PublicMeetingSummary getMeeting() {
        return meeting;
    }

    public PublicItem getItem() {
        return item;
    }

    public PublicMinutes getMinutes() {
        return minutes;
    }
}
