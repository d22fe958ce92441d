package org.cpchub.web.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.WorkProgrammeItem;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.ejb.directory.CommitteeService;
import org.cpchub.ejb.meetings.MeetingService;
import org.cpchub.ejb.meetings.WorkProgrammeService;
import org.cpchub.web.security.CurrentUser;
import org.cpchub.web.support.Messages;

/** A committee's work programme for a municipal year: plan, defer (carried forward) and withdraw items. */
@Named
@ViewScoped
public class WorkProgrammePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient WorkProgrammeService programme;

    @EJB
    transient CommitteeService committees;

    @EJB
    transient MeetingService meetings;

    @Inject
    CurrentUser user;

    private Long committeeId;
    private String year;
    private List<Committee> activeCommittees;
    private List<String> years;
    private List<WorkProgrammeItem> items;
    private List<Meeting> committeeMeetings;

    private Long targetMeetingId;
    private String title;
    private String lead;
    private String purpose;
    private WorkProgrammeItem selected;
    private String reason;

    public void load() {
        if (committeeId == null && !getActiveCommittees().isEmpty()) {
            committeeId = getActiveCommittees().get(0).getId();
        }
        refresh();
    }

    public void refresh() {
        if (committeeId == null) {
            return;
        }
        years = programme.years(committeeId);
        if (year == null || !years.contains(year)) {
            year = years.isEmpty() ? null : years.get(0);
        }
        items = year == null ? List.of() : programme.programme(committeeId, year);
        committeeMeetings = meetings.find(committeeId, null, new PageRequest(0, 40, "date", false)).items();
        selected = null;
    }

    public void plan() {
        if (Messages.attempt("plan", () -> programme.plan(committeeId, targetMeetingId == null ? -1 : targetMeetingId,
                title, lead, purpose))) {
            Messages.info("\"" + title + "\" was added to the work programme.");
            title = null;
            lead = null;
            purpose = null;
            refresh();
        }
    }

    public void select(WorkProgrammeItem item) {
        selected = item;
        reason = null;
    }

    public void defer() {
        if (Messages.attempt("change", () -> programme.defer(selected.getId(), targetMeetingId == null ? -1 : targetMeetingId,
                reason))) {
            Messages.info("The item was deferred and is carried forward.");
            refresh();
        }
    }

    public void withdraw() {
        if (Messages.attempt("change", () -> programme.withdraw(selected.getId(), reason))) {
            Messages.info("The item was withdrawn.");
            refresh();
        }
    }

    public boolean isCanEdit() {
        return user.isDirectoryEditor();
    }

    public List<Committee> getActiveCommittees() {
        if (activeCommittees == null) {
            activeCommittees = committees.active();
        }
        return activeCommittees;
    }

    public Long getCommitteeId() { return committeeId; }
    public void setCommitteeId(Long committeeId) { this.committeeId = committeeId; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public List<String> getYears() { return years; }
    public List<WorkProgrammeItem> getItems() { return items; }
    public List<Meeting> getCommitteeMeetings() { return committeeMeetings; }
    public Long getTargetMeetingId() { return targetMeetingId; }
    public void setTargetMeetingId(Long targetMeetingId) { this.targetMeetingId = targetMeetingId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public WorkProgrammeItem getSelected() { return selected; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
