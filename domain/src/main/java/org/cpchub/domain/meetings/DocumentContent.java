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

    /** The document's words (PDF, Word, Excel), extracted at upload for the search; empty when none could be. */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "extracted_text")
    private String extractedText;

    protected DocumentContent() {
        // for JPA
    }

    public DocumentContent(Long documentId, byte[] data) {
        this(documentId, data, null);
    }

    public DocumentContent(Long documentId, byte[] data, String extractedText) {
        this.documentId = documentId;
        this.data = data.clone();
        this.extractedText = extractedText;
    }

    public String getExtractedText() {
        return extractedText;
    }

    /** For documents uploaded before text was extracted at upload: filled in once, when first indexed. */
    public void setExtractedText(String extractedText) {
        this.extractedText = extractedText;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public byte[] getData() {
        return data.clone();
    }
}
