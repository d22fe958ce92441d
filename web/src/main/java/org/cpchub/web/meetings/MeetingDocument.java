package org.cpchub.web.meetings;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.cpchub.domain.meetings.MeetingStatus;
import org.cpchub.ejb.meetings.MeetingRecord;
import org.cpchub.ejb.meetings.MeetingService;
import org.cpchub.web.support.PageParameters;

/** The agenda and the minutes of a meeting as the council publishes them (HTML, printable). */
@Named
@RequestScoped
public class MeetingDocument {
    @EJB
    MeetingService meetings;

    private String idParam;
    private MeetingRecord record;

    public void load() {
        PageParameters.recordOrNew(idParam, false, meetings::record, () -> null).ifPresent(r -> record = r);
    }

    /** "Members noted and commented" points, one per line. */
    public List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean isDraftMinutes() {
        return record != null && record.meeting().getStatus() != MeetingStatus.MINUTES_CONFIRMED;
    }

    public MeetingRecord getRecord() {
        return record;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }
}
