package org.cpchub.domain.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingStatusTest {

    @org.junit.jupiter.api.Test
    void anItemLinksToItsPlaceInTheRecording() {
        var committee = new org.cpchub.domain.directory.Committee("CPC", org.cpchub.domain.directory.CommitteeKind.COMMITTEE, 3);
        var meeting = new Meeting(committee, java.time.LocalDate.of(2024, 10, 24), java.time.LocalTime.of(19, 0));
        var item = new AgendaItem(meeting, 5, "Performance", ItemKind.REPORT);
        assertEquals(null, item.getRecordingLink(), "no recording yet");
        meeting.setRecordingUrl("https://www.youtube.com/watch?v=abc");
        item.setRecordingOffset(1865);
        assertEquals("https://www.youtube.com/watch?v=abc&t=1865", item.getRecordingLink());
        meeting.setRecordingUrl("https://video.example.gov.uk/cpc-2024-10-24");
        assertEquals("https://video.example.gov.uk/cpc-2024-10-24?t=1865", item.getRecordingLink());
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "SCHEDULED, AGENDA_PUBLISHED, true",
            "SCHEDULED, HELD, false",
            "SCHEDULED, CANCELLED, true",
            "AGENDA_PUBLISHED, HELD, true",
            "AGENDA_PUBLISHED, POSTPONED, true",
            "HELD, MINUTES_DRAFTED, true",
            "HELD, CANCELLED, false",
            "MINUTES_DRAFTED, MINUTES_CONFIRMED, true",
            "MINUTES_DRAFTED, HELD, false",
            "MINUTES_CONFIRMED, MINUTES_DRAFTED, false",
            "CANCELLED, SCHEDULED, false",
            "POSTPONED, SCHEDULED, true",
    })
    void onlyTheLifecycleTransitionsAreAllowed(MeetingStatus from, MeetingStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }
}
