package org.cpchub.web.api.oparl;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.ejb.publication.PublicCommittee;
import org.cpchub.ejb.publication.PublicDocument;
import org.cpchub.ejb.publication.PublicFile;
import org.cpchub.ejb.publication.PublicItem;
import org.cpchub.ejb.publication.PublicMeeting;
import org.cpchub.ejb.publication.PublicMeetingSummary;
import org.cpchub.ejb.publication.PublicMembership;
import org.cpchub.ejb.publication.PublishedRecords;
import org.cpchub.web.api.JsonBuilders;

/**
 * A committee's whole published record as one ZIP, for archives and successor authorities: {@code record.json}
 * (the committee, its public members and every published meeting with its agenda items, resolutions and
 * documents, as OParl objects), {@code files/} (every public document exactly as published, and each meeting's
 * minutes PDF), {@code SHA256SUMS} (in the format of {@code sha256sum -c}) and {@code README.txt}. Written
 * meeting by meeting into the response stream; nothing exempt is included because nothing exempt is served.
 */
final class RecordExport {
    private static final int PAGE = 100;

    private final PublishedRecords published;
    private final OParl oparl;

    RecordExport(PublishedRecords published, OParl oparl) {
        this.published = published;
        this.oparl = oparl;
    }

    void write(PublicCommittee committee, List<PublicMembership> members, OutputStream out) throws IOException {
        Map<String, String> sums = new LinkedHashMap<>();
        List<String> minutesFiles = new ArrayList<>();
        JsonArrayBuilder meetings = JsonBuilders.array();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int offset = 0; ; offset += PAGE) {
                List<PublicMeetingSummary> page = published.meetings(committee.id(), null, null,
                        new PageRequest(offset, PAGE, "date", true)).items();
                for (PublicMeetingSummary summary : page) {
                    PublicMeeting meeting = published.meeting(summary.id());
                    meetings.add(oparl.meeting(meeting));
                    for (PublicItem item : meeting.items()) {
                        for (PublicDocument d : item.documents()) {
                            PublicFile file = published.document(d.id());
                            put(zip, sums, "files/" + d.id() + "-" + d.fileName(), file.content());
                        }
                    }
                    if (meeting.minutes() != null) {
                        try {
                            String name = "files/meeting-" + summary.id() + "-" + summary.date() + "-minutes.pdf";
                            put(zip, sums, name, published.minutesPdf(summary.id()).content());
                            minutesFiles.add(name);
                        } catch (NotFoundException noMinutesYet) {
                            // drafted minutes with nothing to print: the record.json still has the meeting
                        }
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            JsonArrayBuilder memberships = JsonBuilders.array();
            members.forEach(m -> memberships.add(oparl.membership(m, true)));
            JsonObject record = JsonBuilders.object()
                    .add("exported", Instant.now().toString())
                    .add("oparlVersion", OParl.VERSION)
                    .add("organization", oparl.organization(committee, members))
                    .add("meetings", meetings)
                    .build();
            put(zip, sums, "record.json", pretty(record).getBytes(StandardCharsets.UTF_8));
            put(zip, sums, "README.txt", readme(committee, minutesFiles.size()).getBytes(StandardCharsets.UTF_8));
            StringBuilder lines = new StringBuilder();
            sums.forEach((name, sum) -> lines.append(sum).append("  ").append(name).append('\n'));
            zip.putNextEntry(new ZipEntry("SHA256SUMS"));
            zip.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void put(ZipOutputStream zip, Map<String, String> sums, String name, byte[] content)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
        sums.put(name, sha256(content));
    }

    private static String pretty(JsonObject json) {
        JsonWriterFactory factory = JsonBuilders.provider().createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        StringWriter text = new StringWriter();
        try (JsonWriter writer = factory.createWriter(text)) {
            writer.writeObject(json);
        }
        return text.toString();
    }

    private static String readme(PublicCommittee committee, int minutes) {
        return "The published record of the " + committee.name() + "\n\n"
                + "Exported " + Instant.now() + " from the council's committee system (Corporate Parenting Hub).\n"
                + "Only what the public may see is included: agendas, public reports and minutes. Items exempt\n"
                + "under Schedule 12A to the Local Government Act 1972 appear by title and exemption only.\n\n"
                + "record.json   the committee, its current public members and every published meeting with its\n"
                + "              agenda items, resolutions and documents, as OParl 1.1 objects\n"
                + "              (https://schema.oparl.org/1.1/); the ids are this system's API addresses.\n"
                + "files/        each public document as published, named <document id>-<file name>, and the\n"
                + "              minutes of " + minutes + " meetings as PDF\n"
                + "SHA256SUMS    the SHA-256 of every other file; check with: sha256sum -c SHA256SUMS\n";
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
