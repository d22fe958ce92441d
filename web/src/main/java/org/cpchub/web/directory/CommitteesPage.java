package org.cpchub.web.directory;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeStatus;
import org.cpchub.ejb.directory.CommitteeService;
import org.cpchub.web.support.DatabasePagedModel;

/** The list of committees and panels: searched by name, filtered by status, paged in the database. */
@Named
@ViewScoped
public class CommitteesPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient CommitteeService committees;

    private String search;
    private CommitteeStatus status = CommitteeStatus.ACTIVE;
    private final DatabasePagedModel<Committee> model = new DatabasePagedModel<>(
            page -> committees.find(search, status, page), Committee::getId, "name");

    public DatabasePagedModel<Committee> getModel() {
        return model;
    }

    public CommitteeStatus[] getStatuses() {
        return CommitteeStatus.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public CommitteeStatus getStatus() {
        return status;
    }

    public void setStatus(CommitteeStatus status) {
        this.status = status;
    }
}
