package org.cpchub.ejb.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.CommitteeKind;
import org.cpchub.domain.meetings.AgendaDocument;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.ClearDays;
import org.cpchub.domain.meetings.DocumentContent;
import org.cpchub.domain.meetings.DocumentType;
import org.cpchub.domain.meetings.Exemption;
import org.cpchub.domain.meetings.ItemKind;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.Resolution;
import org.cpchub.domain.meetings.StandardItem;

/**
 * The benchmark data set of the perf profile: {@value #COMMITTEES} committees x {@value #YEARS} years x
 * {@value #MEETINGS_PER_YEAR} meetings x {@value #ITEMS_PER_MEETING} items, each past meeting with minutes,
 * resolutions and one small report per report item, and one exempt item per agenda. Loaded only when
 * {@code cpchub.demo-data=benchmark} (never in production), one committee per transaction so no transaction
 * grows with the data set. The text is generated from a fixed seed, so every run searches the same words.
 */
@Stateless
@PermitAll
public class BenchmarkData {
    public static final int COMMITTEES = 20;
    public static final int YEARS = 10;
    public static final int MEETINGS_PER_YEAR = 8;
    public static final int ITEMS_PER_MEETING = 15;
    /** The last year of the data set; its later meetings are still to come, so the calendar has both. */
    public static final int LAST_YEAR = 2026;

    private static final LocalTime START = LocalTime.of(19, 0);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ClearDays RULE = new ClearDays(ClearDays.Mode.CALENDAR_DAYS, Set.of());
    private static final int[] MONTHS = {1, 3, 4, 6, 7, 9, 10, 12};

    private static final String[] SUBJECTS = {"Fostering Recruitment", "Adoption Service", "Care Leavers",
        "Placement Sufficiency", "Health of Children Looked After", "Virtual School", "Youth Offending",
        "Early Help", "Participation", "Independent Reviewing Service", "Unaccompanied Asylum Seeking Children",
        "Staying Put", "Housing for Care Leavers", "Mental Health and Wellbeing", "Special Guardianship",
        "Children's Homes", "Missing Children", "Exploitation", "Personal Education Plans", "Apprenticeships",
        "Short Breaks", "Kinship Care", "Social Work Recruitment", "Court Proceedings", "Leaving Care Grant"};
    private static final String[] KINDS = {"Annual Report", "Update", "Performance Report", "Strategy",
        "Review", "Action Plan", "Briefing", "Audit Findings"};
    private static final String[] TOPICS = {"stability of placements", "timeliness of reviews",
        "educational attainment", "health assessments", "dental checks", "immunisations",
        "pathway planning", "suitable accommodation", "education, employment or training",
        "foster carer retention", "sufficiency of local placements", "distance from home",
        "the voice of the child", "independent visitors", "advocacy", "transition to adulthood",
        "the local offer", "school attendance", "exclusions", "emotional wellbeing"};
    private static final String[] VERBS = {"noted", "welcomed", "challenged", "questioned", "commended",
        "asked about", "discussed", "sought assurance on"};

    @PersistenceContext
    EntityManager em;

