package org.cpchub.domain.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A term of an entry and how often it occurs: the inverted index, an ordinary indexed table, so the search runs
 * the same on Derby and PostgreSQL and every server instance sees the same index at once.
 */
@Entity
@Table(name = "search_term")
@IdClass(SearchTerm.Key.class)
public class SearchTerm implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "term", nullable = false, length = SearchText.MAX_TERM)
    private String term;

    @Id
    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "hits", nullable = false)
    private int hits;

    /** The entry's committee and meeting date, copied so that a search filters and ranks on this table alone. */
    @Column(name = "committee_id")
    private Long committeeId;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    protected SearchTerm() {
        // for JPA
    }

    public SearchTerm(String term, SearchEntry entry, int hits) {
        this.term = term;
        this.entryId = entry.getId();
        this.hits = hits;
        this.committeeId = entry.getCommitteeId();
        this.meetingDate = entry.getMeetingDate();
    }

    public String getTerm() {
        return term;
    }

    public long getEntryId() {
        return entryId;
    }

    public int getHits() {
        return hits;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    /** The composite key: one row per term and entry. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String term;
        private long entryId;

        public Key() {
        }

        public Key(String term, long entryId) {
            this.term = term;
            this.entryId = entryId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.entryId == entryId && Objects.equals(k.term, term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(term, entryId);
        }
    }
}
