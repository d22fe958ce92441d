package org.cpchub.domain.search;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One searchable thing the public may read: an agenda item (title, purpose, and once published its minutes and
 * resolutions) or a published document (its title and extracted text). Written only by the indexer from the
 * public view of a meeting, so nothing exempt or unpublished can ever be found.
 */
@Entity
@Table(name = "search_entry")
public class SearchEntry implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private SearchKind kind;

    @Column(name = "meeting_id", nullable = false)
    private long meetingId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "committee_name", nullable = false, length = 200)
    private String committeeName;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "title", nullable = false, length = 600)
    private String title;

    @Column(name = "url", nullable = false, length = 400)
    private String url;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "body")
    private String body;

    protected SearchEntry() {
        // for JPA
    }

    public SearchEntry(SearchKind kind, long meetingId, long itemId, Long documentId, long committeeId,
                       String committeeName, LocalDate meetingDate, String title, String url, String body) {
        this.kind = kind;
        this.meetingId = meetingId;
        this.itemId = itemId;
        this.documentId = documentId;
        this.committeeId = committeeId;
        this.committeeName = cut(committeeName, 200);
        this.meetingDate = meetingDate;
        this.title = cut(title, 600);
        this.url = url;
        this.body = body;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public SearchKind getKind() {
        return kind;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getItemId() {
        return itemId;
    }

    public Long getDocumentId() {
        return documentId;
    }

    public long getCommitteeId() {
        return committeeId;
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public String getBody() {
        return body;
    }
}
