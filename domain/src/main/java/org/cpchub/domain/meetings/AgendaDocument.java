package org.cpchub.domain.meetings;

import org.cpchub.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;

/**
 * A report or appendix of an agenda item: the original file (kept unaltered in {@link DocumentContent}),
 * its own exemption, and its list of background papers (s.100D; an empty list is recorded explicitly).
 */
@Entity
@Table(name = "agenda_document")
@NamedQuery(name = "AgendaDocument.findByMeeting", query = "SELECT d FROM AgendaDocument d JOIN FETCH d.item i"
        + " WHERE i.meeting.id = :meetingId ORDER BY i.number, d.id")
public class AgendaDocument extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int TITLE_MAX = 300;
    public static final int PAPERS_MAX = 4000;
    /** What is recorded when a report relies on no background papers. */
    public static final String NO_BACKGROUND_PAPERS = "None";


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private AgendaItem item;

    @NotBlank(message = "Enter the document's title")
    @Size(max = TITLE_MAX, message = "The title can be at most {max} characters")
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, length = 10)
    private DocumentType type;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Embedded
    private Exemption exemption = new Exemption();

    @NotBlank(message = "List the background papers, or say there are none")
    @Size(max = PAPERS_MAX)
    @Column(name = "background_papers", length = PAPERS_MAX)
    private String backgroundPapers;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    protected AgendaDocument() {
        // for JPA
    }

    public AgendaDocument(AgendaItem item, String title, String fileName, DocumentType type, long sizeBytes,
                          String sha256, Exemption exemption, String backgroundPapers, Instant uploadedAt,
                          String uploadedBy) {
        this.item = Objects.requireNonNull(item);
        this.title = title;
        this.fileName = Objects.requireNonNull(fileName);
        this.type = Objects.requireNonNull(type);
        this.sizeBytes = sizeBytes;
        this.sha256 = Objects.requireNonNull(sha256);
        this.exemption = exemption == null ? new Exemption() : exemption;
        this.backgroundPapers = backgroundPapers == null || backgroundPapers.isBlank() ? null : backgroundPapers.strip();
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
    }

    /** Exempt when the document or its item is. */
    public boolean isExempt() {
        return exemption != null && exemption.isExempt() || item.isExempt();
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getTitle() {
        return title;
    }

    public String getFileName() {
        return fileName;
    }

    public DocumentType getType() {
        return type;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    /** "1.2 MB", "340 KB" */
    public String getSizeText() {
        return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0)
                : Math.max(1, sizeBytes / 1024) + " KB";
    }

    public String getSha256() {
        return sha256;
    }

    public Exemption getExemption() {
        return exemption == null ? new Exemption() : exemption;
    }

    public String getBackgroundPapers() {
        return backgroundPapers;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
