package org.cpchub.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cpchub.it.support.StaffSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page and endpoint against anonymous and each role: allowed (200), refused (403), or sent to
 * sign in (302 to the login page). Add every new page here.
 */
class AuthorisationMatrixIT {
    private static final List<String> ROLES = List.of("ADMIN", "CLERK", "OFFICER", "MEMBER", "PANEL",
            "DECISION_MAKER", "ANALYST");
    private static final Set<String> EDITORS = Set.of("ADMIN", "CLERK");
    private static final Map<String, StaffSession> SESSIONS = new java.util.HashMap<>();
    private static String committeeId;
    private static String personId;
    private static String meetingId;
    private static String publishedId;
    private static String itemId;
    private static String measureId;
    private static String strategyId;

    /** STRATEGY: staff and councillors but not panel-only logins; ENTRY: who enters values; ANALYSTS: imports. */
    enum Access { PUBLIC, STAFF, EDITORS, ADMIN, STRATEGY, ENTRY, ANALYSTS }

    @BeforeAll
    static void signIn() {
        ROLES.forEach(role -> SESSIONS.put(role, StaffSession.signedInAs(role)));
        String list = SESSIONS.get("CLERK").get("/staff/directory/committees.xhtml").body();
        committeeId = firstId(list, "committee.xhtml\\?id=(\\d+)");
        String people = SESSIONS.get("CLERK").get("/staff/directory/people.xhtml").body();
        personId = firstId(people, "person.xhtml\\?id=(\\d+)");
        String meetings = SESSIONS.get("CLERK").get("/staff/meetings/meetings.xhtml?when=all").body();
        // a meeting of the Corporate Parenting Committee, on which the demo councillor sits
        findPublishedMeeting();
        String dashboard = SESSIONS.get("ANALYST").get("/staff/strategy/index.xhtml").body();
        measureId = firstId(dashboard, "measure.xhtml\\?id=(\\d+)");
        strategyId = firstId(SESSIONS.get("ANALYST").get("/staff/strategy/import.xhtml").body(),
                "template.csv\\?id=(\\d+)");
        meetingId = firstId(meetings, "meeting.xhtml\\?id=(\\d+)\">[^<]*</a>\\s*</td>\\s*<td[^>]*>Corporate Parenting Committee<");
    }

    private static void findPublishedMeeting() {
        String past = StaffSession.anonymous().get("/meetings.xhtml?when=past").body();
        publishedId = firstId(past, "meeting.xhtml\\?id=(\\d+)");
        itemId = firstId(StaffSession.anonymous().get("/meeting.xhtml?id=" + publishedId).body(), "item.xhtml\\?id=(\\d+)");
    }

