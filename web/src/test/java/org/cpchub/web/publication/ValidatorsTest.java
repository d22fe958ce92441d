package org.cpchub.web.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ValidatorsTest {
    private static final Instant CHANGED = Instant.parse("2024-10-24T18:05:30.250Z");

    @ParameterizedTest(name = "If-None-Match [{0}] If-Modified-Since [{1}] -> 304: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "\"abc\"                       | -                              | true",
        "W/\"abc\"                     | -                              | true",
        "\"old\", \"abc\"              | -                              | true",
        "*                             | -                              | true",
        "\"old\"                       | Thu, 24 Oct 2024 18:05:30 GMT  | false",
        "-                             | Thu, 24 Oct 2024 18:05:30 GMT  | true",
        "-                             | Fri, 25 Oct 2024 09:00:00 GMT  | true",
        "-                             | Thu, 24 Oct 2024 18:05:29 GMT  | false",
        "-                             | yesterday                      | false",
        "-                             | -                              | false",
    })
    void aCopyIsCurrentWhenItsTagMatchesOrWithoutATagWhenItIsNotOlder(String ifNoneMatch, String ifModifiedSince,
                                                                     boolean notModified) {
        assertEquals(notModified, Validators.notModified(ifNoneMatch, ifModifiedSince, "\"abc\"", CHANGED));
    }

    @Test
    void aChangedPageIsDatedFromWhenTheChangeWasFirstSent() {
        Instant first = Instant.parse("2026-03-02T10:00:00.900Z");
        assertEquals(Instant.parse("2026-03-02T10:00:00Z"), Validators.firstSeen("/t/meeting.xhtml?id=1", "\"a\"",
                first));
        assertEquals(Instant.parse("2026-03-02T10:00:00Z"), Validators.firstSeen("/t/meeting.xhtml?id=1", "\"a\"",
                first.plusSeconds(60)), "the same body keeps its time");
        assertEquals(Instant.parse("2026-03-02T10:05:00Z"), Validators.firstSeen("/t/meeting.xhtml?id=1", "\"b\"",
                Instant.parse("2026-03-02T10:05:00Z")), "a new body is dated from now");
    }

    @Test
    void theStrongTagIsTheHashOfTheBody() {
        String a = PublicCacheFilter.hash("<p>Agenda</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals(a, PublicCacheFilter.hash("<p>Agenda</p>".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(a, PublicCacheFilter.hash("<p>Agenda.</p>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("\"" + a + "\"", Validators.etag(a, true));
        assertEquals("W/\"x\"", Validators.etag("x", false));
    }
}
