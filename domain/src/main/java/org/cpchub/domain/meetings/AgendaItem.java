package org.cpchub.domain.meetings;

import org.cpchub.domain.shared.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.cpchub.domain.directory.Person;

/**
 * An item on a meeting's agenda, with its minutes: the narrative, the points members noted and commented
 * on, whether there were declarations, and (in their own tables) resolutions and action points.
 */
@Entity
@Table(name = "agenda_item")
@NamedQuery(name = "AgendaItem.findByMeeting", query = "SELECT i FROM AgendaItem i LEFT JOIN FETCH i.leadOfficer"
        + " LEFT JOIN FETCH i.previousMeeting"
        + " WHERE i.meeting.id = :meetingId ORDER BY i.number")
public class AgendaItem extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    public static final int TITLE_MAX = 300;
    public static final int PURPOSE_MAX = 2000;
    public static final int WARDS_MAX = 300;
    public static final int TEXT_MAX = 32000;
    public static final int REASON_MAX = 2000;


    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "item_number", nullable = false)
    private int number;

    @NotBlank(message = "Enter the item's title")
    @Size(max = TITLE_MAX, message = "The title can be at most {max} characters")
    @Column(name = "title", nullable = false, length = TITLE_MAX)
    private String title;

    @Size(max = PURPOSE_MAX, message = "The purpose can be at most {max} characters")
    @Column(name = "purpose", length = PURPOSE_MAX)
    private String purpose;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ItemKind kind = ItemKind.REPORT;

    @Enumerated(EnumType.STRING)
    @Column(name = "standard_item", length = 30)
    private StandardItem standardItem;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_officer_id")
    private Person leadOfficer;

    @Size(max = WARDS_MAX)
    @Column(name = "wards_affected", length = WARDS_MAX)
    private String wardsAffected;

    @Embedded
    private Exemption exemption = new Exemption();

    /** Added after the agenda was published. */
    @Column(name = "late", nullable = false)
    private boolean late;

    /** For urgent business: the Chair's special circumstances, to be specified in the minutes (s.100B(4)(b)). */
    @Size(max = REASON_MAX)
    @Column(name = "urgency_reason", length = REASON_MAX)
    private String urgencyReason;

    /** The meeting whose minutes this "Minutes" item approves. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_meeting_id")
    private Meeting previousMeeting;

    @Column(name = "work_programme_item_id")
    private Long workProgrammeItemId;

    // --- minutes of the item ---

    /** The narrative, sanitised HTML. */
    @Size(max = TEXT_MAX)
    @Column(name = "minutes_text", length = TEXT_MAX)
    private String minutesText;

    /** "Members noted and commented:" points, one per line. */
    @Size(max = TEXT_MAX)
    @Column(name = "members_noted", length = TEXT_MAX)
    private String membersNoted;

    /** Where the item starts in the meeting's recording, in seconds. */
    @jakarta.validation.constraints.Min(value = 0, message = "The start in the recording cannot be negative")
    @Column(name = "recording_offset")
    private Integer recordingOffset;

    /** When a late item that is not urgent business went out on a supplementary agenda. */
    @Column(name = "supplementary_published_at")
    private java.time.Instant supplementaryPublishedAt;

    /** A correction recorded after the minutes were confirmed (they are never silently edited). */
    @Size(max = 4000)
    @Column(name = "correction_note", length = 4000)
    private String correctionNote;

    /** Set when the clerk recorded that there were no declarations ("not inferred"). */
    @Column(name = "no_declarations", nullable = false)
    private boolean noDeclarations;

    protected AgendaItem() {
        // for JPA
    }

    public AgendaItem(Meeting meeting, int number, String title, ItemKind kind) {
        this.meeting = Objects.requireNonNull(meeting);
        this.number = number;
        this.title = Objects.requireNonNull(title);
        this.kind = Objects.requireNonNull(kind);
    }

    public static AgendaItem standard(Meeting meeting, int number, StandardItem standard, String title) {
        AgendaItem item = new AgendaItem(meeting, number, title, ItemKind.STANDARD);
        item.standardItem = standard;
        item.purpose = standard.getPurpose();
        return item;
    }

    public boolean isExempt() {
        return exemption != null && exemption.isExempt();
    }

    public boolean isUrgentBusiness() {
        return kind == ItemKind.URGENT_BUSINESS;
    }

    /** Urgent business without the Chair's recorded reason stops the minutes being confirmed. */
    public boolean isMissingUrgencyReason() {
        return isUrgentBusiness() && (urgencyReason == null || urgencyReason.isBlank());
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getNumber() {
        return number;
    }

    public void renumber(int number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? null : title.strip();
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public ItemKind getKind() {
        return kind;
    }

    public void setKind(ItemKind kind) {
        this.kind = kind;
    }

    public StandardItem getStandardItem() {
        return standardItem;
    }

    public Person getLeadOfficer() {
        return leadOfficer;
    }

    public void setLeadOfficer(Person leadOfficer) {
        this.leadOfficer = leadOfficer;
    }

    public String getWardsAffected() {
        return wardsAffected;
    }

    public void setWardsAffected(String wardsAffected) {
        this.wardsAffected = wardsAffected;
    }

    public Exemption getExemption() {
        return exemption == null ? new Exemption() : exemption;
    }

    public void setExemption(Exemption exemption) {
        this.exemption = exemption == null ? new Exemption() : exemption;
    }

    public boolean isLate() {
        return late;
    }

    public void markLate() {
        this.late = true;
    }

    public String getUrgencyReason() {
        return urgencyReason;
    }

    public void setUrgencyReason(String urgencyReason) {
        this.urgencyReason = urgencyReason == null || urgencyReason.isBlank() ? null : urgencyReason.strip();
    }

    public Meeting getPreviousMeeting() {
        return previousMeeting;
    }

    public void setPreviousMeeting(Meeting previousMeeting) {
        this.previousMeeting = previousMeeting;
    }

    public Long getWorkProgrammeItemId() {
        return workProgrammeItemId;
    }

    public void setWorkProgrammeItemId(Long workProgrammeItemId) {
        this.workProgrammeItemId = workProgrammeItemId;
    }

    public String getMinutesText() {
        return minutesText;
    }

    public void setMinutesText(String minutesText) {
        this.minutesText = minutesText;
    }

    public String getMembersNoted() {
        return membersNoted;
    }

    public void setMembersNoted(String membersNoted) {
        this.membersNoted = membersNoted;
    }

    /** A late item must be urgent business or go out on a supplementary agenda (s.100B(4)). */
    public boolean isLateWithoutPublication() {
        return late && !isUrgentBusiness() && supplementaryPublishedAt == null;
    }

    public void publishOnSupplementaryAgenda(java.time.Instant at) {
        if (late && supplementaryPublishedAt == null) {
            supplementaryPublishedAt = at;
        }
    }

    public Integer getRecordingOffset() {
        return recordingOffset;
    }

    public void setRecordingOffset(Integer recordingOffset) {
        this.recordingOffset = recordingOffset;
    }

    /** The recording link that starts at this item (t= seconds, understood by the common video sites), or null. */
    public String getRecordingLink() {
        String url = meeting.getRecordingUrl();
        if (url == null || recordingOffset == null) {
            return null;
        }
        return url + (url.contains("?") ? "&" : "?") + "t=" + recordingOffset;
    }

    public java.time.Instant getSupplementaryPublishedAt() {
        return supplementaryPublishedAt;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    /** Appends a dated correction; the original minutes stay as they were approved. */
    public void recordCorrection(String dated) {
        correctionNote = correctionNote == null ? dated : correctionNote + "\n" + dated;
    }

    public boolean isNoDeclarations() {
        return noDeclarations;
    }

    public void setNoDeclarations(boolean noDeclarations) {
        this.noDeclarations = noDeclarations;
    }

}
