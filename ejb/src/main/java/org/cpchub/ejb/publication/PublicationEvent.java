package org.cpchub.ejb.publication;

import java.io.Serializable;
import java.time.Instant;

/** Something published, for the Atom feed: key is stable (the entry's id), at is when it was published. */
public record PublicationEvent(
        String key,
        Kind kind,
        String title,
        String summary,
        Instant at,
        long meetingId,
        Long itemId,
        Long documentId) implements Serializable {
    // Bean-style getters: Jakarta EL 5 does not resolve record components.

    public String getKey() {
        return key;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getAt() {
        return at;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    /** What was published. */
    public enum Kind {
        AGENDA, SUPPLEMENTARY_AGENDA, DOCUMENT, DRAFT_MINUTES, CONFIRMED_MINUTES
    }
}
