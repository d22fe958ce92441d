package org.cpchub.ejb.support;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validation;
import java.time.Instant;
import org.cpchub.ejb.directory.CommitteeService;
import org.cpchub.ejb.directory.PersonService;
import org.cpchub.ejb.platform.AuditService;
import org.cpchub.ejb.meetings.ActionLogService;
import org.cpchub.ejb.meetings.CommitteeAccess;
import org.cpchub.ejb.meetings.DocumentService;
import org.cpchub.ejb.meetings.MeetingService;
import org.cpchub.ejb.meetings.MinutesService;
import org.cpchub.ejb.meetings.WorkProgrammeService;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.CouncilSettings;
import org.cpchub.ejb.platform.InputValidator;
import org.cpchub.ejb.publication.PublishedRecords;
import org.cpchub.ejb.search.SearchIndex;
import org.cpchub.ejb.search.SearchService;
import org.cpchub.ejb.strategy.EngagementService;
import org.cpchub.ejb.strategy.MeasureService;
import org.cpchub.ejb.strategy.MeasureValueService;
import org.cpchub.ejb.strategy.PerformanceReportArchive;
import org.cpchub.ejb.strategy.PerformanceReportService;
import org.cpchub.ejb.strategy.StrategyService;
import org.cpchub.ejb.strategy.TraceabilityService;
import org.cpchub.ejb.strategy.ValueImportService;

/**
 * Wires the services by hand around one EntityManager for the Java SE persistence tests: the same
 * queries and rules as in the server, without the container. Security and transactions are tested
 * in the container tests (ear module).
 */
public final class Services {
    public static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    public final TestClock clock = new TestClock(NOW);
    public final AuditTrail audit = new AuditTrail();
    public final InputValidator validator = new InputValidator();
    public final CommitteeService committees = new CommitteeService();
    public final PersonService people = new PersonService();
    public final AuditService auditService = new AuditService();
    public final CouncilSettings settings = new CouncilSettings();
    public final MeetingService meetings = new MeetingService();
    public final MinutesService minutes = new MinutesService();
    public final ActionLogService actions = new ActionLogService();
    public final WorkProgrammeService programme = new WorkProgrammeService();
    public final DocumentService documents = new DocumentService();
    public final PublishedRecords published = new PublishedRecords();
    public final TestCaller caller = new TestCaller();
    public final StrategyService strategies = new StrategyService();
    public final MeasureService measures = new MeasureService();
    public final MeasureValueService values = new MeasureValueService();
    public final ValueImportService imports = new ValueImportService();
    public final EngagementService engagement = new EngagementService();
    public final TraceabilityService traceability = new TraceabilityService();
    public final PerformanceReportArchive reports = new PerformanceReportArchive();
    public final PerformanceReportService reportService = new PerformanceReportService();
    public final SearchIndex searchIndex = new SearchIndex();
    public final SearchService search = new SearchService();

    public Services(EntityManager em) {
        Wiring.set(audit, "em", em);
        Wiring.set(audit, "clock", clock);
        Wiring.set(audit, "context", caller.context());
        Wiring.set(validator, "validator", Validation.buildDefaultValidatorFactory().getValidator());
        for (Object service : new Object[] {committees, people, auditService, settings, meetings, minutes, actions,
            programme, documents}) {
            Wiring.set(service, "em", em);
        }
        for (Object service : new Object[] {committees, people, settings, meetings, minutes, actions, programme,
            documents}) {
            Wiring.set(service, "audit", audit);
        }
        for (Object service : new Object[] {committees, people, meetings, minutes, programme, documents}) {
            Wiring.set(service, "validator", validator);
        }
        for (Object service : new Object[] {committees, meetings, actions, minutes, documents}) {
            Wiring.set(service, "clock", clock);
        }
        Wiring.set(meetings, "settings", settings);
        // staff read every committee; the councillor restriction is tested in the container (MeetingServiceIT)
        CommitteeAccess everyCommittee = new CommitteeAccess() {
            @Override
            public java.util.Optional<Long> restrictedToPerson() {
                return java.util.Optional.empty();
            }
        };
        Wiring.set(meetings, "access", everyCommittee);
        Wiring.set(documents, "access", everyCommittee);
        Wiring.set(minutes, "settings", settings);
        for (Object service : new Object[] {minutes, actions, programme, documents}) {
            Wiring.set(service, "meetings", meetings);
        }
        Wiring.set(published, "em", em);
        Wiring.set(published, "clock", clock);
        Object[] strategy = {strategies, measures, values, imports, engagement, traceability, reports};
        for (Object service : strategy) {
            Wiring.set(service, "em", em);
            Wiring.set(service, "audit", audit);
        }
        for (Object service : new Object[] {strategies, values, imports, engagement, traceability, reports}) {
            Wiring.set(service, "clock", clock);
        }
        for (Object service : new Object[] {strategies, measures, engagement}) {
            Wiring.set(service, "validator", validator);
        }
        for (Object service : new Object[] {measures, values, imports, engagement, traceability, reports}) {
            Wiring.set(service, "context", caller.context());
        }
        Wiring.set(traceability, "access", everyCommittee);
        Wiring.set(measures, "traceability", traceability);
        Wiring.set(reportService, "strategies", strategies);
        Wiring.set(reportService, "archive", reports);
        Wiring.set(reportService, "settings", settings);
        Wiring.set(reportService, "documents", documents);
        Wiring.set(reportService, "clock", clock);
        Wiring.set(searchIndex, "em", em);
        Wiring.set(searchIndex, "published", published);
        Wiring.set(search, "em", em);
        for (Object service : new Object[] {meetings, minutes, documents}) {
            Wiring.set(service, "search", searchIndex);
        }
    }
}
