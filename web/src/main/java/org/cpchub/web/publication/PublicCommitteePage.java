package org.cpchub.web.publication;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.ejb.publication.PublicCommittee;
import org.cpchub.ejb.publication.PublicMeetingSummary;
import org.cpchub.ejb.publication.PublicMember;
import org.cpchub.ejb.publication.PublishedRecords;

/** /committee.xhtml?id=: terms of reference, members, the next and the latest meetings, calendar and programme. */
@Named
@RequestScoped
public class PublicCommitteePage {
    static final int MEETINGS = 5;

    @EJB
    PublishedRecords published;

    private String idParam;
    private PublicCommittee committee;
    private List<PublicMember> members = List.of();
    private List<PublicMeetingSummary> upcoming = List.of();
    private List<PublicMeetingSummary> recent = List.of();

    public void load() {
        PublicPages.load(idParam, published::committee).ifPresent(c -> {
            committee = c;
            members = published.members(c.id());
            LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
            upcoming = published.meetings(c.id(), today, null, new PageRequest(0, MEETINGS, "date", true)).items();
            recent = published.meetings(c.id(), null, today.minusDays(1), new PageRequest(0, MEETINGS, "date", false))
                    .items();
        });
    }

    public String getCalendarUrl() {
        return PublicPages.contextPath() + "/calendar/" + committee.id() + ".ics";
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public PublicCommittee getCommittee() {
        return committee;
    }

    public List<PublicMember> getMembers() {
        return members;
    }

    public List<PublicMeetingSummary> getUpcoming() {
        return upcoming;
    }

    public List<PublicMeetingSummary> getRecent() {
        return recent;
    }
}
