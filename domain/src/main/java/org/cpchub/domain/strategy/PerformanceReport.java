package org.cpchub.domain.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.cpchub.domain.meetings.AgendaItem;
import org.cpchub.domain.shared.VersionedEntity;

/**
 * A generated performance report, archived as it was produced: the strategy and period it reports, when
 * and by whom (a user, or "timer"), and whether it is the public version (small counts suppressed). One per
 * strategy, period and version, so a repeated scheduled run cannot file it twice. The HTML and PDF are
 * kept apart in {@link PerformanceReportContent} so that lists never load them. It may be attached to the
 * agenda item at which it was presented.
 */
@Entity
@Table(name = "performance_report")
@NamedQuery(name = "PerformanceReport.find", query = "SELECT r FROM PerformanceReport r WHERE r.strategy.id = :strategyId"
        + " AND r.period.start = :start AND r.period.frequency = :frequency AND r.forPublication = :forPublication")
public class PerformanceReport extends VersionedEntity {
    private static final long serialVersionUID = 1L;
    /** Who generated a report that the scheduled job made. */
    public static final String TIMER = "timer";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id", nullable = false)
    private Strategy strategy;

    @Embedded
    private ReportingPeriod period;

    @Column(name = "for_publication", nullable = false)
    private boolean forPublication;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "generated_by", nullable = false, length = 60)
    private String generatedBy;

    @Column(name = "html_chars", nullable = false)
    private long htmlChars;

    @Column(name = "pdf_bytes", nullable = false)
    private long pdfBytes;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    protected PerformanceReport() {
        // for JPA
    }

    public PerformanceReport(Strategy strategy, ReportingPeriod period, boolean forPublication, Instant generatedAt,
                             String generatedBy, long htmlChars, long pdfBytes) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.period = Objects.requireNonNull(period, "period");
        this.forPublication = forPublication;
        this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
        this.generatedBy = Objects.requireNonNull(generatedBy, "generatedBy");
        this.htmlChars = htmlChars;
        this.pdfBytes = pdfBytes;
    }

    /** A regenerated report replaces the archived one: new time, author and sizes. */
    public void regenerated(Instant at, String by, long htmlChars, long pdfBytes) {
        this.generatedAt = Objects.requireNonNull(at);
        this.generatedBy = Objects.requireNonNull(by);
        this.htmlChars = htmlChars;
        this.pdfBytes = pdfBytes;
    }

    public void attachTo(AgendaItem item) {
        this.agendaItem = item;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public boolean isForPublication() {
        return forPublication;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public long getHtmlChars() {
        return htmlChars;
    }

    public long getPdfBytes() {
        return pdfBytes;
    }

    public boolean isHasPdf() {
        return pdfBytes > 0;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }
}
