package org.cpchub.domain.strategy;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The HTML and the PDF of an archived performance report; loaded only to show or download the report. */
@Entity
@Table(name = "performance_report_content")
public class PerformanceReportContent implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "report_id")
    private Long reportId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "html", nullable = false)
    private String html;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pdf")
    private byte[] pdf;

    protected PerformanceReportContent() {
        // for JPA
    }

    public PerformanceReportContent(Long reportId, String html, byte[] pdf) {
        this.reportId = reportId;
        replace(html, pdf);
    }

    public final void replace(String html, byte[] pdf) {
        this.html = java.util.Objects.requireNonNull(html, "html");
        this.pdf = pdf == null ? null : pdf.clone();
    }

    public Long getReportId() {
        return reportId;
    }

    public String getHtml() {
        return html;
    }

    public byte[] getPdf() {
        return pdf == null ? null : pdf.clone();
    }
}
