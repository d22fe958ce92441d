package org.cpchub.domain.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MembershipTest {
    private final Committee cpc = new Committee("Corporate Parenting Committee", CommitteeKind.COMMITTEE, 3);
    private final Person chair = new Person("Cllr A Example", PersonKind.COUNCILLOR);

    @ParameterizedTest(name = "{0}..{1} on {2} -> {3}")
    @CsvSource({
            "2024-05-20, ,           2024-05-19, false",
            "2024-05-20, ,           2024-05-20, true",
            "2024-05-20, ,           2030-01-01, true",
            "2024-05-20, 2025-05-19, 2025-05-19, true",
            "2024-05-20, 2025-05-19, 2025-05-20, false",
    })
    void isCurrentOnItsDaysInclusive(LocalDate from, LocalDate to, LocalDate on, boolean current) {
        Membership m = new Membership(cpc, chair, MembershipRole.CHAIR, from);
        m.setToDate(to);
        assertEquals(current, m.isCurrentOn(on));
    }

    @Test
    void endDateBeforeStartIsInvalid() {
        Membership m = new Membership(cpc, chair, MembershipRole.MEMBER, LocalDate.of(2024, 5, 20));
        m.setToDate(LocalDate.of(2024, 5, 1));
        assertFalse(m.isPeriodInOrder());
        assertThrows(IllegalArgumentException.class, () -> m.endOn(LocalDate.of(2024, 1, 1)));
    }

    @Test
    void onlySeatsCountTowardsQuorum() {
        assertTrue(MembershipRole.CHAIR.isSeat());
        assertTrue(MembershipRole.CO_OPTED_MEMBER.isSeat());
        assertFalse(MembershipRole.PANEL_ADVISER.isSeat());
        assertFalse(MembershipRole.SUBSTITUTE.isSeat());
    }
}
