package org.cpchub.ejb.meetings;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.cpchub.domain.meetings.ActionPoint;
import org.cpchub.domain.meetings.AgendaDocument;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.Attendance;
import org.cpchub.domain.meetings.AttendanceStatus;
import org.cpchub.domain.meetings.Declaration;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.ProceduralEvent;
import org.cpchub.domain.meetings.Resolution;
import org.cpchub.domain.meetings.WorkProgrammeItem;

/**
 * Everything a meeting page, the agenda and the minutes show, loaded in a fixed number of queries
 * however many items, documents or actions the meeting has. Per-item parts are keyed by item id.
 */
public record MeetingRecord(
        Meeting meeting,
        List<AgendaItem> items,
        Map<Long, List<Resolution>> resolutions,
        Map<Long, List<ActionPoint>> actions,
        Map<Long, List<Declaration>> declarations,
        Map<Long, List<ProceduralEvent>> events,
        Map<Long, List<AgendaDocument>> documents,
        List<Attendance> attendance,
        List<WorkProgrammeItem> plannedItems,
        List<ActionPoint> openActionsOfCommittee,
        long countedForQuorum,
        boolean quorate,
        LocalDate latestPublication,
        int clearDaysIfPublishedToday,
        List<String> warnings) implements Serializable {

    // Bean-style getters: Faces pages read properties, and Jakarta EL 5 does not resolve record components.

    public Meeting getMeeting() {
        return meeting;
    }

    public List<AgendaItem> getItems() {
        return items;
    }

    public List<Attendance> getAttendance() {
        return attendance;
    }

    public List<WorkProgrammeItem> getPlannedItems() {
        return plannedItems;
    }

    public List<ActionPoint> getOpenActionsOfCommittee() {
        return openActionsOfCommittee;
    }

    public long getCountedForQuorum() {
        return countedForQuorum;
    }

    public boolean isQuorate() {
        return quorate;
    }

    public LocalDate getLatestPublication() {
        return latestPublication;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    /** All procedural events, in time order. */
    public List<ProceduralEvent> getAllEvents() {
        return events.values().stream().flatMap(List::stream)
                .sorted(java.util.Comparator.comparing(ProceduralEvent::getAt)).toList();
    }

    public List<Resolution> resolutionsOf(AgendaItem item) {
        return resolutions.getOrDefault(item.getId(), List.of());
    }

    public List<AgendaDocument> documentsOf(AgendaItem item) {
        return documents.getOrDefault(item.getId(), List.of());
    }

    public List<ActionPoint> actionsOf(AgendaItem item) {
        return actions.getOrDefault(item.getId(), List.of());
    }

    public List<Declaration> declarationsOf(AgendaItem item) {
        return declarations.getOrDefault(item.getId(), List.of());
    }

    public List<ProceduralEvent> eventsOf(AgendaItem item) {
        return events.getOrDefault(item.getId(), List.of());
    }

    /** Members present, in the room or (marked as such) remotely. */
    public List<Attendance> getMembersPresent() {
        return attendance.stream().filter(a -> a.isVotingMember() && (a.getStatus() == AttendanceStatus.PRESENT
                || a.getStatus() == AttendanceStatus.PRESENT_REMOTELY)).toList();
    }

    public List<Attendance> getApologies() {
        return attendance.stream().filter(a -> a.getStatus() == AttendanceStatus.APOLOGIES).toList();
    }

    /** Officers and others who attended without a vote. */
    public List<Attendance> getInAttendance() {
        return attendance.stream().filter(a -> !a.isVotingMember() && a.getStatus() != AttendanceStatus.APOLOGIES
                && a.getStatus() != AttendanceStatus.ABSENT).toList();
    }
}
