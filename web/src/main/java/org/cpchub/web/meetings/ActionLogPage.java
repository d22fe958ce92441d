package org.cpchub.web.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.meetings.ActionPoint;
import org.cpchub.domain.meetings.ActionStatus;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.ejb.directory.CommitteeService;
import org.cpchub.ejb.meetings.ActionFilter;
import org.cpchub.ejb.meetings.ActionLogService;
import org.cpchub.ejb.meetings.MeetingService;
import org.cpchub.web.security.CurrentUser;
import org.cpchub.web.support.DatabasePagedModel;
import org.cpchub.web.support.Messages;

/** The action log across meetings: filters, progress from owners, closing by the committee. */
@Named
@ViewScoped
public class ActionLogPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient ActionLogService actions;

    @EJB
    transient CommitteeService committees;

    @EJB
    transient MeetingService meetings;

    @Inject
    CurrentUser user;

    private Long committeeId;
    private ActionStatus status;
    private boolean overdueOnly;
    private org.cpchub.domain.directory.Person owner;
    private List<Committee> activeCommittees;
    private final DatabasePagedModel<ActionPoint> model = new DatabasePagedModel<>(
            page -> actions.find(new ActionFilter(committeeId, owner == null ? null : owner.getId(), status, overdueOnly), page),
            ActionPoint::getId, "dueDate");

    private ActionPoint selected;
    private String note;
    private boolean complete;
    private Long closedAtMeetingId;
    private List<Meeting> closingMeetings;

    public void select(ActionPoint action) {
        selected = actions.get(action.getId());
        note = selected.getProgressNote();
        complete = selected.getStatus() == ActionStatus.COMPLETED;
        closingMeetings = meetings.find(action.getItem().getMeeting().getCommittee().getId(), null,
                new PageRequest(0, 12, "date", false)).items().stream()
                .filter(m -> m.getDate().isAfter(action.getItem().getMeeting().getDate()) && m.getStatus().isHeld()).toList();
    }

    public void saveProgress() {
        if (Messages.attempt("update", () -> actions.reportProgress(selected.getId(), note, complete))) {
            Messages.info("Progress saved.");
            selected = null;
        }
    }

    public void close() {
        if (closedAtMeetingId == null) {
            Messages.error("Choose the meeting at which the committee agreed the action is done.");
            return;
        }
        if (Messages.attempt("update", () -> actions.close(selected.getId(), closedAtMeetingId))) {
            Messages.info("The action was closed.");
            selected = null;
        }
    }

    public boolean isCanClose() {
        return user.isDirectoryEditor();
    }

    public List<Committee> getActiveCommittees() {
        if (activeCommittees == null) {
            activeCommittees = committees.active();
        }
        return activeCommittees;
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public DatabasePagedModel<ActionPoint> getModel() { return model; }
    public org.cpchub.domain.directory.Person getOwner() { return owner; }
    public void setOwner(org.cpchub.domain.directory.Person owner) { this.owner = owner; }
    public Long getCommitteeId() { return committeeId; }
    public void setCommitteeId(Long committeeId) { this.committeeId = committeeId; }
    public ActionStatus getStatus() { return status; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public ActionPoint getSelected() { return selected; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean isComplete() { return complete; }
    public void setComplete(boolean complete) { this.complete = complete; }
    public Long getClosedAtMeetingId() { return closedAtMeetingId; }
    public void setClosedAtMeetingId(Long closedAtMeetingId) { this.closedAtMeetingId = closedAtMeetingId; }
    public List<Meeting> getClosingMeetings() { return closingMeetings; }
}
