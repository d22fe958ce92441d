package org.cpchub.web.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.ejb.directory.CommitteeService;
import org.cpchub.ejb.meetings.MeetingService;
import org.cpchub.web.security.CurrentUser;
import org.cpchub.web.support.DatabasePagedModel;
import org.cpchub.web.support.Messages;

/** All meetings, upcoming or past, of one committee or all; clerks schedule new ones here. */
@Named
@ViewScoped
public class MeetingsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient MeetingService meetings;

    @EJB
    transient CommitteeService committees;

    @Inject
    CurrentUser user;

    private Long committeeId;
    private String when = "upcoming";
    private List<Committee> activeCommittees;
    private final DatabasePagedModel<Meeting> model = new DatabasePagedModel<>(
            page -> meetings.find(committeeId, "all".equals(when) ? null : "upcoming".equals(when), page),
            Meeting::getId, null);

    // schedule form
    private Long newCommitteeId;
    private LocalDate newDate;
    private LocalTime newStart = LocalTime.of(18, 0);
    private LocalTime newGuillotine = LocalTime.of(21, 30);

    public String schedule() {
        Meeting[] created = new Meeting[1];
        if (!Messages.attempt("schedule", () -> created[0] = meetings.schedule(newCommitteeId == null ? -1 : newCommitteeId,
                newDate, newStart, newGuillotine, null))) {
            return null;
        }
        Messages.info("The meeting of " + created[0].getTitle() + " was scheduled with the standard items.");
        return "/staff/meetings/meeting?faces-redirect=true&id=" + created[0].getId();
    }

    public List<Committee> getActiveCommittees() {
        if (activeCommittees == null) {
            activeCommittees = committees.active();
        }
        return activeCommittees;
    }

    public boolean isCanSchedule() {
        return user.isDirectoryEditor();
    }

    public DatabasePagedModel<Meeting> getModel() {
        return model;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        this.when = when;
    }

    public Long getNewCommitteeId() {
        return newCommitteeId;
    }

    public void setNewCommitteeId(Long newCommitteeId) {
        this.newCommitteeId = newCommitteeId;
    }

    public LocalDate getNewDate() {
        return newDate;
    }

    public void setNewDate(LocalDate newDate) {
        this.newDate = newDate;
    }

    public LocalTime getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalTime newStart) {
        this.newStart = newStart;
    }

    public LocalTime getNewGuillotine() {
        return newGuillotine;
    }

    public void setNewGuillotine(LocalTime newGuillotine) {
        this.newGuillotine = newGuillotine;
    }
}
