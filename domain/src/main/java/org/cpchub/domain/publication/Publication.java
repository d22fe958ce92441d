package org.cpchub.domain.publication;

import org.cpchub.domain.meetings.AgendaDocument;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.Meeting;

/**
 * What of a meeting is public (Local Government Act 1972 Part VA). A meeting is public from the day its
 * agenda is published, and stays public whatever happens to it after that (cancelled, postponed,
 * rescheduled): nothing before. Panels meet in private and are never public. The publication service
 * applies these rules to every read, and the meeting services to every delete or unpublish.
 */
public final class Publication {
    private Publication() {
    }

    public static boolean isPublic(Meeting m) {
        return m.isEverPublished() && !m.getCommittee().isPanel();
    }

    /**
     * An item of a public meeting. A late item becomes public on a supplementary agenda, or (urgent business)
     * when the minutes that record it are published.
     */
    public static boolean isPublic(AgendaItem i) {
        return isPublic(i.getMeeting())
                && (!i.isLate() || i.getSupplementaryPublishedAt() != null || i.getMeeting().isMinutesPublic());
    }

    /**
     * Whether the public sees what the item is about (purpose, reports, minutes). An exempt item shows only its
     * number, title and the Schedule 12A paragraphs.
     */
    public static boolean isContentPublic(AgendaItem i) {
        return isPublic(i) && !i.isExempt();
    }

    /** A report or appendix of a public, non-exempt item that is not exempt itself. */
    public static boolean isPublic(AgendaDocument d) {
        return isContentPublic(d.getItem()) && !d.getExemption().isExempt();
    }
}
