package org.cpchub.web.api.oparl;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import org.cpchub.ejb.publication.PublicCommittee;
import org.cpchub.ejb.publication.PublicDocument;
import org.cpchub.ejb.publication.PublicItem;
import org.cpchub.ejb.publication.PublicMeeting;
import org.cpchub.ejb.publication.PublicMeetingSummary;
import org.cpchub.ejb.publication.PublicMembership;
import org.cpchub.ejb.publication.PublicResolution;
import org.cpchub.ejb.publication.PublicStatus;
import org.cpchub.web.api.JsonBuilders;

/**
 * The public record as OParl 1.1 objects. {@code api} is the API's base address (…/api/oparl/v1/), {@code site}
 * the public site's (…/): every object's {@code id} is its own URL in the API, {@code web} its public page.
 */
final class OParl {
    static final String VERSION = "https://schema.oparl.org/1.1/";
    static final String BODY_ID = "body";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final String api;
    private final String site;

    OParl(String api, String site) {
        this.api = api;
        this.site = site;
    }

    String api(String path) {
        return api + path;
    }

    private static String type(String name) {
        return VERSION + name;
    }

    JsonObject system() {
        return JsonBuilders.object()
                .add("id", api("system"))
                .add("type", type("System"))
                .add("oparlVersion", VERSION)
                .add("body", api("bodies"))
                .add("name", "Corporate Parenting Hub - published committee record")
                .add("website", site)
                .add("web", site)
                .build();
    }

    JsonObject body() {
        return JsonBuilders.object()
                .add("id", api(BODY_ID))
                .add("type", type("Body"))
                .add("system", api("system"))
                .add("name", "The council")
                .add("website", site)
                .add("organization", api("organizations"))
                .add("person", api("persons"))
                .add("meeting", api("meetings"))
                .add("web", site)
                .build();
    }

    JsonObjectBuilder organization(PublicCommittee c, Collection<PublicMembership> members) {
        JsonArrayBuilder memberships = JsonBuilders.array();
        members.forEach(m -> memberships.add(membership(m, true)));
        JsonObjectBuilder o = JsonBuilders.object()
                .add("id", api("organizations/" + c.id()))
                .add("type", type("Organization"))
                .add("body", api(BODY_ID))
                .add("name", c.name())
                .add("organizationType", "committee")
                .add("classification", c.kind())
                .add("membership", memberships)
                .add("meeting", api("organizations/" + c.id() + "/meetings"))
                .add("web", site + "committee.xhtml?id=" + c.id());
        return o;
    }

    JsonObjectBuilder membership(PublicMembership m, boolean withPerson) {
        JsonObjectBuilder b = JsonBuilders.object()
                .add("id", api("memberships/" + m.personId() + "-" + m.committeeId()))
                .add("type", type("Membership"))
                .add("organization", api("organizations/" + m.committeeId()))
                .add("role", m.role())
                .add("votingRight", m.votingRight());
        if (withPerson) {
            b.add("person", api("persons/" + m.personId()));
        }
        if (m.since() != null) {
            b.add("startDate", m.since().toString());
        }
        return b;
    }

    JsonObjectBuilder person(long id, List<PublicMembership> seats) {
        PublicMembership first = seats.get(0);
        JsonArrayBuilder memberships = JsonBuilders.array();
        seats.forEach(m -> memberships.add(membership(m, true)));
        JsonObjectBuilder p = JsonBuilders.object()
                .add("id", api("persons/" + id))
                .add("type", type("Person"))
                .add("body", api(BODY_ID))
                .add("name", first.personName())
                .add("membership", memberships);
        if (first.party() != null) {
            p.add("affix", first.party());
        }
        return p;
    }

