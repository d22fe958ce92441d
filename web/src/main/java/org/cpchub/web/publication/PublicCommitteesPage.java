package org.cpchub.web.publication;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.cpchub.ejb.publication.PublicCommittee;
import org.cpchub.ejb.publication.PublishedRecords;

/** /committees.xhtml: the council's committees and panels. */
@Named
@RequestScoped
public class PublicCommitteesPage {
    @EJB
    PublishedRecords published;

    private List<PublicCommittee> committees;

    public List<PublicCommittee> getCommittees() {
        if (committees == null) {
            committees = published.committees();
        }
        return committees;
    }
}
