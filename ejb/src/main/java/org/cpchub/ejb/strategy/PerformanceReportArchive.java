package org.cpchub.ejb.strategy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.platform.AuditAction;
import org.cpchub.domain.platform.Role;
import org.cpchub.domain.shared.AccessRefusedException;
import org.cpchub.domain.shared.InvalidInputException;
import org.cpchub.domain.shared.NotFoundException;
import org.cpchub.domain.shared.Page;
import org.cpchub.domain.shared.PageRequest;
import org.cpchub.domain.strategy.PerformanceReport;
import org.cpchub.domain.strategy.PerformanceReportContent;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.domain.strategy.Strategy;
import org.cpchub.ejb.platform.AuditTrail;
import org.cpchub.ejb.platform.Caller;
import org.cpchub.ejb.platform.PagedQuery;

/**
 * The archive of generated performance reports: one per strategy, period and version (public, with small
 * counts suppressed, or internal), so a repeated scheduled run finds the report already filed. Councillors
 * (MEMBER without a staff role) see only the public versions.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.OFFICER, Role.Names.CLERK, Role.Names.MEMBER})
public class PerformanceReportArchive {
    static final String TYPE = "PerformanceReport";
    private static final Map<String, String> SORTABLE = Map.of("generatedAt", "r.generatedAt",
            "period", "r.period.start");
    private static final Set<String> STAFF = Set.of(Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.OFFICER,
            Role.Names.CLERK);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Archived reports, newest period first unless sorted otherwise; optionally of one strategy or version. */
    public Page<PerformanceReport> find(Long strategyId, Boolean forPublication, PageRequest page) {
        PageRequest newestFirst = page.sortField() == null
                ? new PageRequest(page.offset(), page.size(), "period", false) : page;
        // the item a report was presented at, with its meeting and committee, comes in the same statement
        return PagedQuery.of(em, PerformanceReport.class, "r").joinFetch("JOIN FETCH r.strategy"
                        + " LEFT JOIN FETCH r.agendaItem ai LEFT JOIN FETCH ai.meeting am LEFT JOIN FETCH am.committee")
                .where("r.strategy.id = :strategy", "strategy", strategyId)
                .where("r.forPublication = :pub", "pub", publicOnly() ? Boolean.TRUE : forPublication)
                .fetch(newestFirst, SORTABLE, "r.period.start");
    }

    public PerformanceReport get(long id) {
        PerformanceReport r = em.find(PerformanceReport.class, id);
        if (r == null) {
            throw new NotFoundException("Performance report", id);
        }
        if (publicOnly() && !r.isForPublication()) {
            throw new AccessRefusedException("Councillors read the public version of performance reports.");
        }
        return r;
    }

    public Optional<PerformanceReport> find(long strategyId, ReportingPeriod period, boolean forPublication) {
        return em.createNamedQuery("PerformanceReport.find", PerformanceReport.class)
                .setParameter("strategyId", strategyId).setParameter("start", period.getStart())
                .setParameter("frequency", period.getFrequency()).setParameter("forPublication", forPublication)
                .getResultStream().findFirst();
    }

    public String html(long id) {
        get(id);
        return content(id).getHtml();
    }

    /** The PDF, or null when the report was archived as HTML only. */
    public byte[] pdf(long id) {
        get(id);
        return content(id).getPdf();
    }

    private PerformanceReportContent content(long id) {
        PerformanceReportContent c = em.find(PerformanceReportContent.class, id);
        if (c == null) {
            throw new NotFoundException("Performance report content", id);
        }
        return c;
    }

    /** The reports attached to an agenda item. */
    public List<PerformanceReport> attachedTo(long agendaItemId) {
        return em.createQuery("SELECT r FROM PerformanceReport r JOIN FETCH r.strategy WHERE r.agendaItem.id = :item"
                        + (publicOnly() ? " AND r.forPublication = TRUE" : "") + " ORDER BY r.period.start DESC",
                PerformanceReport.class).setParameter("item", agendaItemId).getResultList();
    }

    /**
     * Files a generated report. If the strategy already has the report of that period and version, it is
     * returned unchanged unless {@code replace} is set, when its content is replaced (a deliberate regeneration).
     * {@code scheduled} records "timer" as its author, else the signed-in user.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST})
    public PerformanceReport store(long strategyId, ReportingPeriod period, boolean forPublication, String html,
                                   byte[] pdf, boolean scheduled, boolean replace) {
        Strategy s = em.find(Strategy.class, strategyId);
        if (s == null) {
            throw new NotFoundException(StrategyService.TYPE, strategyId);
        }
        if (period == null || html == null || html.isBlank()) {
            throw InvalidInputException.of("html", "A report needs its period and its HTML.");
        }
        String by = scheduled ? PerformanceReport.TIMER : Caller.name(context);
        long pdfBytes = pdf == null ? 0 : pdf.length;
        Optional<PerformanceReport> existing = find(strategyId, period, forPublication);
        if (existing.isPresent() && !replace) {
            return existing.get();
        }
        PerformanceReport r;
        if (existing.isPresent()) {
            r = existing.get();
            r.regenerated(clock.instant(), by, html.length(), pdfBytes);
            content(r.getId()).replace(html, pdf);
        } else {
            r = new PerformanceReport(s, period, forPublication, clock.instant(), by, html.length(), pdfBytes);
            em.persist(r);
            em.flush();
            em.persist(new PerformanceReportContent(r.getId(), html, pdf));
        }
        em.flush();
        audit.record(existing.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, TYPE, r.getId(),
                s.getName() + " " + period.getLabel() + (forPublication ? " (public)" : " (internal)"),
                (existing.isPresent() ? "regenerated by " : "generated by ") + by);
        return r;
    }

    /** Attaches the report to the agenda item at which it is presented; null detaches it. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.ANALYST, Role.Names.CLERK})
    public PerformanceReport attachTo(long reportId, Long agendaItemId) {
        PerformanceReport r = get(reportId);
        AgendaItem item = null;
        if (agendaItemId != null) {
            item = em.find(AgendaItem.class, agendaItemId);
            if (item == null) {
                throw new NotFoundException("Agenda item", agendaItemId);
            }
        }
        r.attachTo(item);
        audit.record(AuditAction.UPDATE, TYPE, reportId, r.getPeriod().getLabel(), item == null ? "detached from its item"
                : "attached to item " + item.getNumber() + " " + item.getTitle() + " of " + item.getMeeting().getTitle());
        return r;
    }

    /** A councillor without a staff role reads only the public version. */
    private boolean publicOnly() {
        return context.isCallerInRole(Role.Names.MEMBER) && STAFF.stream().noneMatch(context::isCallerInRole);
    }
}
