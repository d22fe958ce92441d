package org.cpchub.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChangeSummaryTest {

    @Test
    void listsOnlyTheFieldsThatChanged() {
        String s = new ChangeSummary()
                .field("name", "Corporate Parenting", "Corporate Parenting Committee")
                .field("quorum", 3, 3)
                .field("venue", null, "Council Chamber")
                .toString();
        assertEquals("name: 'Corporate Parenting' -> 'Corporate Parenting Committee'; venue: (none) -> 'Council Chamber'", s);
    }

    @Test
    void blankAndNullAreTheSame() {
        assertTrue(new ChangeSummary().field("venue", "", null).isEmpty());
        assertEquals("no changes", new ChangeSummary().field("venue", " ", null).toString());
    }

    @Test
    void longValuesAreShortened() {
        String s = new ChangeSummary().field("terms", null, "x".repeat(500)).toString();
        assertTrue(s.length() < 100, s);
        assertTrue(s.endsWith("…'"), s);
    }
}
