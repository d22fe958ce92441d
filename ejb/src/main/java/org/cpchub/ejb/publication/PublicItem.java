package org.cpchub.ejb.publication;

import java.io.Serializable;
import java.util.List;

/** An agenda item as the public sees it. An exempt item carries only its number, title and exemptNotice: purpose, documents and minutes are null or empty. */
public record PublicItem(
        long id,
        long meetingId,
        int number,
        String title,
        String exemptNotice,
        String purpose,
        String leadOfficer,
        String wardsAffected,
        boolean late,
        boolean urgentBusiness,
        String urgencyReason,
        String recordingLink,
        List<String> procedural,
        List<PublicDocument> documents,
        PublicItemMinutes minutes) implements Serializable {
    public PublicItem {
        procedural = List.copyOf(procedural);
        documents = List.copyOf(documents);
    }

    // Bean-style getters: Jakarta EL 5 does not resolve record components.

    public long getId() {
        return id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getExemptNotice() {
        return exemptNotice;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getLeadOfficer() {
        return leadOfficer;
    }

    public String getWardsAffected() {
        return wardsAffected;
    }

    public boolean isLate() {
        return late;
    }

    public boolean isUrgentBusiness() {
        return urgentBusiness;
    }

    public String getUrgencyReason() {
        return urgencyReason;
    }

    public String getRecordingLink() {
        return recordingLink;
    }

    public List<String> getProcedural() {
        return procedural;
    }

    public List<PublicDocument> getDocuments() {
        return documents;
    }

    public PublicItemMinutes getMinutes() {
        return minutes;
    }

    public boolean isExempt() {
        return exemptNotice != null;
    }
}
