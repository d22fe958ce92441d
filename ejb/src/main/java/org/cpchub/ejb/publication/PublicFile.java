package org.cpchub.ejb.publication;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A public file to send: its name, media type, bytes, an entity tag that changes whenever the bytes would
 * (a document's SHA-256; for a generated PDF, the fingerprint of what it is made from) and when it last
 * changed. The bytes are not copied: callers only send them.
 */
public final class PublicFile implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String fileName;
    private final String mediaType;
    private final byte[] content;
    private final String etag;
    private final boolean strong;
    private final Instant lastModified;

    public PublicFile(String fileName, String mediaType, byte[] content, String etag, boolean strong,
                      Instant lastModified) {
        this.fileName = Objects.requireNonNull(fileName);
        this.mediaType = Objects.requireNonNull(mediaType);
        this.content = Objects.requireNonNull(content);
        this.etag = Objects.requireNonNull(etag);
        this.strong = strong;
        this.lastModified = lastModified;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    @SuppressWarnings("java:S2384") // sent as is; a copy of a 20 MB report per download would be waste
    public byte[] content() {
        return content;
    }

    /** The opaque tag, without quotes. */
    public String etag() {
        return etag;
    }

    /** Strong for a stored file (byte for byte), weak for a generated PDF (same content, not the same bytes). */
    public boolean strong() {
        return strong;
    }

    public Instant lastModified() {
        return lastModified;
    }
}
