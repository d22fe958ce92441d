package org.cpchub.web.api.oparl;

import jakarta.ejb.EJB;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.ejb.publication.PublicCommittee;
import org.cpchub.ejb.publication.PublicItemDetail;
import org.cpchub.ejb.publication.PublicMeetingSummary;
import org.cpchub.ejb.publication.PublicMembership;
import org.cpchub.ejb.publication.PublishedRecords;
import org.cpchub.web.api.JsonBuilders;

/**
 * The OParl 1.1 endpoints. Lists are paged in the database ({@code page} from 1, {@code limit} up to 100) with
 * OParl's {@code pagination} and {@code links}; every answer carries a strong ETag and answers
 * {@code If-None-Match} with 304. Unknown or non-public objects are 404 problem documents, bad paging 400.
 */
@Path("oparl/v1")
@Produces(MediaType.APPLICATION_JSON)
public class OParlResource {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    @EJB
    PublishedRecords published;

    @Context
    UriInfo uri;

    @Context
    Request request;

    private OParl oparl() {
        String api = uri.getBaseUriBuilder().path("oparl/v1/").build().toString();
        String base = uri.getBaseUri().toString();
        String site = base.substring(0, base.length() - "api/".length());
        return new OParl(api.endsWith("/") ? api : api + "/", site);
    }

    @GET
    @Path("system")
    public Response system() {
        return ok(oparl().system());
    }

    @GET
    @Path("bodies")
    public Response bodies() {
        return ok(list(List.of(oparl().body()), 1, 1, 1, "bodies"));
    }

    @GET
    @Path("body")
    public Response body() {
        return ok(oparl().body());
    }

    @GET
    @Path("organizations")
    public Response organizations(@QueryParam("page") String page, @QueryParam("limit") String limit) {
        OParl o = oparl();
        List<PublicCommittee> committees = published.committees().stream().filter(PublicCommittee::meetsInPublic)
                .toList();
        Map<Long, List<PublicMembership>> seats = published.memberships().stream()
                .collect(Collectors.groupingBy(PublicMembership::committeeId));
        return ok(pageOf(committees, page, limit, c -> o.organization(c, seats.getOrDefault(c.id(), List.of()))
                .build(), "organizations"));
    }

    @GET
    @Path("organizations/{id}")
    public Response organization(@PathParam("id") String id) {
        PublicCommittee c = committee(id);
        return ok(oparl().organization(c, published.memberships().stream().filter(m -> m.committeeId() == c.id())
                .toList()).build());
    }

    @GET
    @Path("organizations/{id}/meetings")
    public Response organizationMeetings(@PathParam("id") String id, @QueryParam("page") String page,
                                         @QueryParam("limit") String limit) {
        PublicCommittee c = committee(id);
        return meetingList(c.id(), page, limit, "organizations/" + c.id() + "/meetings");
    }