    private static String firstId(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), "no link matching " + regex);
        return m.group(1);
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("/", Access.PUBLIC),
                Arguments.of("/accessibility.xhtml", Access.PUBLIC),
                Arguments.of("/login.xhtml", Access.PUBLIC),
                Arguments.of("/api/health", Access.PUBLIC),
                Arguments.of("/committees.xhtml", Access.PUBLIC),
                Arguments.of("/committee.xhtml?id={committee}", Access.PUBLIC),
                Arguments.of("/meetings.xhtml", Access.PUBLIC),
                Arguments.of("/meetings.xhtml?when=past", Access.PUBLIC),
                Arguments.of("/meeting.xhtml?id={published}", Access.PUBLIC),
                Arguments.of("/item.xhtml?id={item}", Access.PUBLIC),
                Arguments.of("/work-programme.xhtml?committee={committee}", Access.PUBLIC),
                Arguments.of("/meetings/{published}/agenda.pdf", Access.PUBLIC),
                Arguments.of("/meetings/{published}/minutes.pdf", Access.PUBLIC),
                Arguments.of("/calendar.ics", Access.PUBLIC),
                Arguments.of("/calendar/{committee}.ics", Access.PUBLIC),
                Arguments.of("/calendar/meeting/{published}.ics", Access.PUBLIC),
                Arguments.of("/feed.atom", Access.PUBLIC),
                Arguments.of("/robots.txt", Access.PUBLIC),
                Arguments.of("/search.xhtml", Access.PUBLIC),
                Arguments.of("/api/openapi.json", Access.PUBLIC),
                Arguments.of("/api/oparl/v1/system", Access.PUBLIC),
                Arguments.of("/api/oparl/v1/meetings", Access.PUBLIC),
                Arguments.of("/api/oparl/v1/meetings/{published}", Access.PUBLIC),
                Arguments.of("/api/oparl/v1/organizations/{committee}/export", Access.PUBLIC),
                Arguments.of("/search.xhtml?q=fostering", Access.PUBLIC),
                Arguments.of("/staff/index.xhtml", Access.STAFF),
                Arguments.of("/staff/directory/committees.xhtml", Access.STAFF),
                Arguments.of("/staff/directory/committee.xhtml?id={committee}", Access.STAFF),
                Arguments.of("/staff/directory/people.xhtml", Access.STAFF),
                Arguments.of("/staff/directory/person.xhtml?id={person}", Access.STAFF),
                Arguments.of("/staff/directory/committee.xhtml", Access.EDITORS),
                Arguments.of("/staff/directory/person.xhtml", Access.EDITORS),
                Arguments.of("/staff/admin/users.xhtml", Access.ADMIN),
                Arguments.of("/staff/admin/user.xhtml", Access.ADMIN),
                Arguments.of("/staff/admin/user.xhtml?id=1", Access.ADMIN),
                Arguments.of("/staff/meetings/meetings.xhtml", Access.STAFF),
                Arguments.of("/staff/meetings/meeting.xhtml?id={meeting}", Access.STAFF),
                Arguments.of("/staff/meetings/agenda.xhtml?id={meeting}", Access.STAFF),
                Arguments.of("/staff/meetings/minutes.xhtml?id={meeting}", Access.STAFF),
                Arguments.of("/staff/meetings/actions.xhtml", Access.STAFF),
                Arguments.of("/staff/meetings/programme.xhtml", Access.STAFF),
                Arguments.of("/staff/admin/settings.xhtml", Access.ADMIN),
                Arguments.of("/staff/admin/audit.xhtml", Access.ADMIN),
                Arguments.of("/staff/strategy/index.xhtml", Access.STRATEGY),
                Arguments.of("/staff/strategy/measure.xhtml?id={measure}", Access.STRATEGY),
                Arguments.of("/staff/strategy/engagement.xhtml", Access.STRATEGY),
                Arguments.of("/staff/strategy/reports.xhtml", Access.STRATEGY),
                Arguments.of("/staff/strategy/entry.xhtml", Access.ENTRY),
                Arguments.of("/staff/strategy/import.xhtml", Access.ANALYSTS),
                Arguments.of("/staff/strategy/manage.xhtml", Access.ANALYSTS),
                Arguments.of("/staff/strategy/template.csv?id={strategy}", Access.ANALYSTS));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("pages")
    void eachRoleGetsWhatItShould(String template, Access access) {
        String path = template.replace("{committee}", committeeId).replace("{person}", personId)
                .replace("{meeting}", meetingId).replace("{published}", publishedId).replace("{item}", itemId).replace("{measure}", measureId)
                .replace("{strategy}", strategyId);
        List<String> wrong = new ArrayList<>();

        HttpResponse<String> anon = StaffSession.anonymous().get(path);
        if (access == Access.PUBLIC) {
            expect(wrong, "anonymous", anon, 200);
        } else {
            expect(wrong, "anonymous", anon, 302);
            if (anon.statusCode() == 302) {
                String location = anon.headers().firstValue("Location").orElse("");
                if (!location.contains("/login.xhtml?next=")) {
                    wrong.add("anonymous was sent to " + location + " rather than the sign-in page");
                }
            }
        }
        for (String role : ROLES) {
            boolean allowed = switch (access) {
                case PUBLIC, STAFF -> true;
                case EDITORS -> EDITORS.contains(role);
                case ADMIN -> role.equals("ADMIN");
                case STRATEGY -> Set.of("ADMIN", "CLERK", "OFFICER", "MEMBER", "ANALYST").contains(role);
                case ENTRY -> Set.of("ADMIN", "OFFICER", "ANALYST").contains(role);
                case ANALYSTS -> Set.of("ADMIN", "ANALYST").contains(role);
            };
            HttpResponse<String> r = SESSIONS.get(role).get(path);
            expect(wrong, role, r, allowed ? 200 : 403);
            if (allowed && path.endsWith(".xhtml") && !r.body().contains("<h1")) {
                wrong.add(role + " got a page without a heading");
            }
        }
        assertEquals(List.of(), wrong, path);
    }

    @org.junit.jupiter.api.Test
    void aCouncillorCannotOpenTheMeetingsOfACommitteeTheyDoNotSitOn() {
        String list = SESSIONS.get("CLERK").get("/staff/meetings/meetings.xhtml?when=all").body();
        Matcher other = Pattern.compile("meeting.xhtml\\?id=(\\d+)\">[^<]*</a>\\s*</td>\\s*<td[^>]*>(?!Corporate Parenting Committee<)")
                .matcher(list);
        assertTrue(other.find(), "the demo data has a meeting of the scrutiny committee, on which the councillor does not sit");
        assertEquals(403, SESSIONS.get("MEMBER").get("/staff/meetings/meeting.xhtml?id=" + other.group(1)).statusCode());
        assertEquals(200, SESSIONS.get("OFFICER").get("/staff/meetings/meeting.xhtml?id=" + other.group(1)).statusCode());
    }

    private static void expect(List<String> wrong, String who, HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            wrong.add(who + " got " + r.statusCode() + " instead of " + status);
        }
    }
}
