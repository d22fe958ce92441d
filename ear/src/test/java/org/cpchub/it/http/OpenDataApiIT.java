package org.cpchub.it.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cpchub.it.support.StaffSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The open-data API as a developer or an archive meets it: OParl 1.1 objects and lists, problem documents, ETags,
 * the OpenAPI description, and the export of a committee's record - never anything exempt or unpublished (the
 * demo data's July 2024 meeting has an exempt item 8 and an exempt appendix; January 2025 is unpublished).
 */
class OpenDataApiIT {
    private static final String API = "/api/oparl/v1/";
    private static final List<String> SECRETS = List.of("Wrenfield", "Larkspur");
    private static final StaffSession PUBLIC = StaffSession.anonymous();
    private static String committeeId;
    private static String julyId;
    private static String unpublishedId;
    private static final List<String> EXEMPT_DOCUMENTS = new ArrayList<>();

    @BeforeAll
    static void findTheDemoRecords() {
        StaffSession clerk = StaffSession.signedInAs("CLERK");
        committeeId = group(PUBLIC.get("/committees.xhtml").body(),
                "committee.xhtml\\?id=(\\d+)\">Corporate Parenting Committee<");
        String meetings = clerk.get("/staff/meetings/meetings.xhtml?when=all").body();
        julyId = group(meetings, "meeting.xhtml\\?id=(\\d+)\">31 July 2024<");
        unpublishedId = group(meetings, "meeting.xhtml\\?id=(\\d+)\">21 January 2025<");
        Matcher m = Pattern.compile("download\\?id=(\\d+)\">[^<]*</a> - not for publication")
                .matcher(clerk.get("/staff/meetings/agenda.xhtml?id=" + julyId).body());
        while (m.find()) {
            EXEMPT_DOCUMENTS.add(m.group(1));
        }
        assertEquals(2, EXEMPT_DOCUMENTS.size());
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "nothing matches " + regex);
        return m.group(1);
    }

    private static JsonObject json(String path) {
        HttpResponse<String> r = PUBLIC.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
        assertFalse(r.headers().firstValue("Set-Cookie").isPresent(), "no session for " + path);
        SECRETS.forEach(secret -> assertFalse(r.body().contains(secret), secret + " in " + path));
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    @Test
    void fromTheSystemObjectToACommitteeAndItsMembers() {
        JsonObject system = json(API + "system");
        assertEquals("https://schema.oparl.org/1.1/System", system.getString("type"));
        assertEquals("https://schema.oparl.org/1.1/", system.getString("oparlVersion"));
        JsonObject bodies = json(path(system.getString("body")));
        JsonObject body = bodies.getJsonArray("data").getJsonObject(0);
        assertEquals("https://schema.oparl.org/1.1/Body", body.getString("type"));
        JsonArray organizations = json(path(body.getString("organization"))).getJsonArray("data");
        JsonObject cpc = organizations.getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("Corporate Parenting Committee")).findFirst().orElseThrow();
        assertTrue(cpc.getString("id").endsWith(API + "organizations/" + committeeId));
        assertTrue(organizations.getValuesAs(JsonObject.class).stream()
                .noneMatch(o -> o.getString("name").contains("Panel")), "panels do not meet in public");
        JsonObject chair = cpc.getJsonArray("membership").getValuesAs(JsonObject.class).stream()
                .filter(ms -> ms.getString("role").equals("Chair")).findFirst().orElseThrow();
        JsonObject person = json(path(chair.getString("person")));
        assertEquals("https://schema.oparl.org/1.1/Person", person.getString("type"));
        assertFalse(person.toString().contains("@"), "no e-mail addresses");
        JsonArray people = json(API + "persons?limit=100").getJsonArray("data");
        assertTrue(people.size() >= 5);
    }

    @Test
    void meetingListsArePagedWithOParlPaginationAndLinks() {
        JsonObject first = json(API + "organizations/" + committeeId + "/meetings?limit=3");
        JsonObject pagination = first.getJsonObject("pagination");
        assertEquals(3, pagination.getInt("elementsPerPage"));
        assertEquals(1, pagination.getInt("currentPage"));
        int total = pagination.getInt("totalElements");
        assertTrue(total >= 8, "the committee's published meetings: " + total);
        assertEquals((total + 2) / 3, pagination.getInt("totalPages"));
        assertEquals(3, first.getJsonArray("data").size());
        JsonObject second = json(path(first.getJsonObject("links").getString("next")));
        assertEquals(2, second.getJsonObject("pagination").getInt("currentPage"));
        assertTrue(second.getJsonObject("links").containsKey("prev"));
        List<String> ids = new ArrayList<>();
        for (JsonObject page : List.of(first, second)) {
            page.getJsonArray("data").getValuesAs(JsonObject.class).forEach(m -> ids.add(m.getString("id")));
        }
        assertEquals(6, ids.stream().distinct().count(), "pages do not overlap");
        assertFalse(ids.contains(API + "meetings/" + unpublishedId));
        JsonObject all = json(API + "meetings?limit=100");
        assertTrue(all.getJsonArray("data").getValuesAs(JsonObject.class).stream()
                .noneMatch(m -> m.getString("id").endsWith("/meetings/" + unpublishedId)));
    }

    @Test
    void aMeetingHasItsAgendaDocumentsAndMinutesButNothingExempt() throws Exception {
        JsonObject july = json(API + "meetings/" + julyId);
        assertEquals("https://schema.oparl.org/1.1/Meeting", july.getString("type"));
        assertEquals("Corporate Parenting Committee, 31 July 2024", july.getString("name"));
        assertTrue(july.getString("start").startsWith("2024-07-31T19:00+01:00"));
        assertFalse(july.getBoolean("cancelled"));
        assertTrue(july.getJsonObject("resultsProtocol").getString("accessUrl").endsWith("/minutes.pdf"));
        List<JsonObject> items = july.getJsonArray("agendaItem").getValuesAs(JsonObject.class);
        assertEquals(8, items.size());
        JsonObject exempt = items.get(7);
        assertEquals("8", exempt.getString("number"));
        assertFalse(exempt.getBoolean("public"));
        assertTrue(exempt.getString("result").contains("paragraphs 1 and 3"));
        assertTrue(exempt.getJsonArray("auxiliaryFile").isEmpty());
        assertFalse(exempt.containsKey("resolutionText"));
        JsonObject performance = items.get(4);
        assertTrue(performance.getBoolean("public"));
        assertTrue(performance.getString("resolutionText").contains("scrutinised the performance data"));
        assertEquals(1, performance.getJsonArray("auxiliaryFile").size(), "the exempt appendix is left out");
        JsonObject file = json(path(performance.getJsonArray("auxiliaryFile").getJsonObject(0).getString("id")));
        assertEquals("application/pdf", file.getString("mimeType"));
        HttpResponse<byte[]> pdf = PUBLIC.bytes(path(file.getString("downloadUrl")), Map.of());
        assertEquals(200, pdf.statusCode());
        assertEquals(file.getString("sha256Checksum"), sha256(pdf.body()));
        assertEquals(file.getJsonNumber("size").longValue(), pdf.body().length);
        JsonObject item = json(path(exempt.getString("id")));
        assertEquals(exempt.getString("name"), item.getString("name"));
    }

    @Test
    void whatIsNotPublicIsA404ProblemAndBadPagingA400() {
        List<String> hidden = new ArrayList<>(List.of(API + "meetings/" + unpublishedId, API + "meetings/99999999",
                API + "meetings/abc", API + "organizations/99999999", API + "persons/99999999",
                API + "agendaitems/99999999", API + "nothing-here"));
        EXEMPT_DOCUMENTS.forEach(id -> hidden.add(API + "files/" + id));
        for (String path : hidden) {
            problem(path, 404);
        }
        for (String path : List.of(API + "meetings?limit=0", API + "meetings?limit=101", API + "meetings?page=0",
                API + "meetings?page=x", API + "meetings?page=9999")) {
            JsonObject problem = problem(path, 400);
            assertTrue(problem.containsKey("detail"), path);
        }
    }

    private static JsonObject problem(String path, int status) {
        HttpResponse<String> r = PUBLIC.get(path);
        assertEquals(status, r.statusCode(), path);
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0],
                path);
        JsonObject problem = Json.createReader(new StringReader(r.body())).readObject();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("title") && problem.containsKey("type"));
        if (!path.endsWith("nothing-here")) {
            assertEquals(URI.create(path).getRawPath(), problem.getString("instance"));
        }
        return problem;
    }

    @Test
    void answersCarryETagsAndConditionalRequestsGet304() {
        for (String path : List.of(API + "meetings/" + julyId, API + "meetings?limit=5", API + "system")) {
            HttpResponse<String> first = PUBLIC.get(path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, PUBLIC.get(path, Map.of("If-None-Match", etag)).statusCode(), path);
            assertEquals(200, PUBLIC.get(path, Map.of("If-None-Match", "\"other\"")).statusCode(), path);
        }
    }

    @Test
    void theOpenApiDescriptionIsServedAndNamesEveryEndpoint() {
        JsonObject openapi = json("/api/openapi.json");
        assertEquals("3.1.0", openapi.getString("openapi"));
        for (String path : List.of("/api/oparl/v1/meetings/{id}", "/api/oparl/v1/organizations/{id}/export",
                "/api/oparl/v1/persons", "/api/oparl/v1/files/{id}")) {
            assertTrue(openapi.getJsonObject("paths").containsKey(path), path);
        }
    }

    @Test
    void theExportHoldsTheCommitteesPublishedRecordWithChecksums() throws IOException {
        HttpResponse<byte[]> r = PUBLIC.bytes(API + "organizations/" + committeeId + "/export", Map.of());
        assertEquals(200, r.statusCode());
        assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertTrue(entries.keySet().containsAll(List.of("record.json", "README.txt", "SHA256SUMS")), entries.keySet()
                .toString());
        String sums = new String(entries.get("SHA256SUMS"), StandardCharsets.UTF_8);
        int checked = 0;
        for (String line : sums.split("\n")) {
            String[] parts = line.split("  ", 2);
            assertEquals(parts[0], sha256(entries.get(parts[1])), parts[1]);
            checked++;
        }
        assertEquals(entries.size() - 1, checked, "every file but SHA256SUMS has its checksum");
        for (String id : EXEMPT_DOCUMENTS) {
            assertTrue(entries.keySet().stream().noneMatch(n -> n.startsWith("files/" + id + "-")), "exempt " + id);
        }
        assertTrue(entries.keySet().stream().anyMatch(n -> n.endsWith("fostering-service-update.pdf")));
        assertTrue(entries.keySet().stream().anyMatch(n -> n.endsWith("2024-07-31-minutes.pdf")));
        String record = new String(entries.get("record.json"), StandardCharsets.UTF_8);
        SECRETS.forEach(secret -> assertFalse(record.contains(secret), secret));
        JsonObject json = Json.createReader(new StringReader(record)).readObject();
        assertEquals("Corporate Parenting Committee", json.getJsonObject("organization").getString("name"));
        List<String> dates = json.getJsonArray("meetings").getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("start").substring(0, 10)).toList();
        assertTrue(dates.contains("2024-07-31") && !dates.contains("2025-01-21"), dates.toString());
        assertTrue(json.getJsonArray("meetings").getValuesAs(JsonObject.class).stream()
                .flatMap(m -> m.getJsonArray("agendaItem").getValuesAs(JsonObject.class).stream())
                .filter(i -> !i.getBoolean("public")).allMatch(i -> i.getJsonArray("auxiliaryFile").isEmpty()));
        assertTrue(JsonValue.ValueType.OBJECT == json.getJsonObject("organization").getValueType());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
