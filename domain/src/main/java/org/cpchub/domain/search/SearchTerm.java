package org.cpchub.domain.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
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

    protected SearchTerm() {
        // for JPA
    }

    public SearchTerm(String term, long entryId, int hits) {
        this.term = term;
        this.entryId = entryId;
        this.hits = hits;
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
