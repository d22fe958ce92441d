package org.cpchub.domain.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.meetings.AgendaDocument;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.ClearDays;
import org.cpchub.domain.meetings.DocumentType;
import org.cpchub.domain.meetings.Exemption;
import org.cpchub.domain.meetings.ItemKind;
import org.cpchub.domain.meetings.Meeting;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 19);
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    /** A meeting brought to the given stage: SCHEDULED, PUBLISHED, POSTPONED, RESCHEDULED, CANCELLED, HELD, DRAFTED. */
    private static Meeting meeting(String stage, CommitteeKind kind) {
        Meeting m = new Meeting(new Committee("CPC", kind, 3), DAY, LocalTime.of(18, 0));
        if (stage.equals("SCHEDULED")) {
            return m;
        }
        m.publishAgenda(NOW, LocalDate.of(2026, 3, 2), new ClearDays(ClearDays.Mode.CALENDAR_DAYS, java.util.Set.of()), null);
        switch (stage) {
            case "POSTPONED" -> m.postpone("Not quorate");
            case "RESCHEDULED" -> {
                m.postpone("Not quorate");
                m.reschedule(DAY.plusDays(14), LocalTime.of(18, 0));
            }
            case "CANCELLED" -> m.cancel("No business");
            case "HELD" -> m.markHeld(DAY);
            case "DRAFTED" -> {
                m.markHeld(DAY);
                m.markMinutesDrafted(NOW);
            }
            default -> { }
        }
        return m;
    }

    @ParameterizedTest(name = "{0} meeting of a {1}: public={2}")
    @CsvSource({
        "SCHEDULED,   COMMITTEE,          false",
        "PUBLISHED,   COMMITTEE,          true",
        "POSTPONED,   COMMITTEE,          true",
        "RESCHEDULED, COMMITTEE,          true",
        "CANCELLED,   COMMITTEE,          true",
        "HELD,        SCRUTINY_COMMITTEE, true",
        "DRAFTED,     SUB_COMMITTEE,      true",
        "DRAFTED,     PANEL,              false",
    })
    void aMeetingIsPublicFromItsAgendaOnAndPanelsNever(String stage, CommitteeKind kind, boolean expected) {
        assertEquals(expected, Publication.isPublic(meeting(stage, kind)));
    }

    @ParameterizedTest(name = "{0}: late={1} urgent={2} supplementary={3} exempt={4} -> listed={5}, content={6}")
    @CsvSource({
        "PUBLISHED, false, false, false, false, true,  true",
        "PUBLISHED, false, false, false, true,  true,  false",
        "PUBLISHED, true,  false, false, false, false, false",
        "PUBLISHED, true,  false, true,  false, true,  true",
        "PUBLISHED, true,  true,  false, false, false, false",
        "HELD,      true,  true,  false, false, false, false",
        "DRAFTED,   true,  true,  false, false, true,  true",
        "DRAFTED,   true,  true,  false, true,  true,  false",
        "SCHEDULED, false, false, false, false, false, false",
    })
    void lateItemsWaitForTheirPublicationAndExemptOnesShowNoContent(String stage, boolean late, boolean urgent,
            boolean supplementary, boolean exempt, boolean listed, boolean content) {
        AgendaItem item = new AgendaItem(meeting(stage, CommitteeKind.COMMITTEE), 5, "Sufficiency",
                urgent ? ItemKind.URGENT_BUSINESS : ItemKind.REPORT);
        if (late) {
            item.markLate();
        }
        if (supplementary) {
            item.publishOnSupplementaryAgenda(NOW);
        }
        if (exempt) {
            item.setExemption(Exemption.of(List.of(1, 2), "Identifies a child"));
        }
        assertEquals(listed, Publication.isPublic(item));
        assertEquals(content, Publication.isContentPublic(item));
    }

    @ParameterizedTest(name = "document exempt={0} of an item exempt={1}: public={2}")
    @CsvSource({"false, false, true", "true, false, false", "false, true, false", "true, true, false"})
    void aDocumentIsPublicOnlyWhenNeitherItNorItsItemIsExempt(boolean documentExempt, boolean itemExempt,
                                                                boolean expected) {
        AgendaItem item = new AgendaItem(meeting("PUBLISHED", CommitteeKind.COMMITTEE), 4, "Placements",
                ItemKind.REPORT);
        if (itemExempt) {
            item.setExemption(Exemption.of(List.of(3), "Provider prices under negotiation"));
        }
        AgendaDocument d = new AgendaDocument(item, "Report", "report.pdf", DocumentType.PDF, 10, "0".repeat(64),
                documentExempt ? Exemption.of(List.of(1), "Names a child") : new Exemption(), "None", NOW, "clerk");
        assertEquals(expected, Publication.isPublic(d));
    }
}
