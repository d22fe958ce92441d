package org.cpchub.web.publication;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.cpchub.ejb.publication.PublicCommittee;
import org.cpchub.ejb.publication.PublicMeetingSummary;
import org.cpchub.ejb.publication.PublishedRecords;

/** The public home page: the next meetings and the council's committees. */
@Named
@RequestScoped
public class PublicHome {
    static final int UPCOMING = 6;

    @EJB
    PublishedRecords published;

    private List<PublicCommittee> committees;
    private List<PublicMeetingSummary> upcoming;

    public List<PublicCommittee> getCommittees() {
        if (committees == null) {
            committees = published.committees();
        }
        return committees;
    }

    public List<PublicMeetingSummary> getUpcoming() {
        if (upcoming == null) {
            upcoming = published.upcoming(UPCOMING);
        }
        return upcoming;
    }
}
