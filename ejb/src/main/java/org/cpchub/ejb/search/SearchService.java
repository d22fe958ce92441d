package org.cpchub.ejb.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cpchub.domain.search.SearchEntry;
import org.cpchub.domain.search.SearchText;
import org.cpchub.domain.shared.InvalidInputException;

/**
 * The public search: every word of the query must occur (after the same folding and stemming as the index); hits
 * rank by how often the words occur, title words counting double, then newest meeting first. Three statements a
 * page whatever the size of the index: the page of ids, their count, and the entries.
 */
@Stateless
@PermitAll
public class SearchService {
    public static final int PAGE_SIZE = 20;
    private static final int SNIPPET = 240;

    @PersistenceContext
    EntityManager em;

    public SearchResults search(String query, Long committeeId, LocalDate from, LocalDate to, int page) {
        if (query != null && query.length() > SearchText.MAX_QUERY) {
            throw InvalidInputException.of("q", "Search for at most " + SearchText.MAX_QUERY + " characters.");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInputException.of("from", "The 'from' date must be on or before the 'to' date.");
        }
        List<String> terms = SearchText.queryTerms(query);
        if (terms.isEmpty()) {
            return SearchResults.NONE;
        }
        int current = Math.max(1, page);
        // on the terms alone (they carry the committee and date), so no entry is read until the page is known
        String where = " FROM SearchTerm t WHERE t.term IN :terms"
                + (committeeId == null ? "" : " AND t.committeeId = :committee")
                + (from == null ? "" : " AND t.meetingDate >= :from")
                + (to == null ? "" : " AND t.meetingDate <= :to")
                + " GROUP BY t.entryId, t.meetingDate HAVING COUNT(t.term) = :n";
        List<Object[]> ranked = bind(em.createQuery("SELECT t.entryId, SUM(t.hits) AS score" + where
                        + " ORDER BY score DESC, t.meetingDate DESC, t.entryId DESC", Object[].class),
                true, terms, committeeId, from, to).setFirstResult((current - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultList();
        long total = ranked.size() < PAGE_SIZE && (!ranked.isEmpty() || current == 1)
                ? (long) (current - 1) * PAGE_SIZE + ranked.size() : count(where, terms, committeeId, from, to);
        if (ranked.isEmpty()) {
            return new SearchResults(terms, total, current, PAGE_SIZE, List.of());
        }
        List<Long> ids = ranked.stream().map(r -> (Long) r[0]).toList();
        Map<Long, SearchEntry> entries = em.createQuery("SELECT e FROM SearchEntry e WHERE e.id IN :ids",
                SearchEntry.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(SearchEntry::getId, Function.identity()));
        List<SearchHit> hits = ids.stream().map(entries::get).map(e -> new SearchHit(e.getKind(), e.getTitle(),
                e.getUrl(), e.getMeetingId(), e.getCommitteeName(), e.getMeetingDate(),
                SearchText.snippet(e.getBody(), terms, SNIPPET))).toList();
        return new SearchResults(terms, total, current, PAGE_SIZE, hits);
    }

    /** One word: a plain count. Several: the ids of the entries that have them all (no more than the rarest has). */
    private long count(String where, List<String> terms, Long committeeId, LocalDate from, LocalDate to) {
        if (terms.size() == 1) {
            String single = where.substring(0, where.indexOf(" GROUP BY"));
            return bind(em.createQuery("SELECT COUNT(t.entryId)" + single, Long.class), false, terms, committeeId,
                    from, to).getSingleResult();
        }
        return bind(em.createQuery("SELECT t.entryId" + where, Long.class), true, terms, committeeId, from, to)
                .getResultList().size();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, boolean grouped, List<String> terms, Long committeeId,
                                          LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("terms", terms);
        if (grouped) {
            parameters.put("n", (long) terms.size());
        }
        if (committeeId != null) {
            parameters.put("committee", committeeId);
        }
        if (from != null) {
            parameters.put("from", from);
        }
        if (to != null) {
            parameters.put("to", to);
        }
        parameters.forEach(query::setParameter);
        return query;
    }
}
