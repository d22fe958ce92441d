package org.cpchub.domain.meetings;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The bytes of an agenda document, exactly as uploaded; loaded only to download or publish the file. */
@Entity
@Table(name = "document_content")
public class DocumentContent implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "data", nullable = false)
    private byte[] data;

    protected DocumentContent() {
        // for JPA
    }

    public DocumentContent(Long documentId, byte[] data) {
        this.documentId = documentId;
        this.data = data.clone();
    }

    public Long getDocumentId() {
        return documentId;
    }

    public byte[] getData() {
        return data.clone();
    }
}
