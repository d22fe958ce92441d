package org.cpchub.ejb.platform;

import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cpchub.domain.directory.Committee;
import org.cpchub.domain.directory.Person;
import org.cpchub.domain.meetings.ActionPoint;
import org.cpchub.domain.meetings.AgendaDocument;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.meetings.Attendance;
import org.cpchub.domain.meetings.AttendanceStatus;
import org.cpchub.domain.meetings.ClearDays;
import org.cpchub.domain.meetings.DocumentContent;
import org.cpchub.domain.meetings.DocumentType;
import org.cpchub.domain.meetings.Exemption;
import org.cpchub.domain.meetings.ItemKind;
import org.cpchub.domain.meetings.Meeting;
import org.cpchub.domain.meetings.ProceduralEvent;
import org.cpchub.domain.meetings.ProceduralKind;
import org.cpchub.domain.meetings.Resolution;
import org.cpchub.domain.meetings.StandardItem;
import org.cpchub.domain.meetings.WorkProgrammeItem;

/**
 * Demo meetings from the council's papers, so that agendas, minutes, the action log and the work programme
 * show real content on first start: the Corporate Parenting Committee of 24 October 2024 as minuted (seed 000),
 * the meetings either side of it, and the committee's work programme 2022-24 (seed 004, Appendix 4). Officers
 * and partners appear by role title, councillors by the invented names of the demo directory.
 */
final class DemoMeetings {
    /** Thurrock's committees meet at 7pm (its published agendas); the seed itself gives no start time. */
    private static final LocalTime START = LocalTime.of(19, 0);
    /** Standing orders end a meeting at 9.30pm unless extended. */
    private static final LocalTime GUILLOTINE = LocalTime.of(21, 30);
    private static final LocalTime STANDING_ORDERS_CALLED = LocalTime.of(21, 11);
    private static final int EXTENSION_MINUTES = 30;
    /** Published eight days ahead at 10am: five clear working days before any weekday meeting. */
    private static final int DAYS_AHEAD = 8;
    private static final LocalTime PUBLISHED_AT = LocalTime.of(10, 0);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ClearDays RULE = new ClearDays(ClearDays.Mode.WORKING_DAYS, Set.of());
    private static final String VENUE = "Council Chamber, Civic Offices, New Road, Grays, Essex, RM17 6SL";
    /** The seed names the recording but gives no address; the council's channel stands in. */
    private static final String RECORDING = "https://www.youtube.com/@thurrockcouncil";

