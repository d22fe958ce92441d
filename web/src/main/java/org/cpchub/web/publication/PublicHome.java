package org.cpchub.web.publication;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.cpchub.domain.directory.Committee;
import org.cpchub.ejb.publication.PublicDirectory;

/** The public home page: the council's committees and what they are for. */
@Named
@RequestScoped
public class PublicHome {
    @EJB
    PublicDirectory directory;

    private List<Committee> committees;

    public List<Committee> getCommittees() {
        if (committees == null) {
            committees = directory.committees();
        }
        return committees;
    }
}
