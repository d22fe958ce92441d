package org.cpchub.domain.meetings;

/**
 * The items every meeting of a committee carries (DOMAIN.md: Minutes, Items of Urgent Business,
 * Declaration of Interests, and usually the Work Programme last), with their standard wording.
 */
public enum StandardItem {
    MINUTES("Minutes", null, true),
    URGENT_BUSINESS("Items of Urgent Business",
            "To receive additional items that the Chair is of the opinion should be considered as a matter of urgency,"
                    + " in accordance with Section 100B (4) (b) of the Local Government Act 1972.", true),
    DECLARATIONS("Declaration of Interests",
            "To receive any declarations of interest from members.", true),
    WORK_PROGRAMME("Work Programme", "To note and agree the committee's work programme.", false);

    private final String title;
    private final String purpose;
    private final boolean atStart;

    StandardItem(String title, String purpose, boolean atStart) {
        this.title = title;
        this.purpose = purpose;
        this.atStart = atStart;
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    /** Whether it opens the agenda (or, like the work programme, closes it). */
    public boolean isAtStart() {
        return atStart;
    }

    /**
     * The title of the Minutes item, generated from the previous meeting so that a template slip such as
     * "held on Insert dateInsert year" cannot happen.
     */
    public static String minutesTitle(String committeeName, String previousMeetingLongDate) {
        return previousMeetingLongDate == null
                ? "Minutes: there is no previous meeting of the " + committeeName + " to approve"
                : "To approve as a correct record the minutes of the " + committeeName + " meeting held on "
                + previousMeetingLongDate + ".";
    }
}