    /** Demo: the March 2024 meeting the October minutes refer back to ("plans presented in March 2024"). */
    private static final LocalDate MARCH_2024 = LocalDate.of(2024, 3, 14);
    private static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 31);
    private static final LocalDate OCTOBER_2024 = LocalDate.of(2024, 10, 24);
    private static final LocalDate JANUARY_2025 = LocalDate.of(2025, 1, 21);
    /** The March 2025 committee the ICB's report was promised to; not created here, only a due date. */
    private static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 13);

    // Directory look-up keys
    private static final String WHITFIELD = "Cllr James Whitfield";
    private static final String PEMBERTON = "Cllr Ruth Pemberton";
    private static final List<String> MEMBERS = List.of("Cllr Alex Morgan", "Cllr Priya Shah", "Cllr Tom Barker",
            "Cllr Helen Okafor", WHITFIELD, "Cllr Sarah Lindqvist", "Parent Governor Representative");
    private static final String HEAD_OF_CLA = "Head of Service for Children Looked After";
    private static final String FOSTERING = "Service Manager Fostering and Adoption";
    private static final String CLERK = "Senior Democratic Services Officer";
    private static final String PARTICIPATION = "Participation Lead";
    private static final String CAMHS = "SET CAMHS Service Lead";
    private static final String ICB = "ICB Deputy Director";
    private static final String PANEL_CHAIR = "Independent Panel Chair";

    // Appendix 4 lead contributors by role title (from the council's minutes; those marked * are inferred)
    private static final String LAC_LEAD = "Strategic Lead for Looked After Children";
    private static final String BI_LEAD = "Strategic Lead for Business Intelligence";
    private static final String YOS_LEAD = "Strategic Lead for Youth Offending Service and Prevention";
    private static final String QA_LEAD = "Strategic Lead for Quality Assurance and Safeguarding"; // *
    private static final String COMMISSIONING = "Strategic Lead for Commissioning"; // *
    private static final String AFTER_CARE = "Service Manager, After Care"; // *
    private static final String HOUSING = "Housing Strategic Lead"; // *
    private static final String HEAD_START = "Head Start Housing leads"; // *
    private static final String ADULT_TRANSITIONS = "Adult Social Care Transitions Lead"; // *
    private static final String IRO_HEAD = "Head of Independent Reviewing Service";
    private static final String OPEN_DOOR = "Open Door";
    private static final String HEALTH = "Health partners";
    private static final String CICC = "Children in Care Council Update";
    private static final String CICC_PURPOSE = "To hear the views of Looked After Children and Care Leavers";
    private static final String PERFORMANCE = "Performance Report";
    private static final String PERFORMANCE_PURPOSE =
            "To provide information on the performance of Children's Services and trends.";
    private static final String CSC_PERFORMANCE = "Children's Social Care Performance";
    private static final String CSC_PURPOSE = "To report the performance of Children's Social Care for children"
            + " looked after and care leavers, and trends.";
    private static final String VOICES_PURPOSE = "To hear the views of children looked after and care leavers.";

    private final EntityManager em;
    private final Function<String, Person> person;

    DemoMeetings(EntityManager em, Function<String, Person> person) {
        this.em = em;
        this.person = person;
    }

    /** Creates the meetings of the Corporate Parenting Committee {@code cpc} and the 2022-24 work programme. */
    void load(Committee cpc) {
        List<Meeting> held = new ArrayList<>(workProgramme2022to24(cpc));
        Meeting march = heldMeeting(cpc, MARCH_2024);
        held.add(march);
        Meeting july = july2024(cpc, march);
        held.add(july);
        Meeting october = october2024(cpc, july);
        january2025(cpc, october);
        // Each set of minutes was approved at the next meeting; October's wait for January.
        for (int i = 0; i < held.size(); i++) {
            held.get(i).confirmMinutes(i + 1 < held.size() ? held.get(i + 1) : october);
        }
    }

    /**
     * Appendix 4 of the strategy. Only 19 July 2022 has a day; for the other meetings the appendix gives the
     * month, so a weekday is assumed (Tuesdays, like July; Wednesday 28 September because Monday 19 September
     * 2022, eight days earlier, was the Queen's state funeral).
     */
    /**
     * The Children's Services Overview and Scrutiny Committee's performance item of autumn 2018 (seed 002;
     * the date is assumed): the same report reaches scrutiny as well as the Corporate Parenting Committee.
     */
    void loadScrutiny(Committee scrutiny) {
        Meeting meeting = heldMeeting(scrutiny, LocalDate.of(2018, 10, 9));
        standard(meeting, 1, StandardItem.MINUTES).setTitle(StandardItem.minutesTitle(scrutiny.getName(), null));
        minutes(standard(meeting, 2, StandardItem.URGENT_BUSINESS), "There were no Items of Urgent Business.");
        AgendaItem declarations = standard(meeting, 3, StandardItem.DECLARATIONS);
        minutes(declarations, "There were no Declarations of Interest.");
        declarations.setNoDeclarations(true);
        AgendaItem performance = report(meeting, 4, "Children's Social Care Performance",
                "To update the committee on the performance of children's social care.",
                "Corporate Director of Children's Services");
        minutes(performance, "The report provided an update to the children's social care service, where considerable"
                        + " work had been undertaken to manage the high level of demand. A reduction had been seen in"
                        + " contacts and referrals through the improved early intervention service and the MASH.",
                "Missing looked after children had reduced (2016/17: 361; 2017/18: 291). Housing remained a key challenge"
                        + " for young people leaving care, addressed through the Head Start Housing scheme.");
        resolved(performance, "That the Children's Services Overview and Scrutiny Committee noted the areas of"
                        + " improvement in children's social care, work undertaken to manage demand for statutory social"
                        + " care services and highlight areas of further investigation for deep dive studies.",
                "That the Children's Services Overview and Scrutiny Committee noted a new inspection framework had"
                        + " been introduced by Ofsted for children's social care.");
        workProgrammeItem(meeting, 5);
    }

    private List<Meeting> workProgramme2022to24(Committee cpc) {
        Meeting july = taken(cpc, LocalDate.of(2022, 7, 19),
                plan("Headstart Housing support to Care Leavers", HEAD_START,
                        "Report on Head Start Housing support to care leavers."),
                plan("Corporate Parenting Committee Strategy 2022 - 2024", LAC_LEAD,
                        "For Members to discuss and approve the strategy"),
                plan(CICC, OPEN_DOOR, CICC_PURPOSE),
                plan(PERFORMANCE, BI_LEAD, PERFORMANCE_PURPOSE),
                plan("Update on Initial Health Assessment Performance", LAC_LEAD, "To provide an update on Initial"
                        + " Health Assessment performance and actions taken to improve it."),
                plan("Sufficiency Strategy Update", COMMISSIONING + " / " + LAC_LEAD,
                        "To provide an update to committee on the performance in this area."));
        Meeting september = taken(cpc, LocalDate.of(2022, 9, 28),
                plan("Adoption Service Report and Adoption Statement of Purpose", LAC_LEAD,
                        "To provide update and performance information on the Adoption Service"),
                plan("After Care Report", AFTER_CARE, "To provide feedback on developments for Care Leavers"),
                plan("Update on Joint work and Housing Protocol for Care Leavers", LAC_LEAD + " / " + HOUSING,
                        "To report on the joint work between Housing and Social Care and the agreed arrangements"
                                + " for housing Care Leavers"),
                plan(PERFORMANCE, BI_LEAD, PERFORMANCE_PURPOSE),
                plan(CICC, OPEN_DOOR, CICC_PURPOSE),
                plan("CLA Health Report", HEALTH, "To provide an update to committee on the health offer to CLA"),
                plan("Update on Fostering Recruitment", LAC_LEAD,
                        "To provide an update on Fostering Recruitment in Thurrock"));
        Meeting january = taken(cpc, LocalDate.of(2023, 1, 17),
                plan("LADO Report", QA_LEAD,
                        "To provide feedback on the work of the Local Authority Designated Officer"),
                plan("Overview of Safeguarding Arrangements for Looked After Children", QA_LEAD, "To offer sufficient"
                        + " information to satisfy Elected Members that the safeguarding needs of Children including"
                        + " Looked After Children and Care Leavers are appropriately addressed"),
                plan("Placements and Commissioning Annual Report", COMMISSIONING, "To provide assurance to the"
                        + " Committee about the work carried out with regards to commissioning and monitoring of"
                        + " children's homes and supported accommodation."),
                plan("Fostering Statement of Purpose and Fostering Report", LAC_LEAD,
                        "To provide an update on the Fostering Service and share the Fostering Statement of Purpose"),
                plan(CICC, OPEN_DOOR, CICC_PURPOSE),
                plan("Transition arrangements for CLA", LAC_LEAD + " / " + ADULT_TRANSITIONS, "To update Committee"
                        + " members on the joint work being undertaken between children and adult social care."),
                plan(PERFORMANCE, BI_LEAD, PERFORMANCE_PURPOSE),
                plan("Virtual School Annual Report", "Virtual School Head",
                        "To report on the educational progress of Children Looked After"));
        Meeting march = taken(cpc, LocalDate.of(2023, 3, 14),
                plan(PERFORMANCE, BI_LEAD, PERFORMANCE_PURPOSE),
                plan("Early Help Annual Report and Impact of edge of care work", YOS_LEAD, "To provide information"
                        + " to the committee on Thurrock's Early Help Activity within Thurrock and the work carried"
                        + " out and the impact on children entering and leaving care."),
                plan("Fostering and Adoption Panel Report", LAC_LEAD,
                        "To provide performance information on the Fostering and Adoption Panel."),
                plan("Review Corporate Parenting Strategy", LAC_LEAD, "Progress report"),
                plan("Participation Report", QA_LEAD, "To provide key messages to CPC about matters of importance"
                        + " to looked after children and care leavers"),
                plan(CICC, OPEN_DOOR, CICC_PURPOSE),
                plan("Youth Offending Service Report", YOS_LEAD + " / Probation Service", "To provide an overview"
                        + " to Committee on support provided to CLA and Care Leavers by the Youth Offending and"
                        + " Probation Services"));
        Meeting june = taken(cpc, LocalDate.of(2023, 6, 13),
                plan("UASC Report", AFTER_CARE,
                        "To provide feedback to committee on the work with Unaccompanied Asylum Seeking Children"),
                plan("Missing Report", YOS_LEAD, "To provide information to the committee on the work carried out"
                        + " with children who go missing to reduce episodes and report on findings of Return Home"
                        + " Interviews."),
                plan("Private Fostering Report", LAC_LEAD, "To provide information to the committee on Private"
                        + " Fostering Activity within Thurrock and the work carried out to ensure they are safe."),
                plan("Children Looked After Initial Assessments - Update", LAC_LEAD + " / " + HEALTH, "To provide an"
                        + " update on the performance in this area and actions being taken to ensure children are"
                        + " having their health needs assessed and met."),
                plan(CICC, OPEN_DOOR, CICC_PURPOSE),
                plan(PERFORMANCE, BI_LEAD, PERFORMANCE_PURPOSE),
                plan("IRO Annual Report", IRO_HEAD, "To update Corporate Parenting Committee on the work of the IRO"
                        + " service"),
                plan("After Care Participation and Feedback Report", AFTER_CARE,
                        "To provide feedback on participation with care leavers"));
        return List.of(july, september, january, march, june);
    }

    /** One row of a work programme: item, lead contributor, purpose. */
    private record Plan(String title, String lead, String purpose) {
    }

    private static Plan plan(String title, String lead, String purpose) {
        return new Plan(title, lead, purpose);
    }

    /** A held meeting and the programme items it took. */
    private Meeting taken(Committee cpc, LocalDate date, Plan... plans) {
        Meeting meeting = heldMeeting(cpc, date);
        for (Plan p : plans) {
            programmed(meeting, p).markTaken();
        }
        return meeting;
    }

    private WorkProgrammeItem programmed(Meeting meeting, Plan p) {
        WorkProgrammeItem wp = new WorkProgrammeItem(meeting.getCommittee(),
                WorkProgrammeItem.municipalYearOf(meeting.getDate()), p.title(), p.lead(), p.purpose(), meeting);
        em.persist(wp);
        return wp;
    }

    /**
     * Demo: the July 2024 papers are not among the seeds. Its items are invented to fit what the October minutes
     * refer back to (the councillors' workshop, the new Foster Carer Association, 284 children looked after and
     * 41% of care leavers in education, employment or training at the end of Quarter 1).
     */
    private Meeting july2024(Committee cpc, Meeting previous) {
        Meeting july = heldMeeting(cpc, JULY_2024);
        openingItems(july, previous);
        members(july, null, null);
        inAttendance(july, HEAD_OF_CLA, FOSTERING, CLERK, PARTICIPATION);

        AgendaItem voices = report(july, 4, "Thurrock Young Voices", VOICES_PURPOSE, PARTICIPATION);
        minutes(voices, "Thurrock Young Voices presented their report on the Power of Participation workshops held"
                + " earlier in the year and a workshop being arranged for councillors.");
        resolved(voices, "Members noted the update from Thurrock Young Voices.");

        AgendaItem performance = report(july, 5, CSC_PERFORMANCE, CSC_PURPOSE, HEAD_OF_CLA);
        minutes(performance, "The Head of Service for Children Looked After presented the report for Quarter 1: 284"
                + " Children Looked After, and 41% of Care Leavers in Education, Employment or Training.");
        resolved(performance, "Members scrutinised the performance data and provided challenge to the service.");

        AgendaItem fostering = report(july, 6, "Fostering Service Update", "To update the committee on the Foster"
                + " Carer Association and Foster East.", FOSTERING);
        minutes(fostering, "The Service Manager Fostering and Adoption reported the launch of the Foster Carer"
                + " Association and Thurrock joining Foster East to widen the recruitment of foster carers.");
        resolved(fostering, "Members asked for a report on the recruitment and retention of foster carers in October.");

        minutes(workProgrammeItem(july, 7), "Members noted the Work Programme and agreed the items for October.");

        // Confidential business: taken after the public were excluded (s.100A(4)); its papers never go public.
        AgendaItem allowances = report(july, 8, "Fostering Allowances: Individual Carer Arrangements",
                "To agree allowances for individual foster carers.", FOSTERING);
        allowances.setExemption(Exemption.of(List.of(1, 3), "Identifies individual foster carers and the"
                + " payments made to them; the public interest in disclosure does not outweigh their privacy."));
        minutes(allowances, "Members considered the arrangements for the Wrenfield household and agreed them.");
        resolved(allowances, "That the allowances for the carers named in the report be agreed.");
        em.persist(new ProceduralEvent(july, allowances, ProceduralKind.EXCLUSION_OF_PUBLIC, LocalTime.of(20, 40),
                null));
        july2024Papers(voices, performance, fostering, allowances);
        return july;
    }

    /**
     * The published reports of 31 July 2024 and, so that every route can be shown to keep them private, an exempt
     * appendix to a public report and the report of the exempt item. Demo documents written for this product.
     */
    private void july2024Papers(AgendaItem voices, AgendaItem performance, AgendaItem fostering,
                                AgendaItem allowances) {
        paper(voices, "Thurrock Young Voices: Power of Participation", null,
                "Thurrock Young Voices, the children in care council, held three Power of Participation workshops"
                        + " with young people in care and care leavers in spring 2024.",
                "Young people asked for more say in their pathway plans, for consistent social workers and for"
                        + " help with travel costs to college. A workshop for councillors is being arranged.");
        paper(performance, CSC_PERFORMANCE + ": Quarter 1 2024-25", null,
                "At the end of June 2024 there were 284 Children Looked After, a rate of 64.8 per 10,000 children"
                        + " aged 0-17, against statistical neighbours at 65 and England at 67.",
                "41% of care leavers were in education, employment or training against a target of 70%."
                        + " 93% of reviews were held on time against a target of 95%.");
        paper(performance, "Appendix: placements of individual children", Exemption.of(List.of(2),
                        "Names children and their placements."),
                "Larkspur Lodge placement: details of the individual children placed and their needs.");
        paper(fostering, "Fostering Service Update", null,
                "The Foster Carer Association was launched in May 2024. Thurrock has joined Foster East, a regional"
                        + " partnership to widen the recruitment of foster carers across the eastern region.");
        paper(allowances, "Fostering Allowances: Individual Carer Arrangements", null,
                "The Wrenfield household cares for three siblings; an enhanced allowance is proposed.");
    }

    private void paper(AgendaItem item, String title, Exemption exemption, String... paragraphs) {
        byte[] pdf = DemoReports.pdf(title, paragraphs);
        String fileName = title.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase() + ".pdf";
        Meeting meeting = item.getMeeting();
        AgendaDocument document = new AgendaDocument(item, title, fileName, DocumentType.PDF, pdf.length,
                sha256(pdf), exemption, "None", meeting.getDate().minusDays(DAYS_AHEAD).atTime(PUBLISHED_AT)
                .atZone(LONDON).toInstant(), "clerk");
        em.persist(document);
        em.flush(); // the content is keyed by the document's generated id
        em.persist(new DocumentContent(document.getId(), pdf,
                org.cpchub.ejb.meetings.DocumentText.extract(DocumentType.PDF, pdf)));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The meeting of 24 October 2024, every item as minuted (seed 000), the narrative condensed. */
    private Meeting october2024(Committee cpc, Meeting previous) {
        Meeting october = heldMeeting(cpc, OCTOBER_2024);
        october.setRecordingUrl(RECORDING);
        openingItems(october, previous);
        members(october, WHITFIELD, PEMBERTON);
        inAttendance(october, HEAD_OF_CLA, FOSTERING, CLERK, PARTICIPATION, CAMHS, ICB, PANEL_CHAIR);
        youngVoicesAndPerformance(october);
        health(october);
        fosteringAndAdoption(october);

        AgendaItem programme = workProgrammeItem(october, 12);
        minutes(programme, "Members were invited to discuss and add to the Work Programme. Members referred to the"
                + " update the ICB had offered earlier in the meeting; the ICB Deputy Director asked whether the"
                + " report could be brought after the end of January.");
        action(programme, "Bring the ICB report to the March committee; the Social Care Team to give an update on"
                + " performance in January.", ICB, null, MARCH_2025);
        return october;
    }

    private void youngVoicesAndPerformance(Meeting october) {
        AgendaItem voices = report(october, 4, "Thurrock Young Voices", VOICES_PURPOSE, PARTICIPATION);
        minutes(voices, "Thurrock Young Voices presented their report as set out in the Agenda, on the success of the"
                        + " Power of Participation workshops held across two days earlier in the year. A further"
                        + " workshop for councillors had been well attended, and all had received great feedback.",
                "Members were asked to support a possible event at which local businesses would advise Care Leavers"
                        + " on the services available to them, and mentor them through work experience, job"
                        + " opportunities and donations of food, clothes and essential items.",
                "Members thanked Thurrock Young Voices and agreed they were an inspiration to the Council.");
        noted(voices, "Under the Portfolio for Good Growth, work had started to advocate for apprenticeships and jobs"
                        + " for care leavers. Members offered to mentor care leavers and to ask businesses in their"
                        + " wards what work experience and opportunities they could provide.",
                "Officers were talking with all directorates about what could be offered to care leavers and young"
                        + " people; initial feedback had been positive.");
        action(voices, "Draft a mentoring programme and liaise with Corporate Parenting Committee members and the"
                + " Cabinet.", null, "Thurrock Young Voices", JANUARY_2025);
        action(voices, "Liaise with members and facilitate, on behalf of the young people, to progress the"
                + " initiative and Members' offer of help.", null, "Children's Services officers", JANUARY_2025);

        AgendaItem performance = report(october, 5, CSC_PERFORMANCE, CSC_PURPOSE, HEAD_OF_CLA);
        minutes(performance, "The Head of Service for Children Looked After presented the report. Key points:",
                "Numbers in care had remained relatively stable: in Quarter 2 Children Looked After fell from 284 to"
                        + " 267, and in August only 2 children became Looked After, the lowest month for over a year.",
                "At the end of Quarter 1 the rate of Children Looked After was below statistical neighbours and the"
                        + " England average; a slight rise in the 10-15 age range put Thurrock slightly above"
                        + " statistical neighbours.",
                "At the end of August 2024, 70% of Children Looked After were placed within 20 miles of home; of the"
                        + " 30% placed further away, 8% were unaccompanied asylum-seeking children.",
                "Care Leavers in Education, Employment or Training rose from 41% (Quarter 1) to 43.3% (August 2024).");
        // The published extract breaks off ("view the full minutes text"): no RESOLVED clause is recorded.
        noted(performance, "Thurrock was below its National Transfer Scheme (NTS) quota for Unaccompanied Asylum-"
                        + "Seeking Children (UASC); as a port authority it was always on or about its threshold of 44.",
                "UASC had exceeded the threshold of 44 in the second half of last year after an influx into the"
                        + " Borough; officers explained how the NTS scheme worked and how figures were reported.",
                "For children in the Youth Justice System, interventions aimed to steer them away from re-offending.",
                "The fall in Children Looked After since Quarter 1 reflected early intervention work with families"
                        + " and the measures in place at initial assessment.",
                "Social worker visits in timescale were in the low 90%s; delays were addressed in performance"
                        + " management meetings, and some visits only 1 day out still had to be reported as late.");
    }

    private void health(Meeting october) {
        AgendaItem camhs = report(october, 6, "SET CAMHS Report for Looked After Children", "To describe and"
                + " analyse the SET CAMHS service to Children Looked After, January to September 2024.", CAMHS);
        minutes(camhs, "The SET CAMHS Service Lead presented the report. SET CAMHS, jointly commissioned by the Local"
                + " Authorities and Integrated Care Boards across the wider Essex area, serves children with a level"
                + " of mental health need; the report covered the Children Looked After in Thurrock referred from"
                + " January to September 2024 and the service they received.");
        noted(camhs, "Trauma therapy was not offered in schools in isolation; schools received shared information"
                        + " and support to understand the system and behaviours.",
                "Thurrock did refer children with eating disorders, but none of them were Children Looked After.",
                "With the service over capacity and UASC numbers rising, often with language barriers, officers"
                        + " offered fast-track assessments and a hotline for Looked After Children, and good links with"
                        + " social care and education: mental health is everyone's business.",
                "Contract timeframes were met: assessment within 10 working days, the plan with the social worker"
                        + " within a further 5.",
                "Members asked for clarification on the key areas for improvement.");
        action(camhs, "Bring a report on how a more flexible mental health model is being developed and introduced"
                + " through a collaborative working group.", ICB, null, MARCH_2025);
        resolved(camhs, "Members noted and reviewed the SET Child and Adolescent Mental Health Services Report for"
                        + " Looked After Children during the period January to September 2024.",
                "Members noted they were aware of the key areas for improvement.");

        AgendaItem assessments = report(october, 7, "Initial Health Assessment for Looked After Children",
                "To assure the committee of progress against the plans presented in March 2024.", ICB);
        minutes(assessments, "The ICB Deputy Director presented the report. Thurrock Council had raised concerns"
                        + " about the delivery of Initial Health Assessments and targets not being met; the report gave"
                        + " assurance that the task and finish groups were progressing against the March 2024 plans.",
                "It described provision across Mid and South Essex and a potential sustainable, costed model and"
                        + " redesign options, so that the ICB's statutory responsibility continued to be met.");
        noted(assessments, "Members asked about the ageing population of paediatricians and what was being done.",
                "The report showed more Children Looked After referred, though Thurrock's numbers had not risen;"
                        + " the figures were clarified.",
                "The ICB Deputy Director described the Task and Finish Group's work against its mandate.",
                "A central referral hub, which did not exist now, was being looked at under the new model.",
                "Members asked for the regional figures to be broken down for Thurrock children and updated for"
                        + " Quarters 1 and 2.",
                "Assessments had to be done by a paediatrician, even with a backlog: a statutory responsibility.",
                "A formal process now took KPIs through for future contracts, and formal governance was in place.");
        action(assessments, "Bring back the performance data for Thurrock children, including Quarters 1 and 2"
                + " (July and August).", ICB, null, MARCH_2025);
        resolved(assessments, "Members agreed to support an approach to involve all local authority colleagues"
                        + " across the South, Essex and Thurrock footprint.",
                "Members agreed to the request for a return after January 2025 to receive an update on progress.");
    }

    private void fosteringAndAdoption(Meeting october) {
        AgendaItem recruitment = report(october, 8, "Recruitment and Retention of Foster Carers",
                "To outline progress in recruiting foster carers and the plans to retain them.", FOSTERING);
        minutes(recruitment, "The Service Manager Fostering and Adoption presented the report on recruitment of"
                + " foster carers in Thurrock and how the service would address sufficiency: recruiting more carers"
                + " and retaining the current cohort.");
        noted(recruitment, "Joining Foster East was early days, but an increase in enquiries was hoped for.",
                "Councillors could help recruitment by promotion within their networks and channels.",
                "Members noted an improvement in communication and advertising.");
        action(recruitment, "Share the Mockingbird video with the committee.", null, "Democratic Services",
                JANUARY_2025);
        resolved(recruitment, "Members were sighted on the work undertaken in the foster service in respect of"
                        + " fostering, recruitment and retention to ensure sufficiency of care for Thurrock's Looked"
                        + " After Children.",
                "Members provided challenge and feedback in relation to the plan to ensure it is effective in achieving"
                        + " recruitment targets, retaining high-quality foster carers and addressing any gaps in"
                        + " provision, supporting the objective of providing sufficient, stable and nurturing"
                        + " placements for Thurrock's Looked After Children.");

        AgendaItem fosteringSop = report(october, 9, "Fostering Statement of Purpose",
                "To inform the committee of the Fostering Statement of Purpose and the statutory duties.", FOSTERING);
        minutes(fosteringSop, "The Service Manager presented the annual Fostering Statement of Purpose. New this"
                + " year: the Foster Carer Association, whose co-production is at the heart of the service; it would"
                + " be sighted on, and give feedback on, all processes and policies.");
        resolved(fosteringSop, "Members of the Committee were informed about Thurrock's Fostering Statement of"
                + " Purpose and the Local Authority's statutory duties and held officers to account and scrutinised"
                + " the work of the service.");

        AgendaItem adoptionSop = report(october, 10, "Adoption Statement of Purpose",
                "To review the annual Adoption Statement of Purpose.", FOSTERING);
        minutes(adoptionSop, "The Service Manager presented the annual Adoption Statement of Purpose, standardised"
                        + " this year against the other members of Adopt East for consistency.",
                "Members thanked the whole of the Fostering and Adoption Service for their hard work.");
        resolved(adoptionSop, "Members of the committee reviewed Thurrock's Adoption Statement of Purpose and held"
                + " officers to account to deliver the services required as part of their statutory duties and the"
                + " Council's ambition for children.");
        em.persist(new ProceduralEvent(october, adoptionSop, ProceduralKind.STANDING_ORDERS_EXTENSION,
                STANDING_ORDERS_CALLED, EXTENSION_MINUTES));

        AgendaItem panel = report(october, 11, "Fostering and Adoption Panel Annual Report 2023-2024",
                "To update members on the Panel's annual activities and performance.", PANEL_CHAIR);
        minutes(panel, "The Chair of the Panel presented the report, reminding the committee that the Panel was an"
                + " independent body and a critical friend. It was now more diverse than in the past and was finding"
                + " creative ways of gathering the views and feelings of the children.");
        noted(panel, "Members questioned how foster carers were reviewed.",
                "A Care Leaver now sat on the Panel; members asked whether the Panel would mentor Thurrock Young"
                        + " Voices and children in foster care to encourage high aspirations and achievements.");
        action(panel, "Discuss between the Fostering Service and the Panel whether a Panel mentoring arrangement"
                + " with Thurrock Young Voices and children in foster care can be facilitated.", FOSTERING, null,
                JANUARY_2025);
        resolved(panel, "Members of the committee reviewed and commented on Thurrock's Fostering and Adoption"
                + " Panel's annual performance.");
    }

    /** The next meeting, scheduled: its agenda carries two items from the 2024/25 work programme. */
    private void january2025(Committee cpc, Meeting previous) {
        Meeting january = meeting(cpc, JANUARY_2025);
        openingItems(january, previous);
        planned(january, 4, plan("Thurrock Young Voices", "Thurrock Young Voices", VOICES_PURPOSE), PARTICIPATION);
        planned(january, 5, plan(CSC_PERFORMANCE, HEAD_OF_CLA, CSC_PURPOSE + " Includes the update on Initial"
                + " Health Assessment performance agreed on 24 October 2024."), HEAD_OF_CLA);
        workProgrammeItem(january, 6);
    }

    /** An agenda item placed from the work programme, linked back to it. */
    private void planned(Meeting meeting, int number, Plan p, String leadOfficer) {
        WorkProgrammeItem wp = programmed(meeting, p);
        wp.placeOnAgenda();
        em.flush(); // the link needs the programme item's generated id
        report(meeting, number, p.title(), p.purpose(), leadOfficer).setWorkProgrammeItemId(wp.getId());
    }

    private Meeting meeting(Committee cpc, LocalDate date) {
        Meeting meeting = new Meeting(cpc, date, START);
        meeting.setGuillotineTime(GUILLOTINE);
        meeting.setVenue(VENUE);
        em.persist(meeting);
        return meeting;
    }

    /** A meeting taken through its lifecycle to minutes drafted, its agenda published in good time. */
    private Meeting heldMeeting(Committee cpc, LocalDate date) {
        Meeting meeting = meeting(cpc, date);
        LocalDate published = date.minusDays(DAYS_AHEAD);
        meeting.publishAgenda(published.atTime(PUBLISHED_AT).atZone(LONDON).toInstant(), published, RULE, null);
        meeting.markHeld(date);
        // draft minutes go out about a week after the meeting
        meeting.markMinutesDrafted(date.plusDays(7).atTime(PUBLISHED_AT).atZone(LONDON).toInstant());
        return meeting;
    }

    /** Items 1-3 of every agenda; minuted as Thurrock does once the meeting has been held. */
    private void openingItems(Meeting meeting, Meeting previous) {
        String committee = meeting.getCommittee().getName();
        AgendaItem minutes = standard(meeting, 1, StandardItem.MINUTES);
        minutes.setTitle(StandardItem.minutesTitle(committee, previous.getLongDate()));
        minutes.setPreviousMeeting(previous);
        AgendaItem urgent = standard(meeting, 2, StandardItem.URGENT_BUSINESS);
        AgendaItem declarations = standard(meeting, 3, StandardItem.DECLARATIONS);
        if (meeting.getStatus().isHeld()) {
            minutes(minutes, "The Minutes of the " + committee + " held on the " + previous.getLongDate()
                    + " were approved as a correct record.");
            minutes(urgent, "There were no Items of Urgent Business.");
            minutes(declarations, "There were no Declarations of Interest.");
            declarations.setNoDeclarations(true);
        }
    }

    private AgendaItem workProgrammeItem(Meeting meeting, int number) {
        AgendaItem item = standard(meeting, number, StandardItem.WORK_PROGRAMME);
        item.setLeadOfficer(named(CLERK));
        return item;
    }

    private AgendaItem standard(Meeting meeting, int number, StandardItem kind) {
        AgendaItem item = AgendaItem.standard(meeting, number, kind, kind.getTitle());
        em.persist(item);
        return item;
    }

    private AgendaItem report(Meeting meeting, int number, String title, String purpose, String lead) {
        AgendaItem item = new AgendaItem(meeting, number, title, ItemKind.REPORT);
        item.setPurpose(purpose);
        item.setLeadOfficer(named(lead));
        em.persist(item);
        return item;
    }

    /** The narrative, one HTML paragraph per argument. */
    private static void minutes(AgendaItem item, String... paragraphs) {
        item.setMinutesText(Stream.of(paragraphs).map(p -> "<p>" + escape(p) + "</p>")
                .collect(Collectors.joining()));
    }

    /** "Members noted and commented:" points, one per line. */
    private static void noted(AgendaItem item, String... points) {
        item.setMembersNoted(String.join("\n", points));
    }

    /** The item's RESOLVED clauses, numbered 1.1, 1.2 ... in order. */
    private void resolved(AgendaItem item, String... clauses) {
        for (int i = 0; i < clauses.length; i++) {
            em.persist(new Resolution(item, i + 1, clauses[i]));
        }
    }

    /** An open Action Point, owned by a person (by look-up key) or a team. */
    private void action(AgendaItem item, String text, String owner, String team, LocalDate due) {
        em.persist(new ActionPoint(item, text, owner == null ? null : named(owner), team, due));
    }

    /** The voting members; one may send apologies and have a substitute. */
    private void members(Meeting meeting, String apologies, String substitute) {
        for (String member : MEMBERS) {
            boolean absent = member.equals(apologies);
            attend(meeting, member, true, absent ? AttendanceStatus.APOLOGIES : AttendanceStatus.PRESENT);
        }
        if (substitute != null) {
            attend(meeting, substitute, true, AttendanceStatus.PRESENT).setSubstituteFor(named(apologies));
        }
    }

    /** Officers and partners in attendance, without a vote. */
    private void inAttendance(Meeting meeting, String... people) {
        for (String p : people) {
            attend(meeting, p, false, AttendanceStatus.PRESENT);
        }
    }

    private Attendance attend(Meeting meeting, String who, boolean voting, AttendanceStatus status) {
        Attendance attendance = new Attendance(meeting, named(who), voting, status);
        em.persist(attendance);
        return attendance;
    }

    /** The demo directory must hold every key used here; a missing one is a programming error. */
    private Person named(String key) {
        Person p = person.apply(key);
        if (p == null) {
            throw new IllegalStateException("No demo person for the key \"" + key + "\"");
        }
        return p;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
