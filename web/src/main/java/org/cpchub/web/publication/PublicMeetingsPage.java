package org.cpchub.web.publication;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.ejb.publication.PublicCommittee;
import org.cpchub.ejb.publication.PublicMeetingSummary;
import org.cpchub.ejb.publication.PublishedRecords;

/**
 * /meetings.xhtml: the calendar of public meetings, upcoming (soonest first) or past (latest first) or one
 * calendar year, of one committee or all, 20 to a page, paged in the database. The filters are a plain GET
 * form, so every list has its own address.
 */
@Named
@RequestScoped
public class PublicMeetingsPage {
    static final int SIZE = 20;

    @EJB
    PublishedRecords published;

    private String committee;
    private String year;
    private String when;
    private String page;

    private Long committeeId;
    private Integer yearValue;
    private int pageNumber = 1;
    private Page<PublicMeetingSummary> meetings;
    private List<PublicCommittee> committees;
    private List<Integer> years;

    public void load() {
        committeeId = PublicPages.number(committee);
        Long y = PublicPages.number(year);
        yearValue = y == null || y < 1900 || y > 9999 ? null : y.intValue();
        Long p = PublicPages.number(page);
        pageNumber = p == null || p < 1 || p > 10_000 ? 1 : p.intValue();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        int offset = (pageNumber - 1) * SIZE;
        if (yearValue != null) {
            meetings = published.meetings(committeeId, LocalDate.of(yearValue, 1, 1), LocalDate.of(yearValue, 12, 31),
                    new PageRequest(offset, SIZE, "date", true));
        } else if (isPast()) {
            meetings = published.meetings(committeeId, null, today.minusDays(1),
                    new PageRequest(offset, SIZE, "date", false));
        } else {
            meetings = published.meetings(committeeId, today, null, new PageRequest(offset, SIZE, "date", true));
        }
    }

    public boolean isPast() {
        return yearValue == null && "past".equals(when);
    }

    /** "Upcoming meetings", "Past meetings", "Meetings in 2024", with the committee's name when filtered. */
    public String getHeading() {
        String what = yearValue != null ? "Meetings in " + yearValue : isPast() ? "Past meetings" : "Upcoming meetings";
        return getCommittees().stream().filter(c -> c.id() == (committeeId == null ? -1 : committeeId)).findFirst()
                .map(c -> what + ": " + c.name()).orElse(what);
    }

    public List<PublicCommittee> getCommittees() {
        if (committees == null) {
            committees = published.committees().stream().filter(PublicCommittee::meetsInPublic).toList();
        }
        return committees;
    }

    public List<Integer> getYears() {
        if (years == null) {
            years = published.years(committeeId);
        }
        return years;
    }

    public int getPageCount() {
        return (int) Math.max(1, (meetings.total() + SIZE - 1) / SIZE);
    }

    public boolean isHasPrevious() {
        return pageNumber > 1;
    }

    public boolean isHasNext() {
        return pageNumber < getPageCount();
    }

    public Page<PublicMeetingSummary> getMeetings() {
        return meetings;
    }

    public List<PublicMeetingSummary> getItems() {
        return meetings.items();
    }

    public long getTotal() {
        return meetings.total();
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public Integer getYearValue() {
        return yearValue;
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        this.when = when;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
