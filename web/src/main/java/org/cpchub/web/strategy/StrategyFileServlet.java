package org.cpchub.web.strategy;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.cpchub.domain.strategy.PerformanceReport;
import org.cpchub.ejb.strategy.PerformanceReportArchive;
import org.cpchub.ejb.strategy.ValueImportService;
import org.cpchub.web.meetings.StaffFileServlet;

/**
 * Staff files of strategy monitoring: {@code /staff/strategy/report?id=&format=pdf|html} (an archived performance
 * report) and {@code /staff/strategy/template.csv?id=} (the import template of a strategy).
 */
@WebServlet({"/staff/strategy/report", "/staff/strategy/template.csv"})
public class StrategyFileServlet extends StaffFileServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    PerformanceReportArchive archive;

    @EJB
    ValueImportService imports;

    @Override
    protected StaffFile file(long id, HttpServletRequest request) {
        if (request.getServletPath().endsWith("template.csv")) {
            return new StaffFile("text/csv;charset=UTF-8", "measure-values-template.csv", false,
                    imports.csvTemplate(id).getBytes(StandardCharsets.UTF_8));
        }
        PerformanceReport report = archive.get(id);
        String name = "childrens-social-care-performance-" + report.getPeriod().getCode()
                .replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT);
        if ("html".equals(request.getParameter("format"))) {
            return new StaffFile("text/html;charset=UTF-8", name + ".html", true,
                    archive.html(id).getBytes(StandardCharsets.UTF_8));
        }
        return new StaffFile("application/pdf", name + ".pdf", true, archive.pdf(id));
    }
}
