package org.cpchub.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpchub.it.support.StaffSession;
import org.junit.jupiter.api.Test;

/** Sign-in and sign-out as a browser does them, and what the server never shows. */
class SignInIT {

    private static String message(HttpResponse<String> r) {
        Matcher m = Pattern.compile("notice-error\" role=\"alert\">([^<]+)<").matcher(r.body());
        return m.find() ? m.group(1) : "";
    }

    @Test
    void signingInGoesBackToThePageAskedForWithANewSessionId() {
        StaffSession s = StaffSession.anonymous();
        HttpResponse<String> asked = s.get("/staff/directory/people.xhtml");
        assertEquals(302, asked.statusCode());
        assertTrue(asked.headers().firstValue("Location").orElse("").endsWith(
                "/login.xhtml?next=%2Fstaff%2Fdirectory%2Fpeople.xhtml"), "to sign in, remembering the page");
        s.get("/staff/index.xhtml?x=1"); // any page that uses a session before sign-in
        s.get("/login.xhtml");
        String before = s.sessionId().orElse("none");
        HttpResponse<String> signedIn = s.signIn("officer", StaffSession.DEMO_PASSWORD, "/staff/directory/people.xhtml");
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/staff/directory/people.xhtml"),
                "back to the page first asked for");
        String after = s.sessionId().orElseThrow();
        assertNotEquals(before, after, "the session id must change at sign-in (session fixation)");
        assertEquals(200, s.get("/staff/directory/people.xhtml").statusCode());
    }

    @Test
    void theNextPageMustBeOnThisSite() {
        HttpResponse<String> r = StaffSession.anonymous().signIn("member", StaffSession.DEMO_PASSWORD,
                "//evil.example.com/phish");
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/staff/index.xhtml"),
                "an address elsewhere is replaced by the staff home page");
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameMessage() {
        HttpResponse<String> unknown = StaffSession.anonymous().signIn("no-such-user", "whatever-password-1");
        HttpResponse<String> wrong = StaffSession.anonymous().signIn("analyst", "not the right password");
        assertEquals(200, unknown.statusCode());
        assertEquals(200, wrong.statusCode());
        assertTrue(message(unknown).startsWith("Sign-in failed"), message(unknown));
        assertEquals(message(unknown), message(wrong));
        // a correct sign-in afterwards resets the count for analyst
        assertEquals(302, StaffSession.anonymous().signIn("analyst", StaffSession.DEMO_PASSWORD).statusCode());
    }

    @Test
    void signingOutEndsTheSession() {
        StaffSession s = StaffSession.signedInAs("MEMBER");
        assertEquals(200, s.get("/staff/index.xhtml").statusCode());
        HttpResponse<String> out = s.post("/sign-out", Map.of());
        assertEquals(302, out.statusCode());
        assertEquals(302, s.get("/staff/index.xhtml").statusCode(), "signed out: back to sign in");
    }

    @Test
    void errorsShowTheHouseStylePageNeverAStackTrace() {
        HttpResponse<String> missing = StaffSession.anonymous().get("/no/such/page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"));
        HttpResponse<String> badId = StaffSession.signedInAs("CLERK").get("/staff/directory/committee.xhtml?id=abc");
        assertEquals(404, badId.statusCode(), "an id that is not a number is a page that does not exist");
        assertTrue(badId.body().contains("Page not found"));
        assertFalse(badId.body().contains("at org.") || badId.body().contains("Caused by"), "no stack trace");
        HttpResponse<String> gone = StaffSession.signedInAs("CLERK").get("/staff/directory/committee.xhtml?id=999999");
        assertEquals(404, gone.statusCode());
        assertTrue(gone.body().contains("Page not found"));
    }

    @Test
    void theHealthEndpointReportsTheDatabase() {
        HttpResponse<String> r = StaffSession.anonymous().get("/api/health");
        assertEquals(200, r.statusCode());
        assertEquals("{\"status\":\"UP\"}", r.body());
    }

    @Test
    void unknownApiPathsAnswerWithAProblemDocument() {
        HttpResponse<String> r = StaffSession.anonymous().get("/api/nothing-here");
        assertEquals(404, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body().contains("\"status\":404"), r.body());
    }
}
