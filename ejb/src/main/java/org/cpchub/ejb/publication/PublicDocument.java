package org.cpchub.ejb.publication;

import java.io.Serializable;
import java.time.Instant;

/** A public report or appendix: what a download link shows, and the checksum the file is served with. */
public record PublicDocument(
        long id,
        long itemId,
        long meetingId,
        String title,
        String fileName,
        String type,
        String mediaType,
        long size,
        String sizeText,
        String sha256,
        String backgroundPapers,
        Instant uploadedAt) implements Serializable {
    // Bean-style getters: Jakarta EL 5 does not resolve record components.

    public long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public String getType() {
        return type;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSizeText() {
        return sizeText;
    }

    public String getSha256() {
        return sha256;
    }

    public String getBackgroundPapers() {
        return backgroundPapers;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