    /** The committee's whole published record as a ZIP (see {@link RecordExport}). */
    @GET
    @Path("organizations/{id}/export")
    @Produces("application/zip")
    public Response export(@PathParam("id") String id) {
        PublicCommittee c = committee(id);
        List<PublicMembership> members = published.memberships().stream().filter(m -> m.committeeId() == c.id())
                .toList();
        RecordExport export = new RecordExport(published, oparl());
        StreamingOutput body = out -> export.write(c, members, out);
        String name = c.name().replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT) + "-record.zip";
        return Response.ok(body, "application/zip").header("Content-Disposition", "attachment; filename=\"" + name
                + "\"").build();
    }

    @GET
    @Path("persons")
    public Response persons(@QueryParam("page") String page, @QueryParam("limit") String limit) {
        OParl o = oparl();
        Map<Long, List<PublicMembership>> people = byPerson();
        return ok(pageOf(List.copyOf(people.entrySet()), page, limit, e -> o.person(e.getKey(), e.getValue()).build(),
                "persons"));
    }

    @GET
    @Path("persons/{id}")
    public Response person(@PathParam("id") String id) {
        long personId = id(id, "Person");
        List<PublicMembership> seats = byPerson().get(personId);
        if (seats == null) {
            throw new NotFoundException("Person", personId);
        }
        return ok(oparl().person(personId, seats).build());
    }

    @GET
    @Path("meetings")
    public Response meetings(@QueryParam("page") String page, @QueryParam("limit") String limit) {
        return meetingList(null, page, limit, "meetings");
    }

    @GET
    @Path("meetings/{id}")
    public Response meeting(@PathParam("id") String id) {
        return ok(oparl().meeting(published.meeting(id(id, "Meeting"))).build());
    }

    @GET
    @Path("agendaitems/{id}")
    public Response agendaItem(@PathParam("id") String id) {
        PublicItemDetail detail = published.item(id(id, "Agenda item"));
        return ok(oparl().agendaItem(detail.item()).build());
    }

    @GET
    @Path("files/{id}")
    public Response file(@PathParam("id") String id) {
        return ok(oparl().file(published.documentInfo(id(id, "File"))).build());
    }

    private Map<Long, List<PublicMembership>> byPerson() {
        return published.memberships().stream().collect(Collectors.groupingBy(PublicMembership::personId,
                LinkedHashMap::new, Collectors.toList()));
    }

    private PublicCommittee committee(String id) {
        PublicCommittee c = published.committee(id(id, "Organization"));
        if (!c.meetsInPublic()) {
            throw new NotFoundException("Organization", c.id());
        }
        return c;
    }

    private Response meetingList(Long committeeId, String page, String limit, String path) {
        int size = limit(limit);
        int number = page(page);
        Page<PublicMeetingSummary> meetings = published.meetings(committeeId, null, null,
                new PageRequest((number - 1) * size, size, "date", false));
        OParl o = oparl();
        List<JsonObject> data = meetings.items().stream().map(m -> o.meetingSummary(m).build()).toList();
        return ok(list(data, number, size, meetings.total(), path));
    }

    private <T> JsonObject pageOf(List<T> all, String page, String limit, Function<T, JsonObject> map, String path) {
        int size = limit(limit);
        int number = page(page);
        List<JsonObject> data = all.stream().skip((long) (number - 1) * size).limit(size).map(map).toList();
        return list(data, number, size, all.size(), path);
    }

    /** An OParl list: data, pagination and the links to the first, previous, next and last pages. */
    private JsonObject list(List<JsonObject> data, int page, int size, long total, String path) {
        long pages = Math.max(1, (total + size - 1) / size);
        if (page > pages) {
            throw InvalidInputException.of("page", "There are only " + pages + " pages of " + size + ".");
        }
        JsonArrayBuilder items = JsonBuilders.array();
        data.forEach(items::add);
        String self = oparl().api(path) + "?limit=" + size + "&page=";
        JsonObjectBuilder links = JsonBuilders.object().add("first", self + 1).add("self", self + page)
                .add("last", self + pages);
        if (page > 1) {
            links.add("prev", self + (page - 1));
        }
        if (page < pages) {
            links.add("next", self + (page + 1));
        }
        return JsonBuilders.object().add("data", items)
                .add("pagination", JsonBuilders.object().add("totalElements", total).add("elementsPerPage", size)
                        .add("currentPage", page).add("totalPages", pages))
                .add("links", links).build();
    }

    static int page(String text) {
        return bounded(text, "page", 1, 1, Integer.MAX_VALUE / MAX_LIMIT, "a whole number from 1");
    }

    static int limit(String text) {
        return bounded(text, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT, "a whole number from 1 to " + MAX_LIMIT);
    }

    private static int bounded(String text, String name, int otherwise, int min, int max, String expected) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw InvalidInputException.of(name, "'" + name + "' must be " + expected + ".");
    }

    private static long id(String text, String what) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException(what, text);
        }
    }

    /** 200 with a strong ETag of the body, or 304 when the client has it already. */
    private Response ok(JsonObject body) {
        String json = body.toString();
        EntityTag tag = new EntityTag(digest(json));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(tag).cacheControl(cache)
                .build();
    }

    static String digest(String text) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
