package org.cpchub.web.meetings;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.AttendanceStatus;
import org.cpchub.domain.meetings.Declaration;
import org.cpchub.domain.meetings.Exemption;
import org.cpchub.domain.meetings.ItemKind;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.MeetingStatus;
import org.cpchub.domain.meetings.ProceduralKind;
import org.cpchub.domain.meetings.StandardItem;
import jakarta.servlet.http.Part;
import org.cpchub.ejb.meetings.DocumentService;
import org.cpchub.ejb.meetings.MeetingRecord;
import org.cpchub.ejb.meetings.MeetingService;
import org.cpchub.ejb.meetings.MinutesService;
import org.cpchub.web.security.CurrentUser;
import org.cpchub.web.support.Messages;
import org.cpchub.web.support.PageParameters;

/**
 * A meeting: its details and lifecycle, the agenda (add, move, remove items; take planned items from the
 * work programme), attendance and quorum, and the minutes of each item. Clerks change it; others read it.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient org.cpchub.ejb.strategy.TraceabilityService traceability;

    @EJB
    transient org.cpchub.ejb.strategy.MeasureService measureDefinitions;

    private Long measureToLink;
    private transient List<org.cpchub.domain.strategy.Measure> linkedMeasures;
    private transient List<org.cpchub.domain.strategy.Measure> allMeasures;

    @EJB
    transient MeetingService meetings;

    @EJB
    transient MinutesService minutes;

    @EJB
    transient DocumentService documents;

    @EJB
    transient org.cpchub.ejb.platform.CouncilSettings settings;

    @Inject
    CurrentUser user;

    private String idParam;
    private long id;
    private MeetingRecord record;

    private String reason;
    private LocalDate newDate;
    private LocalTime newStart = LocalTime.of(18, 0);

    private String itemTitle;
    private ItemKind itemKind = ItemKind.REPORT;
    private String itemPurpose;
    private Person itemLead;

    private Long selectedItemId;
    private AgendaItem selected;
    private List<Integer> exemptParagraphs = new ArrayList<>();
    private String publicInterestNote;
    private String narrative;
    private String membersNoted;
    private boolean noDeclarations;
    private String urgencyReason;
    private String resolutionText;
    private String actionText;
    private Person actionOwner;
    private String actionTeam;
    private LocalDate actionDue;
    private Person declarant;
    private String declarationCategory;
    private String declarationNature;
    private boolean declarationSensitive;
    private boolean declarationDispensation;
    private boolean declarationWithdrew;

    private transient Part upload;
    private String documentTitle;
    private String backgroundPapers;
    private List<Integer> documentParagraphs = new ArrayList<>();
    private String documentNote;
    private String correction;

    private Person attendee;
    private boolean attendeeVoting = true;
    private AttendanceStatus attendeeStatus = AttendanceStatus.PRESENT;
    private Person substituteFor;

    private ProceduralKind procedureKind = ProceduralKind.STANDING_ORDERS_EXTENSION;
    private LocalTime procedureAt;
    private Integer procedureMinutes;

    public void load() {
        PageParameters.recordOrNew(idParam, false, meetings::record, () -> null).ifPresent(r -> {
            record = r;
            id = r.meeting().getId();
        });
    }

    private void reload() {
        record = meetings.record(id);
        if (selectedItemId != null) {
            selected = record.items().stream().filter(i -> i.getId().equals(selectedItemId)).findFirst().orElse(null);
        }
    }

    private void step(Runnable call, String done) {
        if (Messages.attempt("lifecycle", call)) {
            Messages.info(done);
            reason = null;
            reload();
        }
    }

    // ------------------------------------------------------------ lifecycle

    public void publish() {
        step(() -> meetings.publishAgenda(id, reason), "The agenda was published.");
    }

    public void markHeld() {
        step(() -> meetings.markHeld(id), "The meeting is marked as held: record attendance and write the minutes.");
    }

    public void markDrafted() {
        step(() -> meetings.markMinutesDrafted(id), "The minutes are drafted; they are confirmed by resolving the"
                + " Minutes item of the next meeting.");
    }

    public void cancel() {
        step(() -> meetings.cancel(id, reason), "The meeting was cancelled.");
    }

    public void postpone() {
        step(() -> meetings.postpone(id, reason), "The meeting was postponed.");
    }

    public void reschedule() {
        step(() -> meetings.reschedule(id, newDate, newStart), "The meeting was rescheduled.");
    }

    // ------------------------------------------------------------ agenda

    public void addItem() {
        if (Messages.attempt("agenda", () -> meetings.addItem(id, itemTitle, itemKind, itemPurpose,
                itemLead == null ? null : itemLead.getId()))) {
            Messages.info("Item added" + (record.meeting().getStatus() == MeetingStatus.AGENDA_PUBLISHED
                    ? " as a late item: urgent business needs the Chair's reason, or publish it on a supplementary agenda."
                    : "."));
            itemTitle = null;
            itemPurpose = null;
            itemLead = null;
            reload();
        }
    }

    public void move(AgendaItem item, int by) {
        if (Messages.attempt("agenda", () -> meetings.moveItem(item.getId(), item.getNumber() + by))) {
            reload();
        }
    }

    /** A row dragged to a new place: the same move as the buttons (the service renumbers). */
    public void onRowReorder(org.primefaces.event.ReorderEvent event) {
        AgendaItem moved = meetings.items(id).get(event.getFromIndex());
        if (Messages.attempt("agenda", () -> meetings.moveItem(moved.getId(), event.getToIndex() + 1))) {
            Messages.info("Item \"" + moved.getTitle() + "\" is now number " + (event.getToIndex() + 1) + ".");
        }
        reload();
    }

    public void remove(AgendaItem item) {
        if (Messages.attempt("agenda", () -> meetings.removeItem(item.getId()))) {
            Messages.info("Item \"" + item.getTitle() + "\" was removed.");
            reload();
        }
    }

    public void addPlanned(long programmeItemId) {
        if (Messages.attempt("agenda", () -> meetings.addFromWorkProgramme(id, programmeItemId))) {
            Messages.info("The planned item is now on the agenda.");
            reload();
        }
    }

    // ------------------------------------------------------------ one item

    public void select(AgendaItem item) {
        linkedMeasures = null;
        selectedItemId = item.getId();
        selected = item;
        exemptParagraphs = new ArrayList<>(item.getExemption().getParagraphNumbers());
        publicInterestNote = item.getExemption().getPublicInterestNote();
        narrative = item.getMinutesText();
        membersNoted = item.getMembersNoted();
        noDeclarations = item.isNoDeclarations();
        urgencyReason = item.getUrgencyReason();
    }

    // ------------------------------------------------------------ measures discussed at the item

    /** Strategy monitoring is read by staff and councillors, not by panel-only logins. */
    public boolean isStrategyReader() {
        return user.is("ADMIN") || user.is("CLERK") || user.is("OFFICER") || user.is("MEMBER") || user.is("ANALYST");
    }

    public boolean isMayLinkMeasures() {
        return user.is("ADMIN") || user.is("CLERK") || user.is("OFFICER") || user.is("ANALYST");
    }

    /** The strategy measures this item discussed (the measure pages list the item in turn). */
    public List<org.cpchub.domain.strategy.Measure> getLinkedMeasures() {
        if (selected == null || !isStrategyReader()) {
            return List.of();
        }
        if (linkedMeasures == null) {
            linkedMeasures = traceability.measuresOf(selected.getId());
        }
        return linkedMeasures;
    }

    public List<org.cpchub.domain.strategy.Measure> getMeasureChoices() {
        if (allMeasures == null) {
            allMeasures = measureDefinitions.find(org.cpchub.ejb.strategy.MeasureFilter.all(),
                    org.cpchub.domain.shared.PageRequest.first(200)).items();
        }
        return allMeasures.stream().filter(m -> !getLinkedMeasures().contains(m)).toList();
    }

    public void linkMeasure() {
        if (measureToLink == null) {
            Messages.error("Choose the measure the item discussed.");
            return;
        }
        if (Messages.attempt("measures", () -> traceability.link(measureToLink, selected.getId()))) {
            Messages.info("The measure is linked to item " + selected.getNumber() + ".");
            measureToLink = null;
            linkedMeasures = null;
        }
    }

    public void unlinkMeasure(org.cpchub.domain.strategy.Measure measure) {
        if (Messages.attempt("measures", () -> traceability.unlink(measure.getId(), selected.getId()))) {
            Messages.info(measure.getCode() + " is no longer linked to item " + selected.getNumber() + ".");
            linkedMeasures = null;
        }
    }

    public Long getMeasureToLink() {
        return measureToLink;
    }

    public void setMeasureToLink(Long measureToLink) {
        this.measureToLink = measureToLink;
    }

    public void closeItem() {
        selectedItemId = null;
        selected = null;
    }

    public void saveItemDetails() {
        if (Messages.attempt("item", () -> {
            selected.setExemption(Exemption.of(exemptParagraphs, publicInterestNote));
            meetings.updateItem(selected);
        })) {
            Messages.info("Item " + selected.getNumber() + " was saved.");
            reload();
        }
    }

    public void saveMinutes() {
        if (Messages.attempt("item", () -> minutes.saveItemMinutes(selectedItemId, paragraphs(narrative), membersNoted,
                noDeclarations, urgencyReason))) {
            Messages.info("The minutes of item " + selected.getNumber() + " were saved.");
            reload();
        }
    }

    /** Plain text typed into the box becomes paragraphs; pasted HTML is kept (and sanitised by the service). */
    static String paragraphs(String text) {
        if (text == null || text.isBlank() || text.contains("<")) {
            return text;
        }
        StringBuilder html = new StringBuilder();
        for (String p : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(p.strip().replace("&", "&amp;").replace("\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    public void addResolution() {
        if (Messages.attempt("item", () -> minutes.resolve(selectedItemId, resolutionText))) {
            resolutionText = null;
            reload();
        }
    }

    public void removeResolution(long resolutionId) {
        if (Messages.attempt("item", () -> minutes.removeResolution(resolutionId))) {
            reload();
        }
    }

    public void addAction() {
        if (Messages.attempt("item", () -> minutes.addAction(selectedItemId, actionText,
                actionOwner == null ? null : actionOwner.getId(), actionTeam, actionDue))) {
            actionText = null;
            actionOwner = null;
            actionTeam = null;
            actionDue = null;
            reload();
        }
    }

    public void declare() {
        if (declarant == null) {
            Messages.error("Choose the member who declared the interest.");
            return;
        }
        if (Messages.attempt("item", () -> minutes.declare(selectedItemId, declarant.getId(), declarationCategory,
                declarationNature, declarationSensitive, declarationDispensation, declarationWithdrew))) {
            declarant = null;
            declarationNature = null;
            reload();
        }
    }

    public void approvePreviousMinutes() {
        if (Messages.attempt("item", () -> minutes.approvePreviousMinutes(selectedItemId))) {
            Messages.info("The minutes of " + selected.getPreviousMeeting().getLongDate()
                    + " were approved as a correct record and are now confirmed.");
            reload();
        }
    }

    // ------------------------------------------------------------ documents, supplementary agenda, corrections

    public void uploadDocument() {
        if (upload == null || upload.getSize() == 0) {
            Messages.error("Choose the file to upload.");
            return;
        }
        byte[] content;
        try (var in = upload.getInputStream()) {
            content = in.readAllBytes();
        } catch (java.io.IOException e) {
            Messages.error("The file could not be read. Try again.");
            return;
        }
        String name = upload.getSubmittedFileName();
        if (Messages.attempt("upload", () -> documents.upload(selectedItemId, documentTitle, name, content,
                documentParagraphs, documentNote, backgroundPapers))) {
            Messages.info("\"" + documentTitle + "\" was uploaded.");
            documentTitle = null;
            backgroundPapers = null;
            documentParagraphs = new ArrayList<>();
            documentNote = null;
            reload();
        }
    }

    public void removeDocument(long documentId) {
        if (Messages.attempt("upload", () -> documents.remove(documentId))) {
            reload();
        }
    }

    public void publishSupplementary() {
        step(() -> meetings.publishSupplementaryAgenda(id), "The late items were published on a supplementary agenda.");
    }

    public void recordCorrection() {
        if (Messages.attempt("correction", () -> minutes.recordCorrection(selectedItemId, correction))) {
            Messages.info("The correction was recorded.");
            correction = null;
            reload();
        }
    }

    public boolean isHasLateItems() {
        return record != null && record.items().stream().anyMatch(AgendaItem::isLateWithoutPublication);
    }

    /** Report authors (officers) upload reports as well as clerks. */
    public boolean isCanUpload() {
        return isCanEdit() || user.is(org.cpchub.domain.platform.Role.Names.OFFICER);
    }

    public boolean isConfirmed() {
        return record != null && record.meeting().getStatus() == MeetingStatus.MINUTES_CONFIRMED;
    }

    // ------------------------------------------------------------ attendance and procedure

    public void recordAttendance() {
        if (attendee == null) {
            Messages.error("Choose the person.");
            return;
        }
        if (Messages.attempt("attendance", () -> minutes.recordAttendance(id, attendee.getId(), attendeeVoting,
                attendeeStatus, substituteFor == null ? null : substituteFor.getId()))) {
            attendee = null;
            substituteFor = null;
            reload();
        }
    }

    public void recordProcedure() {
        if (Messages.attempt("procedure", () -> minutes.recordProcedure(id, selectedItemId, procedureKind, procedureAt,
                procedureMinutes))) {
            procedureAt = null;
            procedureMinutes = null;
            reload();
        }
    }

    // ------------------------------------------------------------ for the view

    public boolean isCanEdit() {
        return user.isDirectoryEditor();
    }

    public boolean isMinutesOpen() {
        return record != null && record.meeting().isMinutesEditable() && isCanEdit();
    }

    public boolean isAgendaOpen() {
        MeetingStatus s = record == null ? null : record.meeting().getStatus();
        return isCanEdit() && (s == MeetingStatus.SCHEDULED || s == MeetingStatus.AGENDA_PUBLISHED);
    }

    public boolean can(String status) {
        return record != null && isCanEdit() && record.meeting().getStatus().canMoveTo(MeetingStatus.valueOf(status));
    }

    public boolean isMinutesItem() {
        return selected != null && selected.getStandardItem() == StandardItem.MINUTES && selected.getPreviousMeeting() != null;
    }

    public String getClearDaysText() {
        if (record == null || record.meeting().getStatus() != MeetingStatus.SCHEDULED) {
            return "";
        }
        int days = record.clearDaysIfPublishedToday();
        return "Published today, the agenda would be open for " + days + " clear day" + (days == 1 ? "" : "s")
                + " before the meeting" + (days >= 5 ? "." : ": fewer than the 5 required, so a reason must be recorded.");
    }

    public List<Integer> getParagraphChoices() {
        return List.of(1, 2, 3, 4, 5, 6, 7);
    }

    public String paragraphLabel(int n) {
        return n + ": " + Exemption.PARAGRAPHS[n];
    }

    public ItemKind[] getItemKinds() {
        return ItemKind.values();
    }

    public AttendanceStatus[] getAttendanceStatuses() {
        return AttendanceStatus.values();
    }

    public ProceduralKind[] getProceduralKinds() {
        return ProceduralKind.values();
    }

    public List<String> getDeclarationCategories() {
        return settings.declarationCategories();
    }

    public String statusClass() {
        return record == null ? "" : "status-" + record.meeting().getStatus().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public MeetingRecord getRecord() {
        return record;
    }

    public Meeting getMeeting() {
        return record == null ? null : record.meeting();
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public AgendaItem getSelected() {
        return selected;
    }

    // plain accessors for the forms
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public String getDocumentTitle() { return documentTitle; }
    public void setDocumentTitle(String documentTitle) { this.documentTitle = documentTitle; }
    public String getBackgroundPapers() { return backgroundPapers; }
    public void setBackgroundPapers(String backgroundPapers) { this.backgroundPapers = backgroundPapers; }
    public List<Integer> getDocumentParagraphs() { return documentParagraphs; }
    public void setDocumentParagraphs(List<Integer> documentParagraphs) { this.documentParagraphs = documentParagraphs; }
    public String getDocumentNote() { return documentNote; }
    public void setDocumentNote(String documentNote) { this.documentNote = documentNote; }
    public String getCorrection() { return correction; }
    public void setCorrection(String correction) { this.correction = correction; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public LocalDate getNewDate() { return newDate; }
    public void setNewDate(LocalDate newDate) { this.newDate = newDate; }
    public LocalTime getNewStart() { return newStart; }
    public void setNewStart(LocalTime newStart) { this.newStart = newStart; }
    public String getItemTitle() { return itemTitle; }
    public void setItemTitle(String itemTitle) { this.itemTitle = itemTitle; }
    public ItemKind getItemKind() { return itemKind; }
    public void setItemKind(ItemKind itemKind) { this.itemKind = itemKind; }
    public String getItemPurpose() { return itemPurpose; }
    public void setItemPurpose(String itemPurpose) { this.itemPurpose = itemPurpose; }
    public Person getItemLead() { return itemLead; }
    public void setItemLead(Person itemLead) { this.itemLead = itemLead; }
    public List<Integer> getExemptParagraphs() { return exemptParagraphs; }
    public void setExemptParagraphs(List<Integer> exemptParagraphs) { this.exemptParagraphs = exemptParagraphs; }
    public String getPublicInterestNote() { return publicInterestNote; }
    public void setPublicInterestNote(String publicInterestNote) { this.publicInterestNote = publicInterestNote; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public String getMembersNoted() { return membersNoted; }
    public void setMembersNoted(String membersNoted) { this.membersNoted = membersNoted; }
    public boolean isNoDeclarations() { return noDeclarations; }
    public void setNoDeclarations(boolean noDeclarations) { this.noDeclarations = noDeclarations; }
    public String getUrgencyReason() { return urgencyReason; }
    public void setUrgencyReason(String urgencyReason) { this.urgencyReason = urgencyReason; }
    public String getResolutionText() { return resolutionText; }
    public void setResolutionText(String resolutionText) { this.resolutionText = resolutionText; }
    public String getActionText() { return actionText; }
    public void setActionText(String actionText) { this.actionText = actionText; }
    public Person getActionOwner() { return actionOwner; }
    public void setActionOwner(Person actionOwner) { this.actionOwner = actionOwner; }
    public String getActionTeam() { return actionTeam; }
    public void setActionTeam(String actionTeam) { this.actionTeam = actionTeam; }
    public LocalDate getActionDue() { return actionDue; }
    public void setActionDue(LocalDate actionDue) { this.actionDue = actionDue; }
    public Person getDeclarant() { return declarant; }
    public void setDeclarant(Person declarant) { this.declarant = declarant; }
    public String getDeclarationCategory() { return declarationCategory; }
    public void setDeclarationCategory(String declarationCategory) { this.declarationCategory = declarationCategory; }
    public String getDeclarationNature() { return declarationNature; }
    public void setDeclarationNature(String declarationNature) { this.declarationNature = declarationNature; }
    public boolean isDeclarationSensitive() { return declarationSensitive; }
    public void setDeclarationSensitive(boolean declarationSensitive) { this.declarationSensitive = declarationSensitive; }
    public boolean isDeclarationDispensation() { return declarationDispensation; }
    public void setDeclarationDispensation(boolean declarationDispensation) { this.declarationDispensation = declarationDispensation; }
    public boolean isDeclarationWithdrew() { return declarationWithdrew; }
    public void setDeclarationWithdrew(boolean declarationWithdrew) { this.declarationWithdrew = declarationWithdrew; }
    public Person getAttendee() { return attendee; }
    public void setAttendee(Person attendee) { this.attendee = attendee; }
    public boolean isAttendeeVoting() { return attendeeVoting; }
    public void setAttendeeVoting(boolean attendeeVoting) { this.attendeeVoting = attendeeVoting; }
    public AttendanceStatus getAttendeeStatus() { return attendeeStatus; }
    public void setAttendeeStatus(AttendanceStatus attendeeStatus) { this.attendeeStatus = attendeeStatus; }
    public Person getSubstituteFor() { return substituteFor; }
    public void setSubstituteFor(Person substituteFor) { this.substituteFor = substituteFor; }
    public ProceduralKind getProcedureKind() { return procedureKind; }
    public void setProcedureKind(ProceduralKind procedureKind) { this.procedureKind = procedureKind; }
    public LocalTime getProcedureAt() { return procedureAt; }
    public void setProcedureAt(LocalTime procedureAt) { this.procedureAt = procedureAt; }
    public Integer getProcedureMinutes() { return procedureMinutes; }
    public void setProcedureMinutes(Integer procedureMinutes) { this.procedureMinutes = procedureMinutes; }
}
