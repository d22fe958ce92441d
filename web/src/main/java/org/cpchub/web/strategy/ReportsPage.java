package org.cpchub.web.strategy;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cpchub.domain.meetings.AgendaDocument;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.MeetingStatus;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.domain.strategy.Frequency;
import org.cpchub.domain.strategy.PerformanceReport;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.domain.strategy.Strategy;
import org.cpchub.ejb.meetings.MeetingService;
import org.cpchub.ejb.strategy.PerformanceReportArchive;
import org.cpchub.ejb.strategy.PerformanceReportService;
import org.cpchub.ejb.strategy.StrategyService;
import org.cpchub.web.security.CurrentUser;
import org.cpchub.web.support.Messages;

/**
 * /staff/strategy/reports.xhtml: the archive of performance reports (made on demand or by the schedule), making
 * one for a quarter (analysts), and attaching one to the agenda item where it is presented (clerks).
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient PerformanceReportArchive archive;

    @EJB
    transient PerformanceReportService reports;

    @EJB
    transient StrategyService strategies;

    @EJB
    transient MeetingService meetings;

    @EJB
    transient org.cpchub.ejb.platform.CouncilSettings settings;

    @Inject
    transient Clock clock;

    @Inject
    CurrentUser user;

    private String period;
    private boolean forPublication = true;
    private Long reportId;
    private Long meetingId;
    private Long itemId;
    private List<AgendaItem> items = List.of();

    private transient List<PerformanceReport> listed;

    public List<PerformanceReport> getArchive() {
        if (listed == null) {
            listed = archive.find(null, null, PageRequest.first(50)).items();
        }
        return listed;
    }

    public Strategy getStrategy() {
        return strategies.active().stream().findFirst().orElse(null);
    }

    /** The last eight quarters that have ended, latest first. */
    public List<ReportingPeriod> getQuarters() {
        return ReportingPeriod.lastEnded(Frequency.QUARTERLY, LocalDate.now(clock), 8);
    }

    public int getReportDay() {
        return settings.performanceReportDay();
    }

    public boolean isMayGenerate() {
        return user.isAdmin() || user.is("ANALYST");
    }

    public boolean isMayAttach() {
        return user.isAdmin() || user.is("CLERK");
    }

    public void generate() {
        Strategy s = getStrategy();
        if (s == null || period == null) {
            Messages.error("Choose the quarter.");
            return;
        }
        ReportingPeriod q = ReportingPeriod.parse(period);
        if (Messages.attempt("generate", () -> reports.generate(s.getId(), q, forPublication))) {
            Messages.info("The report for " + q.getLabel() + " was made" + (forPublication ? " for publication." : "."));
            listed = null;
        }
    }

    /** Meetings whose agenda can still take a document: not yet confirmed or cancelled, latest first. */
    public List<Meeting> getMeetings() {
        return meetings.find(null, null, new PageRequest(0, 30, "date", false)).items().stream()
                .filter(m -> m.getStatus() != MeetingStatus.MINUTES_CONFIRMED && m.getStatus() != MeetingStatus.CANCELLED)
                .toList();
    }

    public void meetingChosen() {
        items = meetingId == null ? List.of() : meetings.items(meetingId);
        itemId = null;
    }

    public void attach() {
        if (reportId == null || itemId == null) {
            Messages.error("Choose the report, the meeting and the agenda item.");
            return;
        }
        AgendaDocument[] added = new AgendaDocument[1];
        if (Messages.attempt("attach", () -> added[0] = reports.attachToAgendaItem(reportId, itemId))) {
            listed = null;
            AgendaItem item = added[0].getItem();
            Messages.info("\u201c" + added[0].getTitle() + "\u201d is now a document of item " + item.getNumber() + " ("
                    + item.getTitle() + ") of the meeting of " + item.getMeeting().getLongDate() + ".");
        }
    }

    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public boolean isForPublication() { return forPublication; }
    public void setForPublication(boolean forPublication) { this.forPublication = forPublication; }
    public Long getReportId() { return reportId; }
    public void setReportId(Long reportId) { this.reportId = reportId; }
    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public List<AgendaItem> getItems() { return items; }
}
