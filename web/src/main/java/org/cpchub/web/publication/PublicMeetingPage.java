package org.cpchub.web.publication;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.cpchub.ejb.publication.PublicDocument;
import org.cpchub.ejb.publication.PublicMeeting;
import org.cpchub.ejb.publication.PublishedRecords;

/** /meeting.xhtml?id=: a public meeting, its agenda with the public reports, and its minutes once drafted. */
@Named
@RequestScoped
public class PublicMeetingPage {
    @EJB
    PublishedRecords published;

    private String idParam;
    private PublicMeeting meeting;

    public void load() {
        PublicPages.load(idParam, published::meeting).ifPresent(m -> meeting = m);
    }

    public String documentUrl(PublicDocument d) {
        return PublicPages.documentUrl(d);
    }

    public String getAgendaPackUrl() {
        return PublicPages.contextPath() + "/meetings/" + meeting.summary().id() + "/agenda.pdf";
    }

    public String getMinutesPdfUrl() {
        return PublicPages.contextPath() + "/meetings/" + meeting.summary().id() + "/minutes.pdf";
    }

    public String getCalendarUrl() {
        return PublicPages.contextPath() + "/calendar/meeting/" + meeting.summary().id() + ".ics";
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public PublicMeeting getMeeting() {
        return meeting;
    }
}
