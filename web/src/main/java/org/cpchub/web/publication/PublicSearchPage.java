package org.cpchub.web.publication;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.ejb.publication.PublicCommittee;
import org.cpchub.ejb.publication.PublishedRecords;
import org.cpchub.ejb.search.SearchResults;
import org.cpchub.ejb.search.SearchService;

/**
 * /search.xhtml?q=&amp;committee=&amp;from=&amp;to=&amp;page=: the public search of published agendas, reports
 * and minutes. A plain GET form like the other public pages: every search has its own address, no session.
 * A bad filter is reported on the page, with the query kept.
 */
@Named
@RequestScoped
public class PublicSearchPage {
    @EJB
    SearchService search;

    @EJB
    PublishedRecords published;

    private String q;
    private String committee;
    private String from;
    private String to;
    private String page;

    private Long committeeId;
    private LocalDate fromDate;
    private LocalDate toDate;
    private SearchResults results = SearchResults.NONE;
    private String error;
    private List<PublicCommittee> committees;

    public void load() {
        committeeId = PublicPages.number(committee);
        Long p = PublicPages.number(page);
        int pageNumber = p == null || p < 1 || p > 500 ? 1 : p.intValue();
        try {
            fromDate = date(from, "from");
            toDate = date(to, "to");
            if (q != null && !q.isBlank()) {
                results = search.search(q, committeeId, fromDate, toDate, pageNumber);
                if (results.page() > results.getPages()) {
                    // an address past the end (an old bookmark, fewer results now): the last page instead
                    results = search.search(q, committeeId, fromDate, toDate, results.getPages());
                }
            }
        } catch (InvalidInputException e) {
            error = e.getMessage();
        }
    }

    private static LocalDate date(String text, String field) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "Enter the '" + field + "' date as a date, for example 2024-10-24.");
        }
    }

    public boolean isSearched() {
        return q != null && !q.isBlank() && error == null;
    }

    public String getHeading() {
        return isSearched() ? "Search results for \u201c" + q.strip() + "\u201d" : "Search committee papers";
    }

    public List<PublicCommittee> getCommittees() {
        if (committees == null) {
            committees = published.committees().stream().filter(PublicCommittee::meetsInPublic).toList();
        }
        return committees;
    }

    public SearchResults getResults() {
        return results;
    }

    public boolean isHasPrevious() {
        return results.page() > 1;
    }

    public boolean isHasNext() {
        return results.page() < results.getPages();
    }

    public String getError() {
        return error;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
