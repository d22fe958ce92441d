package org.cpchub.ejb.search;

import java.io.Serializable;
import java.time.LocalDate;
import org.cpchub.domain.search.SearchKind;

/**
 * One result: what it is, its title and address (relative to the site), its meeting, and a snippet of HTML in which
 * everything is escaped but the {@code <mark>} of the matched words.
 */
public record SearchHit(SearchKind kind, String title, String url, long meetingId, String committeeName,
                        LocalDate meetingDate, String snippetHtml) implements Serializable {
    // Bean-style getters: Jakarta EL 5 does not resolve record components.
    public SearchKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getCommitteeName() {
        return committeeName;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getSnippetHtml() {
        return snippetHtml;
    }
}