    /** Loads the data set's committee number {@code index} (0-based) with all its meetings, in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void loadCommittee(int index, LocalDate today) {
        Random random = new Random(1000L + index);
        Committee committee = new Committee(String.format("Benchmark Committee %02d", index + 1),
                CommitteeKind.COMMITTEE, 3);
        committee.setTermsOfReference("A generated committee of the benchmark data set.");
        committee.setDefaultVenue("Committee Room " + (index % 4 + 1) + ", Civic Offices");
        em.persist(committee);
        byte[] pdf = ReportPdf.BYTES;
        String sha = sha256(pdf);
        List<Meeting> held = new ArrayList<>();
        Meeting previous = null;
        for (int year = LAST_YEAR - YEARS + 1; year <= LAST_YEAR; year++) {
            for (int month : MONTHS) {
                LocalDate date = LocalDate.of(year, month, 10 + index % 10);
                Meeting meeting = new Meeting(committee, date, START);
                em.persist(meeting);
                LocalDate published = date.minusDays(8);
                boolean past = date.isBefore(today);
                if (!published.isAfter(today)) {
                    meeting.publishAgenda(published.atTime(10, 0).atZone(LONDON).toInstant(), published, RULE, null);
                }
                if (past) {
                    meeting.markHeld(today);
                    meeting.markMinutesDrafted();
                    held.add(meeting);
                }
                items(meeting, previous, past, random, pdf, sha);
                previous = meeting;
            }
            em.flush();
            em.clear();
            committee = em.find(Committee.class, committee.getId());
            held.replaceAll(m -> em.getReference(Meeting.class, m.getId()));
            previous = em.find(Meeting.class, previous.getId());
        }
        // every set of minutes but the last was confirmed at the next meeting
        for (int i = 0; i + 1 < held.size(); i++) {
            em.find(Meeting.class, held.get(i).getId()).confirmMinutes(em.find(Meeting.class, held.get(i + 1).getId()));
        }
    }

    private void items(Meeting meeting, Meeting previous, boolean past, Random random, byte[] pdf, String sha) {
        String committee = meeting.getCommittee().getName();
        AgendaItem minutes = standard(meeting, 1, StandardItem.MINUTES);
        minutes.setTitle(StandardItem.minutesTitle(committee, previous == null ? null : previous.getLongDate()));
        minutes.setPreviousMeeting(previous);
        standard(meeting, 2, StandardItem.URGENT_BUSINESS);
        AgendaItem declarations = standard(meeting, 3, StandardItem.DECLARATIONS);
        declarations.setNoDeclarations(past);
        for (int number = 4; number < ITEMS_PER_MEETING; number++) {
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            AgendaItem item = new AgendaItem(meeting, number, subject + " " + KINDS[random.nextInt(KINDS.length)],
                    ItemKind.REPORT);
            item.setPurpose("To inform Members about " + topic + " in the " + subject.toLowerCase() + " service.");
            if (number == ITEMS_PER_MEETING - 1) {
                // one confidential item per agenda, as real agendas have (information about individuals)
                item.setTitle("Individual Placement Costs " + subject);
                item.setExemption(Exemption.of(List.of(1, 3), "Identifies individual children and contract terms."));
            }
            em.persist(item);
            AgendaDocument report = new AgendaDocument(item, item.getTitle(),
                    "report-" + meeting.getDate() + "-" + number + ".pdf", DocumentType.PDF, pdf.length, sha,
                    null, "None", publishedOrNow(meeting), "benchmark");
            em.persist(report);
            em.flush();
            em.persist(new DocumentContent(report.getId(), pdf, ReportPdf.TEXT));
            if (past) {
                String verb = VERBS[random.nextInt(VERBS.length)];
                item.setMinutesText("<p>The report on " + topic + " was presented. Members " + verb + " the "
                        + subject.toLowerCase() + " figures and the plans for " + TOPICS[random.nextInt(TOPICS.length)]
                        + ".</p>");
                em.persist(new Resolution(item, 1, "That Members noted the report on " + topic + "."));
                em.persist(new Resolution(item, 2, "That the committee receives an update on "
                        + subject.toLowerCase() + " at a future meeting."));
            }
        }
        AgendaItem programme = standard(meeting, ITEMS_PER_MEETING, StandardItem.WORK_PROGRAMME);
        if (past) {
            programme.setMinutesText("<p>Members noted the work programme.</p>");
        }
    }

    private static java.time.Instant publishedOrNow(Meeting meeting) {
        return meeting.getAgendaPublishedAt() != null ? meeting.getAgendaPublishedAt()
                : meeting.getDate().minusDays(30).atStartOfDay(LONDON).toInstant();
    }

    private AgendaItem standard(Meeting meeting, int number, StandardItem kind) {
        AgendaItem item = AgendaItem.standard(meeting, number, kind, kind.getTitle());
        em.persist(item);
        return item;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-page report PDF of about 1 KB, written by hand so the generator needs no renderer. */
    static final class ReportPdf {
        static final byte[] BYTES = build();
        /** Its text as the upload would have extracted it, for the search. */
        static final String TEXT = org.cpchub.ejb.meetings.DocumentText.extract(
                org.cpchub.domain.meetings.DocumentType.PDF, BYTES);

        private ReportPdf() {
        }

        private static byte[] build() {
            String stream = "BT /F1 12 Tf 72 720 Td (Benchmark report: see the agenda item for its subject.) Tj ET";
            String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
            StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
            int[] offsets = new int[objects.length];
            for (int i = 0; i < objects.length; i++) {
                offsets[i] = pdf.length();
                pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
            }
            int xref = pdf.length();
            pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
            for (int offset : offsets) {
                pdf.append(String.format("%010d 00000 n \n", offset));
            }
            pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                    .append(xref).append("\n%%EOF\n");
            return pdf.toString().getBytes(StandardCharsets.US_ASCII);
        }
    }
}
