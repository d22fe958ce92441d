package org.cpchub.web.directory;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.cpchub.domain.directory.Committee;
import org.cpchub.ejb.directory.CommitteeService;

/** The staff home page: the active committees and panels. */
@Named
@RequestScoped
public class StaffHome {
    @EJB
    CommitteeService committees;

    private List<Committee> active;

    public List<Committee> getActiveCommittees() {
        if (active == null) {
            active = committees.active();
        }
        return active;
    }
}
