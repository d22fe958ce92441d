package org.cpchub.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.cpchub.domain.shared.ImportRejectedException;
import org.cpchub.domain.strategy.Frequency;
import org.cpchub.domain.strategy.Measure;
import org.cpchub.domain.strategy.PerformanceReport;
import org.cpchub.domain.strategy.ReportingPeriod;
import org.cpchub.domain.strategy.Strategy;
import org.cpchub.ejb.strategy.MeasureService;
import org.cpchub.ejb.strategy.MeasureValueService;
import org.cpchub.ejb.strategy.PerformanceReportService;
import org.cpchub.ejb.strategy.StrategyService;
import org.cpchub.ejb.strategy.ValueEntry;
import org.cpchub.ejb.strategy.ValueImportService;
import org.cpchub.it.support.Callers;
import org.cpchub.it.support.ServiceArchive;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Strategy monitoring in the server, on the demo strategy: the roles the services enforce themselves - analysts
 * manage definitions, imports and reports; officers enter the values of the measures they own; councillors and
 * clerks read; panel-only logins see nothing.
 */
@ExtendWith(ArquillianExtension.class)
class StrategyServiceIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceArchive.create("strategy-it", StrategyServiceIT.class);
    }

    @EJB
    Callers callers;

    @EJB
    StrategyService strategies;

    @EJB
    MeasureService measures;

    @EJB
    MeasureValueService values;

    @EJB
    ValueImportService imports;

    @EJB
    PerformanceReportService reports;

    private Strategy strategy() throws Exception {
        return callers.as("ANALYST", () -> strategies.active().get(0));
    }

    @ParameterizedTest(name = "{0} reads the dashboard")
    @ValueSource(strings = {"ADMIN", "CLERK", "OFFICER", "MEMBER", "ANALYST"})
    void staffAndCouncillorsReadTheStrategy(String role) throws Exception {
        long id = strategy().getId();
        assertFalse(callers.as(role, () -> strategies.dashboard(id)).getMeasures().isEmpty());
    }

    @ParameterizedTest(name = "{0} does not")
    @ValueSource(strings = {"PANEL", "DECISION_MAKER"})
    void panelLoginsDoNotReadTheStrategy(String role) throws Exception {
        long id = strategy().getId();
        assertThrows(EJBAccessException.class, () -> callers.as(role, () -> strategies.dashboard(id)));
    }

    @ParameterizedTest(name = "{0} may not change a measure's definition")
    @ValueSource(strings = {"CLERK", "OFFICER", "MEMBER"})
    void onlyAnalystsManageDefinitions(String role) throws Exception {
        Measure m = callers.as("ANALYST", () -> measures.byCode("SP-01").orElseThrow());
        m.setName(m.getName() + " (changed)");
        assertThrows(EJBAccessException.class, () -> callers.as(role, () -> measures.update(m)));
    }

    @ParameterizedTest(name = "{0} may not enter values")
    @ValueSource(strings = {"CLERK", "MEMBER", "PANEL"})
    void readersDoNotEnterValues(String role) throws Exception {
        Measure m = callers.as("ANALYST", () -> measures.byCode("SP-01").orElseThrow());
        ReportingPeriod period = ReportingPeriod.of(m.getFrequency(), java.time.LocalDate.of(2021, 6, 30));
        assertThrows(EJBAccessException.class, () -> callers.as(role, () -> values.enter(new ValueEntry(m.getId(),
                period, BigDecimal.TEN, null, null, null, null))));
    }

    @Test
    void importsAreForAnalystsAndABadFileImportsNothing() throws Exception {
        byte[] csv = "measure,period,value,numerator,denominator,commentary\nSP-01,2024-25 Q2,abc,,,\nXX-99,2024-25 Q2,5,,,\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThrows(EJBAccessException.class, () -> callers.as("CLERK", () -> imports.check("values.csv", csv)));
        assertThrows(EJBAccessException.class, () -> callers.as("OFFICER", () -> imports.importValues("values.csv", csv)));
        ImportRejectedException rejected = assertThrows(ImportRejectedException.class,
                () -> callers.as("ANALYST", () -> imports.importValues("values.csv", csv)));
        assertEquals(2, rejected.getErrors().size(), rejected.getErrors().toString());
        assertEquals(2, rejected.getErrors().get(0).line());
    }

    @Test
    void analystsMakeThePerformanceReportAndClerksDoNot() throws Exception {
        long id = strategy().getId();
        ReportingPeriod quarter = ReportingPeriod.of(Frequency.QUARTERLY, java.time.LocalDate.now()).previous();
        assertThrows(EJBAccessException.class, () -> callers.as("CLERK", () -> reports.generate(id, quarter, true)));
        assertThrows(EJBAccessException.class, () -> callers.as("MEMBER", () -> reports.generate(id, quarter, true)));
        PerformanceReport report = callers.as("ANALYST", () -> reports.generate(id, quarter, false));
        assertEquals(quarter, report.getPeriod());
        assertTrue(report.getPdfBytes() > 1000, "a PDF was made");
        assertThrows(EJBAccessException.class, () -> callers.as("OFFICER", () -> reports.runDue(java.time.LocalDate.now())));
    }
}