    /** A meeting in a list: its own fields; its agenda items are in the meeting object at its id. */
    JsonObjectBuilder meetingSummary(PublicMeetingSummary m) {
        JsonObjectBuilder b = JsonBuilders.object()
                .add("id", api("meetings/" + m.id()))
                .add("type", type("Meeting"))
                .add("name", m.committeeName() + ", " + m.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                        java.util.Locale.UK)))
                .add("meetingState", m.status().getLabel())
                .add("cancelled", m.status() == PublicStatus.CANCELLED)
                .add("organization", JsonBuilders.array().add(api("organizations/" + m.committeeId())))
                .add("web", site + "meeting.xhtml?id=" + m.id());
        if (m.startTime() != null) {
            b.add("start", m.date().atTime(m.startTime()).atZone(UK).toOffsetDateTime().toString());
        } else {
            b.add("start", m.date().toString());
        }
        if (m.venue() != null) {
            b.add("location", JsonBuilders.object().add("type", type("Location")).add("description", m.venue()));
        }
        if (m.updated() != null) {
            b.add("modified", m.updated().toString());
        }
        return b;
    }

    JsonObjectBuilder meeting(PublicMeeting pm) {
        PublicMeetingSummary m = pm.summary();
        JsonObjectBuilder b = meetingSummary(m);
        if (pm.agendaPublishedAt() != null) {
            b.add("created", pm.agendaPublishedAt().toString());
        }
        Instant modified = pm.getLastModified();
        if (modified != null) {
            b.add("modified", modified.toString());
        }
        b.add("invitation", generated(m.id(), "agenda", "Agenda and public reports"));
        if (pm.minutes() != null) {
            b.add("resultsProtocol", generated(m.id(), "minutes", pm.minutes().draft()
                    ? "Minutes (draft - not yet confirmed)" : "Minutes"));
        }
        JsonArrayBuilder items = JsonBuilders.array();
        pm.items().forEach(i -> items.add(agendaItem(i)));
        b.add("agendaItem", items);
        return b;
    }

    /** The agenda pack and minutes are made on request from the record; their URL is their id. */
    private JsonObjectBuilder generated(long meetingId, String kind, String name) {
        String url = site + "meetings/" + meetingId + "/" + kind + ".pdf";
        return JsonBuilders.object()
                .add("id", url)
                .add("type", type("File"))
                .add("name", name)
                .add("fileName", kind + ".pdf")
                .add("mimeType", "application/pdf")
                .add("accessUrl", url)
                .add("downloadUrl", url)
                .add("meeting", JsonBuilders.array().add(api("meetings/" + meetingId)));
    }

    JsonObjectBuilder agendaItem(PublicItem i) {
        JsonObjectBuilder b = JsonBuilders.object()
                .add("id", api("agendaitems/" + i.id()))
                .add("type", type("AgendaItem"))
                .add("meeting", api("meetings/" + i.meetingId()))
                .add("number", String.valueOf(i.number()))
                .add("order", i.number())
                .add("name", i.title())
                .add("public", i.exemptNotice() == null)
                .add("web", site + "item.xhtml?id=" + i.id());
        if (i.exemptNotice() != null) {
            // OParl has no field for the reason; the public agenda's wording is kept as the result
            b.add("result", i.exemptNotice());
        }
        if (i.minutes() != null && !i.minutes().resolutions().isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (PublicResolution r : i.minutes().resolutions()) {
                text.append(text.isEmpty() ? "" : "\n").append(r.number()).append(' ').append(r.text());
            }
            b.add("resolutionText", text.toString());
        }
        JsonArrayBuilder files = JsonBuilders.array();
        i.documents().forEach(d -> files.add(file(d)));
        b.add("auxiliaryFile", files);
        return b;
    }

    JsonObjectBuilder file(PublicDocument d) {
        String url = site + "documents/" + d.id() + "/"
                + URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        JsonObjectBuilder b = JsonBuilders.object()
                .add("id", api("files/" + d.id()))
                .add("type", type("File"))
                .add("name", d.title())
                .add("fileName", d.fileName())
                .add("mimeType", d.mediaType())
                .add("size", d.size())
                .add("accessUrl", url)
                .add("downloadUrl", url)
                .add("sha256Checksum", d.sha256())
                .add("agendaItem", JsonBuilders.array().add(api("agendaitems/" + d.itemId())))
                .add("meeting", JsonBuilders.array().add(api("meetings/" + d.meetingId())));
        if (d.uploadedAt() != null) {
            b.add("date", LocalDate.ofInstant(d.uploadedAt(), UK).toString()).add("created", d.uploadedAt().toString());
        }
        return b;
    }
}
