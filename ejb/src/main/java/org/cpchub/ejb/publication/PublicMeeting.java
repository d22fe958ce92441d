package org.cpchub.ejb.publication;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A public meeting with its agenda, documents and (once drafted) minutes, built in a fixed number of queries. fingerprint is a hash of all of it, for validators. */
public record PublicMeeting(
        PublicMeetingSummary summary,
        Instant agendaPublishedAt,
        String recordingUrl,
        List<PublicItem> items,
        PublicMinutes minutes,
        List<PublicAction> openActions,
        String fingerprint) implements Serializable {
    public PublicMeeting {
        items = List.copyOf(items);
        openActions = List.copyOf(openActions);
    }

    // Bean-style getters: Jakarta EL 5 does not resolve record components.

    public PublicMeetingSummary getSummary() {
        return summary;
    }

    public Instant getAgendaPublishedAt() {
        return agendaPublishedAt;
    }

    public String getRecordingUrl() {
        return recordingUrl;
    }

    public List<PublicItem> getItems() {
        return items;
    }

    public PublicMinutes getMinutes() {
        return minutes;
    }

    public List<PublicAction> getOpenActions() {
        return openActions;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    /** The latest change the database records: the meeting's own, its agenda, documents and draft minutes. */
    public Instant getLastModified() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(summary.updated(), agendaPublishedAt,
                        minutes == null ? null : minutes.publishedAt()),
                        items.stream().flatMap(i -> i.documents().stream()).map(PublicDocument::uploadedAt))
                .filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder()).orElse(null);
    }
}
