package org.cpchub.ejb.meetings;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.cpchub.domain.meetings.AgendaDocument;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.DocumentContent;
import org.cpchub.domain.meetings.DocumentType;
import org.cpchub.domain.meetings.Exemption;
import org.cpchub.domain.meetings.MeetingStatus;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.publication.Publication;
import org.cpchub.domain.publication.Retention;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.BusinessException;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.Caller;
import org.cpchub.ejb.platform.InputValidator;
import org.cpchub.ejb.search.SearchIndex;

/**
 * Reports and appendices of agenda items: uploaded by clerks and report authors (officers), checked
 * against their declared type by content, kept unaltered with a SHA-256 checksum.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.OFFICER, Role.Names.MEMBER, Role.Names.PANEL,
        Role.Names.DECISION_MAKER, Role.Names.ANALYST})
public class DocumentService {
    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Kept equal to the public record after every change that can alter it (see SearchIndex). */
    @Inject
    SearchIndex search;

    @Inject
    InputValidator validator;

    @Inject
    MeetingService meetings;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    CommitteeAccess access;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK, Role.Names.OFFICER})
    public AgendaDocument upload(long itemId, String title, String fileName, byte[] content,
                                 List<Integer> exemptParagraphs, String publicInterestNote, String backgroundPapers) {
        AgendaItem item = meetings.item(itemId);
        MeetingStatus status = item.getMeeting().getStatus();
        if (status == MeetingStatus.MINUTES_CONFIRMED || status == MeetingStatus.CANCELLED) {
            throw new BusinessException("Documents cannot be added to a meeting that is "
                    + status.getLabel().toLowerCase(java.util.Locale.UK) + ".");
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "Choose the file to upload.");
        }
        if (content.length > DocumentType.MAX_BYTES) {
            throw InvalidInputException.of("file", "The file is larger than the limit of 20 MB.");
        }
        DocumentType declared = DocumentType.declaredBy(fileName).orElseThrow(() -> InvalidInputException.of("file",
                "Upload a PDF, Word (.docx) or Excel (.xlsx) file."));
        DocumentType actual = DocumentType.detect(content).orElse(null);
        if (actual != declared) {
            throw InvalidInputException.of("file", "The file is called ." + declared.getExtension()
                    + " but its content is " + (actual == null ? "not a PDF, Word or Excel file" : "a " + actual.name()
                    + " file") + ". Save it in the right format and upload it again.");
        }
        if (declared == DocumentType.PDF && !readablePdf(content)) {
            throw InvalidInputException.of("file", "The PDF cannot be read (it may be damaged or password-protected)."
                    + " Save it again as a PDF and upload it.");
        }
        AgendaDocument doc = new AgendaDocument(item, title == null ? null : title.strip(), safeName(fileName), declared,
                content.length, sha256(content), Exemption.of(exemptParagraphs == null ? List.of() : exemptParagraphs,
                publicInterestNote), backgroundPapers, clock.instant(), Caller.name(context));
        validator.check(doc);
        em.persist(doc);
        em.flush();
        em.persist(new DocumentContent(doc.getId(), content, DocumentText.extract(declared, content)));
        audit.record(AuditAction.CREATE, "AgendaDocument", doc.getId(), MeetingService.label(item),
                doc.getTitle() + " (" + doc.getFileName() + ", " + doc.getSizeText() + ", sha256 " + doc.getSha256()
                        + (doc.getExemption().isExempt() ? ", exempt" : "") + ")");
        search.itemChanged(itemId);
        return doc;
    }

    public List<AgendaDocument> ofMeeting(long meetingId) {
        return em.createNamedQuery("AgendaDocument.findByMeeting", AgendaDocument.class)
                .setParameter("meetingId", meetingId).getResultList();
    }

    public AgendaDocument get(long id) {
        AgendaDocument d = em.find(AgendaDocument.class, id);
        if (d == null) {
            throw new NotFoundException("Document", id);
        }
        return d;
    }

    /** The file as uploaded, for staff. (Public downloads go through the publication service.) */
    public byte[] content(long id) {
        access.checkMayRead(get(id).getItem().getMeeting().getCommittee());
        DocumentContent c = em.find(DocumentContent.class, id);
        if (c == null) {
            throw new NotFoundException("Document", id);
        }
        return c.getData();
    }

    /**
     * Removes a document uploaded by mistake, while the agenda is still a draft. A report the public has seen
     * is kept for six years after the meeting (s.100C), even if the meeting is being scheduled again.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.CLERK})
    public void remove(long id) {
        AgendaDocument d = get(id);
        if (Publication.isPublic(d)) {
            Retention.checkMayRemove(Retention.Kept.REPORT, d.getItem().getMeeting().getDate(),
                    java.time.LocalDate.now(clock), "The report \"" + d.getTitle() + "\"");
        }
        if (d.getItem().getMeeting().getStatus() != MeetingStatus.SCHEDULED) {
            throw new BusinessException("A published document stays on record (open to inspection for six years).");
        }
        DocumentContent c = em.find(DocumentContent.class, id);
        if (c != null) {
            em.remove(c);
        }
        em.remove(d);
        audit.record(AuditAction.DELETE, "AgendaDocument", id, MeetingService.label(d.getItem()), d.getTitle());
    }

    /** The agenda pack: front sheet, agenda, then every public PDF report, as the council publishes it. */
    public byte[] agendaPack(long meetingId) {
        MeetingRecord r = meetings.record(meetingId);
        List<AgendaDocument> publicPdfs = r.items().stream().filter(i -> !i.isExempt())
                .flatMap(i -> r.documentsOf(i).stream())
                .filter(d -> !d.isExempt() && d.getType() == DocumentType.PDF).toList();
        java.util.Map<Long, byte[]> contents = new java.util.HashMap<>();
        if (!publicPdfs.isEmpty()) {
            em.createQuery("SELECT c FROM DocumentContent c WHERE c.documentId IN :ids", DocumentContent.class)
                    .setParameter("ids", publicPdfs.stream().map(AgendaDocument::getId).toList())
                    .getResultList().forEach(c -> contents.put(c.getDocumentId(), c.getData()));
        }
        return MeetingPdf.agendaPack(r, publicPdfs.stream().map(d -> new MeetingPdf.PackDocument(
                d.getItem().getNumber(), d.getTitle(), contents.get(d.getId()))).toList());
    }

    /** The minutes as a PDF (tagged, PDF/UA); marked as a draft until confirmed. */
    public byte[] minutesPdf(long meetingId) {
        return MeetingPdf.minutes(meetings.record(meetingId));
    }

    private static boolean readablePdf(byte[] content) {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(content)) {
            return pdf.getNumberOfPages() > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String safeName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.replaceAll("[^A-Za-z0-9._ -]", "_");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
