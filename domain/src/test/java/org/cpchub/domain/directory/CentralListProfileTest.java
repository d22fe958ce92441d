package org.cpchub.domain.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CentralListProfileTest {

    @ParameterizedTest(name = "social worker {0}, PQE {1} -> qualifying {2}")
    @CsvSource({
            "true,  , false",
            "true,  2, false",
            "true,  3, true",
            "true, 12, true",
            "false, 10, false",
    })
    void aQualifyingSocialWorkerHasThreeYearsPostQualifyingExperience(boolean sw, Integer pqe, boolean qualifies) {
        CentralListProfile p = new CentralListProfile();
        p.setSocialWorker(sw);
        p.setPqeYears(pqe);
        assertEquals(qualifies, p.isQualifyingSocialWorker());
    }

    @Test
    void aSocialWorkerWithoutPqeIsRefused() {
        Person p = new Person("Panel Social Worker", PersonKind.PANEL_MEMBER);
        p.getCentralList().setSocialWorker(true);
        assertFalse(p.isPqeGivenForSocialWorker());
        p.getCentralList().setPqeYears(4);
        assertEquals("social worker (4 yrs PQE)", p.getDescription());
    }
}
