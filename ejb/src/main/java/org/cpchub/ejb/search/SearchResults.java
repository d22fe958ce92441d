package org.cpchub.ejb.search;

import java.io.Serializable;
import java.util.List;

/** A page of results, best first, with the total number of matches and the terms searched for. */
public record SearchResults(List<String> terms, long total, int page, int pageSize, List<SearchHit> hits)
        implements Serializable {
    public static final SearchResults NONE = new SearchResults(List.of(), 0, 1, 20, List.of());

    public SearchResults {
        terms = List.copyOf(terms);
        hits = List.copyOf(hits);
    }

    public int getPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public List<SearchHit> getHits() {
        return hits;
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
