package org.cpchub.domain.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingStatusTest {

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
